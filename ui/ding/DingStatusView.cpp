#include "DingStatusView.h"
#include "DingRecipientsModel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace zt::ui {

DingStatusView::DingStatusView(QWidget* parent)
    : QWidget(parent)
    , m_model(new DingRecipientsModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_text(new QLabel(this))
    , m_sent(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_redo(new QPushButton(tr("&Re-DING the unconfirmed"), this))
    , m_redoTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("dingStatusView"));
    m_text->setObjectName(QStringLiteral("dingStatusText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_text->font();
    big.setBold(true);
    m_text->setFont(big);
    m_sent->setObjectName(QStringLiteral("dingStatusSent"));
    m_counts->setObjectName(QStringLiteral("dingStatusCounts"));
    m_message->setObjectName(QStringLiteral("dingStatusMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->setVisible(false);
    m_redo->setObjectName(QStringLiteral("dingRedoButton"));

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(DingRecipientsModel::SortRole);
    m_table->setObjectName(QStringLiteral("dingRecipientsTable"));
    m_table->setAccessibleName(tr("Recipients"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DingRecipientsModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* top = new QHBoxLayout;
    auto* words = new QVBoxLayout;
    words->addWidget(m_text);
    words->addWidget(m_sent);
    words->addWidget(m_counts);
    top->addLayout(words, 1);
    top->addWidget(m_redo, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    m_redoTimer->setSingleShot(true);
    connect(m_redoTimer, &QTimer::timeout, this, &DingStatusView::updateRedo);
    connect(m_redo, &QPushButton::clicked, this, [this] {
        if (m_ding.id <= 0) return;
        m_message->setVisible(false);
        m_redo->setEnabled(false); // until the next status says when the next round may go
        emit redoRequested(m_ding.id);
    });
    clear();
}

void DingStatusView::setNameOf(NameOf nameOf) {
    m_model->setNameOf(std::move(nameOf));
}

void DingStatusView::setRedoIntervalMs(qint64 ms) {
    m_redoIntervalMs = qMax<qint64>(0, ms);
    updateRedo();
}

void DingStatusView::setStatus(const chat::Ding& ding,
                               const QList<chat::DingRecipient>& recipients) {
    if (ding.id != m_ding.id || ding.localId != m_ding.localId) m_message->setVisible(false);
    m_ding = ding;
    m_model->setRecipients(recipients);
    m_text->setText(ding.text);
    m_sent->setText(sentText());
    // Before the first status the recipients are not listed yet: the DING's own count stands.
    const int total = recipients.isEmpty() ? ding.recipients : int(recipients.size());
    m_counts->setText(tr("Confirmed %1/%2 · Delivered %3/%2 · Read %4/%2")
                          .arg(m_model->confirmed())
                          .arg(total)
                          .arg(m_model->delivered())
                          .arg(m_model->read()));
    setEnabled(true);
    updateRedo();
}

void DingStatusView::showMessage(const QString& message) {
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    updateRedo();
}

void DingStatusView::clear() {
    m_ding = {};
    m_model->clear();
    m_text->setText(tr("Choose a DING to see who has confirmed it."));
    m_sent->clear();
    m_counts->clear();
    m_message->setVisible(false);
    updateRedo();
}

QString DingStatusView::sentText() const {
    const chat::Ding& d = m_ding;
    if (d.state == chat::DeliveryState::Failed) return tr("Not sent: %1").arg(d.error);
    if (d.id <= 0) return tr("Waiting to reach the server…");
    if (d.sentMs <= 0) return tr("Scheduled for %1").arg(DingTexts::time(d.dueMs));
    if (d.round > 0)
        return tr("Sent %1 · reminded %n times", nullptr, d.round).arg(DingTexts::time(d.sentMs));
    return tr("Sent %1").arg(DingTexts::time(d.sentMs));
}

qint64 DingStatusView::redoAllowedAtMs() const {
    if (m_ding.id <= 0 || m_ding.sentMs <= 0) return 0;
    if (m_model->rowCount() > 0 && m_model->confirmed() == m_model->rowCount()) return 0;
    return m_ding.sentMs + m_redoIntervalMs;
}

void DingStatusView::updateRedo() {
    m_redoTimer->stop();
    const qint64 at = redoAllowedAtMs();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (at <= 0) {
        m_redo->setEnabled(false);
        m_redo->setToolTip(m_ding.id <= 0 || m_ding.sentMs <= 0
                               ? tr("The DING has not gone out yet")
                               : tr("Everyone has confirmed"));
        return;
    }
    if (at > now) {
        m_redo->setEnabled(false);
        m_redo->setToolTip(tr("You can re-DING from %1 on").arg(DingTexts::time(at)));
        m_redoTimer->start(int(qMin<qint64>(at - now + 50, 24 * 3600 * 1000)));
        return;
    }
    m_redo->setEnabled(true);
    m_redo->setToolTip(tr("Send the DING again to everyone who has not confirmed"));
}

} // namespace zt::ui
