#pragma once
// A small list model over the newest messages of one conversation. It holds a copy of rows that
// were read on the core thread and posted here; it never reads the store itself. Placeholder
// until the real chat pane with a lazy, bounded model arrives.
#include "chat/ChatService.h"

#include <QAbstractListModel>

namespace zt::ui {

class MessageListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        TextRole = Qt::UserRole + 1,
        SenderRole,
        TimeRole,
        StateRole, // int(chat::DeliveryState)
        PendingRole,
        CidRole,
    };

    explicit MessageListModel(QObject* parent = nullptr);

    void setSelfId(qint64 selfId) { m_selfId = selfId; }
    qint64 peer() const { return m_peer; }
    // Switches to another conversation and empties the list until its rows arrive.
    void setPeer(qint64 peer);
    // Replaces the rows; ignored when they belong to a conversation no longer shown.
    void setMessages(qint64 peer, const QList<chat::DirectMessage>& messages);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString stateText(chat::DeliveryState state);

private:
    QString displayText(const chat::DirectMessage& m) const;

    QList<chat::DirectMessage> m_rows;
    qint64 m_peer = 0;
    qint64 m_selfId = 0;
};

} // namespace zt::ui
