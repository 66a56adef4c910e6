#pragma once
// Applies the conversation, message and DING events of the user's stream to the local store
// (inside SyncEngine's transaction) and remembers what they touched, so the service can tell
// the views and fetch what the events do not carry (a new conversation's details).
#include "ChatTypes.h"
#include "MessageStore.h"

#include <QSet>

namespace zt::store {
class Database;
}
namespace zt::sync {
class SyncEngine;
}
namespace zt::protocol {
struct Event;
}

namespace zt::chat {

class ChatEvents {
public:
    struct Touched {
        QSet<qint64> conversations;
        QList<Message> incoming; // others' new messages, for notifications
        QSet<qint64> dings;      // received or updated DINGs
        bool acksQueued = false; // ding.ack rows went into the outbox
        bool membership = false; // joined or left a conversation
    };

    explicit ChatEvents(qint64 self)
        : m_self(self) {}
    void registerWith(sync::SyncEngine& sync);
    Touched take();

private:
    void finishBatch(store::Database& db, bool committed);
    void onMessage(store::Database& db, const protocol::Event& event);
    void onRecalled(store::Database& db, const protocol::Event& event);
    void onRead(store::Database& db, const protocol::Event& event);
    void onConvUpdated(store::Database& db, const protocol::Event& event);
    void onMembers(store::Database& db, const protocol::Event& event, bool added);
    void onSettings(store::Database& db, const protocol::Event& event);
    void onDingNew(store::Database& db, const protocol::Event& event);
    void onDingUpdated(store::Database& db, const protocol::Event& event);
    void recount(store::Database& db, qint64 conv, qint64 lastRead);

    qint64 m_self;
    Touched m_touched;
    MessageStore::IndexBatch m_index; // held back to the end of the batch
    QHash<qint64, Message> m_latest;  // conv → newest message of the batch
};

} // namespace zt::chat
