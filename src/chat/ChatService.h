#pragma once
// The legacy 1:1 chat verbs (chat.send) on the client: sending writes the pending message and its
// outbox row together; incoming events and server answers settle it.
#include "ChatTypes.h"

#include <QList>
#include <QObject>

namespace zt::store {
class Database;
}
namespace zt::sync {
class Outbox;
class SyncEngine;
} // namespace zt::sync

namespace zt::chat {

// DeliveryState lives in ChatTypes.h (shared with conversations).

struct DirectMessage {
    qint64 localId = 0;
    QString cid;
    qint64 serverId = 0; // 0 until the server accepted it
    qint64 peer = 0;
    qint64 sender = 0;
    QString text;
    qint64 timeMs = 0;
    DeliveryState state = DeliveryState::Pending;
};

class ChatService : public QObject {
    Q_OBJECT
public:
    ChatService(store::Database& db, sync::Outbox& outbox, sync::SyncEngine& sync, qint64 selfId,
                QObject* parent = nullptr);

    // Returns the cid; the message is visible at once as pending. Empty on a storage error.
    QString sendText(qint64 peer, const QString& text);
    QList<DirectMessage> latest(qint64 peer, int limit);
    qint64 messageCount();

signals:
    void messagesChanged();

private:
    store::Database& m_db;
    sync::Outbox& m_outbox;
    qint64 m_selfId;
};

} // namespace zt::chat
