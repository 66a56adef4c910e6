#pragma once
// Live fan-out: which sessions belong to which user, and pushing freshly committed events to them.
#include "protocol/Frame.h"

#include <QHash>
#include <QList>

namespace zt::server {

class ClientSession;

class EventHub {
public:
    void attach(qint64 userId, ClientSession* session);
    void detach(qint64 userId, ClientSession* session);
    void publish(qint64 userId, const protocol::Event& event);
    // A notice (seq 0) to every online session, encoded once.
    void broadcast(const protocol::Event& notice);
    QList<ClientSession*> sessionsOf(qint64 userId) const { return m_byUser.value(userId); }
    qsizetype onlineUsers() const { return m_byUser.size(); }

private:
    QHash<qint64, QList<ClientSession*>> m_byUser;
};

// Events appended during one write; published only after its transaction commits.
class EventBatch {
public:
    explicit EventBatch(class ServerStorage& storage)
        : m_storage(storage) {}
    void append(qint64 userId, const QString& kind, const QJsonObject& data);
    void publish(EventHub& hub) const;

private:
    ServerStorage& m_storage;
    QList<QPair<qint64, protocol::Event>> m_events;
};

} // namespace zt::server
