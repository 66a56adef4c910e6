#include "PersonCard.h"
#include "Avatar.h"
#include "VCard.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace zt::ui {

namespace {

constexpr int kAvatarSize = 56;

// Painted, so no image files and the same look as in the lists.
class AvatarWidget : public QWidget {
public:
    explicit AvatarWidget(QWidget* parent)
        : QWidget(parent) {
        setFixedSize(kAvatarSize, kAvatarSize);
    }
    void setName(const QString& name) {
        m_name = name;
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter painter(this);
        paintAvatar(&painter, rect(), m_name);
    }

private:
    QString m_name;
};

QLabel* selectableLabel(QWidget* parent, const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse); // copy a number by hand
    return label;
}

} // namespace

PersonCard::PersonCard(QWidget* parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("personCard"));
    auto* hint = new QLabel(tr("Select a person to see their contact card."), m_pages);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto* card = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(card);
    layout->addWidget(buildHeader());
    layout->addWidget(buildDetails());
    layout->addWidget(buildActions());
    layout->addStretch(1);
    m_pages->addWidget(hint);
    m_pages->addWidget(card);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
}

QWidget* PersonCard::buildHeader() {
    auto* header = new QWidget(this);
    m_avatar = new AvatarWidget(header);
    m_name = selectableLabel(header, "cardName");
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_star = new QPushButton(header);
    m_star->setObjectName(QStringLiteral("starButton"));
    connect(m_star, &QPushButton::clicked, this, [this] {
        setStarred(!m_starred);
        emit starToggled(m_person.id, m_starred);
    });
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_avatar);
    layout->addWidget(m_name, 1);
    layout->addWidget(m_star, 0, Qt::AlignTop);
    return header;
}

QWidget* PersonCard::buildDetails() {
    auto* details = new QWidget(this);
    m_positions = selectableLabel(details, "cardPositions");
    m_positions->setWordWrap(true);
    m_mobile = selectableLabel(details, "cardMobile");
    m_office = selectableLabel(details, "cardOffice");
    auto* form = new QFormLayout(details);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Positions:"), m_positions);
    form->addRow(tr("Mobile:"), m_mobile);
    form->addRow(tr("Office phone:"), m_office);
    return details;
}

QWidget* PersonCard::buildActions() {
    auto* actions = new QWidget(this);
    m_message = new QPushButton(tr("&Message"), actions);
    m_message->setObjectName(QStringLiteral("messageButton"));
    m_message->setAccessibleName(tr("Send a message"));
    connect(m_message, &QPushButton::clicked, this,
            [this] { emit messageRequested(m_person.userId); });
    auto* ding = new QPushButton(tr("&DING"), actions);
    ding->setObjectName(QStringLiteral("dingButton"));
    ding->setAccessibleName(tr("DING (urgent notice)"));
    auto* meeting = new QPushButton(tr("&Invite to meeting"), actions);
    meeting->setObjectName(QStringLiteral("meetingButton"));
    meeting->setAccessibleName(tr("Invite to meeting"));
    for (QPushButton* later : {ding, meeting}) {
        later->setEnabled(false);
        later->setToolTip(tr("Coming with the messaging/meeting features"));
    }
    m_copy = new QPushButton(tr("&Copy as vCard"), actions);
    m_copy->setObjectName(QStringLiteral("copyVCardButton"));
    m_copy->setAccessibleName(tr("Copy as vCard"));
    m_copy->setToolTip(tr("Copy this card to the clipboard as a vCard"));
    connect(m_copy, &QPushButton::clicked, this, &PersonCard::copyVCard);
    auto* layout = new QGridLayout(actions);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message, 0, 0);
    layout->addWidget(ding, 0, 1);
    layout->addWidget(meeting, 1, 0);
    layout->addWidget(m_copy, 1, 1);
    return actions;
}

void PersonCard::showPerson(const contacts::PersonInfo& person, bool starred) {
    m_person = person;
    static_cast<AvatarWidget*>(m_avatar)->setName(person.name);
    m_avatar->setAccessibleName(tr("Avatar of %1").arg(person.name));
    m_name->setText(person.name);
    QStringList lines;
    for (const contacts::PositionInfo& p : person.positions) {
        QStringList facts{contacts::rankName(p.rank), p.line};
        facts.removeAll(QString());
        QStringList where{p.unitName, p.title};
        where.removeAll(QString());
        lines << where.join(QStringLiteral(" · ")) +
                     (facts.isEmpty()
                          ? QString()
                          : QStringLiteral(" (%1)").arg(facts.join(QStringLiteral(", "))));
    }
    m_positions->setText(lines.join(QLatin1Char('\n')));
    showPhones();
    m_message->setEnabled(person.userId != 0);
    m_message->setToolTip(person.userId != 0 ? tr("Send %1 a message").arg(person.name)
                                             : tr("%1 has no Zhengtong account").arg(person.name));
    setStarred(starred);
    m_pages->setCurrentIndex(1);
}

void PersonCard::showPhones() {
    const QString none = QStringLiteral("—");
    m_mobile->setText(m_person.mobile.isEmpty() ? none : m_person.mobile);
    m_mobile->setToolTip(m_person.mobileMasked
                             ? tr("Mobile number hidden by the directory access policy: full "
                                  "numbers are shown only to colleagues in the same unit.")
                             : QString());
    m_office->setText(m_person.officePhone.isEmpty() ? none : m_person.officePhone);
}

void PersonCard::setStarred(bool starred) {
    m_starred = starred;
    m_star->setText(starred ? tr("★ Unstar") : tr("☆ Star"));
    m_star->setAccessibleName(starred ? tr("Unstar") : tr("Star"));
    m_star->setToolTip(starred ? tr("Remove from starred contacts")
                               : tr("Add to starred contacts"));
}

void PersonCard::clear() {
    m_person = {};
    m_pages->setCurrentIndex(0);
}

QString PersonCard::mobileText() const {
    return m_mobile->text();
}

QString PersonCard::positionsText() const {
    return m_positions->text();
}

void PersonCard::copyVCard() {
    if (m_person.id == 0) return;
    QGuiApplication::clipboard()->setText(toVCard(m_person));
}

} // namespace zt::ui
