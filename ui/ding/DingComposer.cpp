#include "DingComposer.h"
#include "DingLink.h"
#include "DingLog.h"
#include "contacts/PeoplePicker.h"

#include "files/FileProtocol.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace zt::ui {

DingComposer::DingComposer(core::ClientCore* core, qint64 selfId, QWidget* parent)
    : DingComposer(core, selfId, MessageRef{}, parent) {
}

DingComposer::DingComposer(core::ClientCore* core, const MessageRef& message, QWidget* parent)
    : DingComposer(core, 0, message, parent) {
}

DingComposer::DingComposer(core::ClientCore* core, qint64 selfId, const MessageRef& message,
                           QWidget* parent)
    : QDialog(parent)
    , m_core(core)
    , m_link(new DingLink(core, this))
    , m_self(selfId)
    , m_message(message) {
    setObjectName(QStringLiteral("dingComposer"));
    setWindowTitle(fromMessage() ? tr("DING this message") : tr("New DING"));
    build();
    connect(m_link, &DingLink::sendQueued, this, &DingComposer::onQueued);
    updateRecipients();
    updateCounter();
}

void DingComposer::build() {
    auto* form = new QFormLayout;
    if (fromMessage()) {
        auto* quoted = new QLabel(m_message.text.left(200), this);
        quoted->setObjectName(QStringLiteral("dingMessageQuote"));
        quoted->setWordWrap(true);
        quoted->setTextFormat(Qt::PlainText);
        form->addRow(tr("Message:"), quoted);
        auto* who = new QLabel(tr("Every other member of the conversation"), this);
        form->addRow(tr("To:"), who);
    } else {
        m_choose = new QPushButton(tr("&Choose people…"), this);
        m_choose->setObjectName(QStringLiteral("dingChoosePeople"));
        m_recipientsLabel = new QLabel(this);
        m_recipientsLabel->setObjectName(QStringLiteral("dingRecipients"));
        m_recipientsLabel->setWordWrap(true);
        auto* row = new QHBoxLayout;
        row->addWidget(m_choose);
        row->addStretch(1);
        form->addRow(tr("To:"), row);
        form->addRow(QString(), m_recipientsLabel); // own row: wraps to as many lines as needed
        connect(m_choose, &QPushButton::clicked, this, &DingComposer::choosePeople);
    }
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("dingTextEdit"));
    m_text->setAccessibleName(tr("DING text"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(fromMessage() ? tr("Optional: the message's text is used")
                                             : tr("What must the recipients confirm?"));
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("dingCounter"));
    m_counter->setAlignment(Qt::AlignRight);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(QString(), m_counter);
    connect(m_text, &QPlainTextEdit::textChanged, this, &DingComposer::updateCounter);

    m_later = new QCheckBox(tr("Send &later at"), this);
    m_later->setObjectName(QStringLiteral("dingLaterBox"));
    m_at = new QDateTimeEdit(this);
    m_at->setObjectName(QStringLiteral("dingAtEdit"));
    m_at->setAccessibleName(tr("Send at"));
    if (auto* edit = m_at->findChild<QLineEdit*>()) edit->setAccessibleName(tr("Send at"));
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QDateTime inAnHour = QDateTime::currentDateTime().addSecs(3600);
    m_at->setDateTime(QDateTime(inAnHour.date(), QTime(inAnHour.time().hour(), 0)));
    m_at->setEnabled(false);
    auto* later = new QHBoxLayout;
    later->addWidget(m_later);
    later->addWidget(m_at, 1);
    form->addRow(tr("When:"), later);
    connect(m_later, &QCheckBox::toggled, m_at, &QWidget::setEnabled);

    if (!fromMessage()) {
        // The one attachment: a local file, uploaded before the DING goes (DingService).
        m_attachment = new QLineEdit(this);
        m_attachment->setObjectName(QStringLiteral("dingAttachmentEdit"));
        m_attachment->setAccessibleName(tr("Attachment"));
        m_attachment->setPlaceholderText(tr("Optional: one file, at most 100 MB"));
        m_attachment->setReadOnly(true);
        auto* pick = new QPushButton(tr("C&hoose file…"), this);
        pick->setObjectName(QStringLiteral("dingAttachmentChoose"));
        connect(pick, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file"));
            if (!path.isEmpty()) setAttachment(path);
        });
        auto* row = new QHBoxLayout;
        row->addWidget(m_attachment, 1);
        row->addWidget(pick);
        form->addRow(tr("&Attachment:"), row);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dingComposerError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = m_buttons->addButton(tr("&Send DING"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("dingSendButton"));
    m_send->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DingComposer::trySend);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(560, 440);
}

