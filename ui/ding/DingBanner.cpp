#include "DingBanner.h"
#include "DingLink.h"
#include "DingLog.h"
#include "core/ClientCore.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace zt::ui {

DingBanner::DingBanner(core::ClientCore* core, QWidget* parent)
    : QFrame(parent)
    , m_link(new DingLink(core, this))
    , m_text(new QLabel(this))
    , m_time(new QLabel(this))
    , m_more(new QLabel(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_confirm(new QPushButton(tr("&Confirm receipt"), this)) {
    setObjectName(QStringLiteral("dingBanner"));
    setAccessibleName(tr("DING alert"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // Red and white read as "urgent" in every theme; the text keeps its contrast either way.
    setStyleSheet(QStringLiteral(
        "#dingBanner { background: #c62828; border: 2px solid #ff8f00; border-radius: 4px; }"
        "#dingBanner QLabel { color: white; }"
        "#dingBanner QPushButton { padding: 4px 14px; }"
        "#dingConfirm { font-weight: bold; }"));
    m_text->setObjectName(QStringLiteral("dingText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    QFont bold = m_text->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_text->setFont(bold);
    m_time->setObjectName(QStringLiteral("dingTime"));
    m_more->setObjectName(QStringLiteral("dingMore"));
    m_open->setObjectName(QStringLiteral("dingOpen"));
    m_confirm->setObjectName(QStringLiteral("dingConfirm"));
    m_confirm->setDefault(true);
    m_open->setToolTip(tr("Mark the DING as read and show where it came from"));
    m_confirm->setToolTip(tr("Tell the sender you have received the DING"));

    auto* words = new QVBoxLayout;
    words->addWidget(m_text);
    auto* details = new QHBoxLayout;
    details->addWidget(m_time);
    details->addWidget(m_more);
    details->addStretch(1);
    words->addLayout(details);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(words, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_confirm);

    connect(m_confirm, &QPushButton::clicked, this, &DingBanner::confirmShown);
    connect(m_open, &QPushButton::clicked, this, &DingBanner::openShown);
    connect(m_link, &DingLink::attached, this, [this](quint64 generation, qint64) {
        if (generation != m_generation) return; // signed out or in again meanwhile
        m_attached = true;
        m_link->loadAlerts();
    });
    connect(m_link, &DingLink::alertsChanged, this, &DingBanner::onAlerts);
    // Open also opens the DING's attachment: a private copy from the encrypted cache.
    connect(m_link, &DingLink::attachmentReady, this,
            [](const QString& path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    connect(core, &core::ClientCore::statusChanged, this, [this](core::ClientCore::Status s) {
        if (s == core::ClientCore::Status::SignedOut) detach();
    });
    setVisible(false);
}

void DingBanner::setNameOf(NameOf nameOf) {
    m_nameOf = std::move(nameOf);
    showFirst();
}

void DingBanner::attach() {
    detach();
    m_link->attach(++m_generation);
}

void DingBanner::detach() {
    ++m_generation;
    m_attached = false;
    m_alerts.clear();
    m_readSent.clear();
    m_announced.clear();
    setVisible(false);
}

void DingBanner::onAlerts(const QList<chat::Ding>& unconfirmed) {
    // After signing out the old service may still answer, until the core has closed it.
    if (!m_attached) return;
    m_alerts = unconfirmed;
    std::sort(m_alerts.begin(), m_alerts.end(), [](const chat::Ding& a, const chat::Ding& b) {
        return a.sentMs != b.sentMs ? a.sentMs < b.sentMs : a.id < b.id;
    });
    bool fresh = false;
    for (const chat::Ding& d : std::as_const(m_alerts))
        if (!m_announced.contains(QStringLiteral("%1:%2").arg(d.id).arg(d.round))) {
            m_announced.insert(QStringLiteral("%1:%2").arg(d.id).arg(d.round));
            fresh = true;
        }
    showFirst();
    if (fresh) {
        qCInfo(lcDingUi) << "DING alert:" << m_alerts.size() << "unconfirmed";
        emit attentionNeeded();
    }
}

void DingBanner::showFirst() {
    if (m_alerts.isEmpty()) {
        setVisible(false);
        return;
    }
    const chat::Ding& d = m_alerts.first();
    m_text->setText(tr("DING from %1: %2").arg(DingTexts::name(m_nameOf, d.sender), d.text));
    QString when = DingTexts::time(d.sentMs);
    if (d.round > 0) when = tr("%1 (reminder %2)").arg(when).arg(d.round);
    m_time->setText(when);
    const int more = int(m_alerts.size()) - 1;
    m_more->setText(more > 0 ? tr("%n more waiting", nullptr, more) : QString());
    m_more->setVisible(more > 0);
    m_open->setEnabled(true);
    m_confirm->setEnabled(true);
    setVisible(true);
    if (d.readMs <= 0 && !m_readSent.contains(d.id)) { // shown for the first time: read
        m_readSent.insert(d.id);
        m_link->markRead(d.id);
    }
}

void DingBanner::confirmShown() {
    if (m_alerts.isEmpty()) return;
    const qint64 id = m_alerts.first().id;
    qCInfo(lcDingUi) << "confirming DING" << id;
    // The alert goes when the service answers with the list without it; until then the buttons
    // rest, so that a double click does not confirm the next DING as well.
    m_confirm->setEnabled(false);
    m_open->setEnabled(false);
    m_link->confirm(id);
    m_link->loadAlerts(); // also when the service had nothing to confirm: the buttons come back
}

void DingBanner::openShown() {
    if (m_alerts.isEmpty()) return;
    const chat::Ding d = m_alerts.first();
    if (!m_readSent.contains(d.id) && d.readMs <= 0) {
        m_readSent.insert(d.id);
        m_link->markRead(d.id);
    }
    if (d.attachmentFile.id > 0) m_link->openAttachment(d.attachmentFile);
    emit openRequested(d);
}

} // namespace zt::ui
