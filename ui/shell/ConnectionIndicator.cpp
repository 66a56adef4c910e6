#include "ConnectionIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace zt::ui {

ConnectionIndicator::ConnectionIndicator(QWidget* parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_writesLabel(new QLabel(this))
    , m_countdown(new QTimer(this)) {
    setObjectName(QStringLiteral("connectionIndicator"));
    m_statusLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_writesLabel->setObjectName(QStringLiteral("pendingWritesLabel"));
    m_dot->setAccessibleName(tr("Connection state colour"));
    m_statusLabel->setAccessibleName(tr("Connection state"));
    m_writesLabel->setAccessibleName(tr("Messages waiting to be sent"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dot);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_writesLabel);
    // One tick a second is enough for a countdown shown in whole seconds.
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &ConnectionIndicator::refresh);
    refresh();
}

void ConnectionIndicator::setStatus(core::ClientCore::Status status) {
    m_status = status;
    if (status != Status::Offline) // the scheduled retry has started (or is moot)
        m_retrying = false;
    refresh();
}

void ConnectionIndicator::setRetryScheduled(int delayMs) {
    m_retrying = true;
    m_retryAt.setRemainingTime(delayMs);
    m_countdown->start();
    refresh();
}

void ConnectionIndicator::setWrites(int pending, int failed) {
    m_pending = pending;
    m_failed = failed;
    refresh();
}

int ConnectionIndicator::secondsUntilRetry() const {
    return int((m_retryAt.remainingTime() + 999) / 1000); // round up: never show "0 s" early
}

QString ConnectionIndicator::statusText() const {
    switch (m_status) {
    case Status::Online:
        return tr("Online");
    case Status::Syncing:
        return tr("Syncing…");
    case Status::Connecting:
    case Status::Authenticating:
        return tr("Connecting…");
    case Status::SignedOut:
        return tr("Signed out");
    case Status::Offline:
        break;
    }
    if (m_retrying && !m_retryAt.hasExpired())
        return tr("Reconnecting in %n s", nullptr, secondsUntilRetry());
    return tr("Offline");
}

QString ConnectionIndicator::writesText() const {
    QStringList parts;
    if (m_pending > 0) parts << tr("%n pending", nullptr, m_pending);
    if (m_failed > 0) parts << tr("%n failed", nullptr, m_failed);
    return parts.join(QStringLiteral(" · "));
}

QString ConnectionIndicator::text() const {
    const QString writes = writesText();
    return writes.isEmpty() ? statusText() : statusText() + QStringLiteral(" · ") + writes;
}

void ConnectionIndicator::refresh() {
    if (!m_retrying || m_status != Status::Offline || m_retryAt.hasExpired()) m_countdown->stop();
    QColor colour(0x9e, 0x9e, 0x9e); // grey: offline or signed out
    if (m_status == Status::Online)
        colour = QColor(0x2e, 0x7d, 0x32);
    else if (m_status != Status::Offline && m_status != Status::SignedOut)
        colour = QColor(0xf9, 0xa8, 0x25);
    // The dot repeats the text in colour; the text alone carries the meaning.
    m_dot->setText(QStringLiteral("●"));
    m_dot->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
    m_statusLabel->setText(statusText());
    m_writesLabel->setText(writesText());
    m_writesLabel->setVisible(!m_writesLabel->text().isEmpty());
    setAccessibleName(text());
    setToolTip(text());
}

} // namespace zt::ui