void DingComposer::choosePeople() {
    if (m_picker) return m_picker->raise();
    m_picker = new PeoplePicker(m_core, this);
    m_picker->setWindowTitle(tr("DING: choose recipients"));
    m_picker->setAttribute(Qt::WA_DeleteOnClose);
    m_picker->setAllowUnits(false); // a DING names accounts; the server does not expand units
    m_picker->setMaximum(kMaxRecipients);
    if (m_self > 0) m_picker->setExcluded({m_self});
    PickerSelection chosen;
    chosen.people = m_people;
    m_picker->setPreselected(chosen);
    connect(m_picker, &QDialog::accepted, this,
            [this, picker = m_picker] { setRecipients(picker->selection()); });
    m_picker->open();
}

void DingComposer::setRecipients(const PickerSelection& selection) {
    m_people.clear();
    m_withoutAccount = 0;
    QSet<qint64> seen;
    for (const contacts::PersonInfo& p : selection.people) {
        if (p.userId <= 0) {
            ++m_withoutAccount;
        } else if (p.userId != m_self && !seen.contains(p.userId)) {
            seen.insert(p.userId);
            m_people.append(p);
        }
    }
    updateRecipients();
}

QList<qint64> DingComposer::recipients() const {
    QList<qint64> ids;
    for (const contacts::PersonInfo& p : m_people)
        ids << p.userId;
    return ids;
}

void DingComposer::setText(const QString& text) {
    m_text->setPlainText(text);
}

void DingComposer::setSendAt(const QDateTime& at) {
    m_later->setChecked(at.isValid());
    if (at.isValid()) m_at->setDateTime(at);
}

void DingComposer::setAttachment(const QString& reference) {
    if (m_attachment) m_attachment->setText(reference);
}

void DingComposer::updateRecipients() {
    if (!m_recipientsLabel) return;
    QStringList names;
    for (const contacts::PersonInfo& p : std::as_const(m_people).mid(0, 5))
        names << p.name;
    QString text =
        m_people.isEmpty()
            ? tr("Nobody chosen yet")
            : tr("%n people: %1", nullptr, int(m_people.size())).arg(names.join(tr(", ")));
    if (m_people.size() > names.size()) text += tr(", …");
    if (m_withoutAccount > 0)
        text += QLatin1Char('\n') + tr("%n chosen without an account cannot receive a DING and "
                                       "were left out.",
                                       nullptr, m_withoutAccount);
    m_recipientsLabel->setText(text);
}

void DingComposer::updateCounter() {
    const int length = int(m_text->toPlainText().size());
    m_counter->setText(tr("%1 / %2").arg(length).arg(kMaxText));
    m_counter->setStyleSheet(length > kMaxText ? QStringLiteral("color: #c62828;") : QString());
}

QString DingComposer::validationError() const {
    const QString text = m_text->toPlainText().trimmed();
    if (!fromMessage()) {
        if (m_people.isEmpty()) return tr("Choose at least one recipient.");
        if (m_people.size() > kMaxRecipients)
            return tr("A DING goes to at most %1 people.").arg(kMaxRecipients);
        if (text.isEmpty()) return tr("Write what the recipients must confirm.");
    }
    if (text.size() > kMaxText)
        return tr("The text is too long: at most %1 characters.").arg(kMaxText);
    if (m_later->isChecked() && m_at->dateTime() <= QDateTime::currentDateTime())
        return tr("Choose a time in the future to send the DING later.");
    if (m_attachment && !m_attachment->text().isEmpty()) {
        const QFileInfo file(m_attachment->text());
        if (!file.isFile() || !file.isReadable()) return tr("The attached file cannot be read.");
        if (file.size() > files::kMaxFileBytes)
            return tr("The attached file is larger than 100 MB.");
    }
    return {};
}

void DingComposer::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void DingComposer::trySend() {
    if (m_sending) return;
    const QString problem = validationError();
    showError(problem);
    if (!problem.isEmpty()) return;
    const QString text = m_text->toPlainText().trimmed();
    const qint64 atMs = m_later->isChecked() ? m_at->dateTime().toMSecsSinceEpoch() : 0;
    m_sending = true;
    m_send->setEnabled(false);
    if (fromMessage()) {
        m_link->sendFromMessage(m_message.conv, m_message.seq, text, atMs);
    } else {
        const QString path = m_attachment->text();
        if (path.isEmpty())
            m_link->send(recipients(), text, {}, atMs);
        else
            m_link->sendWithFile(recipients(), text, path,
                                 QMimeDatabase().mimeTypeForFile(path).name(), atMs);
    }
}

void DingComposer::onQueued(const QString& cid) {
    m_sending = false;
    m_send->setEnabled(true);
    if (cid.isEmpty()) {
        showError(tr("The DING could not be saved on this computer. Try again."));
        return;
    }
    qCInfo(lcDingUi) << "DING queued" << cid;
    m_cid = cid;
    emit queued(cid);
    accept();
}

} // namespace zt::ui
