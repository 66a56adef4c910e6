#include "MessageListModel.h"

#include <QDateTime>

namespace zt::ui {

MessageListModel::MessageListModel(QObject* parent)
    : QAbstractListModel(parent) {
}

void MessageListModel::setPeer(qint64 peer) {
    if (peer == m_peer) return;
    beginResetModel();
    m_peer = peer;
    m_rows.clear();
    endResetModel();
}

void MessageListModel::setMessages(qint64 peer, const QList<chat::DirectMessage>& messages) {
    if (peer != m_peer) return; // a late answer for the previous conversation
    // A full reset is fine for at most a few hundred rows; the real chat model will diff.
    beginResetModel();
    m_rows = messages;
    endResetModel();
}

int MessageListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString MessageListModel::stateText(chat::DeliveryState state) {
    switch (state) {
    case chat::DeliveryState::Pending:
        return tr("pending");
    case chat::DeliveryState::Sent:
        return tr("sent");
    case chat::DeliveryState::Failed:
        return tr("not delivered");
    }
    return {};
}

QString MessageListModel::displayText(const chat::DirectMessage& m) const {
    const QString who = m.sender == m_selfId ? tr("Me") : tr("User %1").arg(m.sender);
    // A fixed 24-hour format: some locales' short formats use patterns Qt 6.4 cannot render.
    const QString time = QDateTime::fromMSecsSinceEpoch(m.timeMs).toString(QStringLiteral("HH:mm"));
    QString line = QStringLiteral("[%1] %2: %3").arg(time, who, m.text);
    if (m.state != chat::DeliveryState::Sent)
        line += QStringLiteral(" (%1)").arg(stateText(m.state));
    return line;
}

QVariant MessageListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const chat::DirectMessage& m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(m);
    case Qt::ToolTipRole:
        return stateText(m.state);
    case TextRole:
        return m.text;
    case SenderRole:
        return m.sender;
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(m.timeMs);
    case StateRole:
        return int(m.state);
    case PendingRole:
        return m.state == chat::DeliveryState::Pending;
    case CidRole:
        return m.cid;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TextRole, "text");
    names.insert(SenderRole, "sender");
    names.insert(TimeRole, "time");
    names.insert(StateRole, "state");
    names.insert(PendingRole, "pending");
    names.insert(CidRole, "cid");
    return names;
}

} // namespace zt::ui
