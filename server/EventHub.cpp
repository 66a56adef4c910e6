#include "EventHub.h"
#include "ClientSession.h"
#include "storage/ServerStorage.h"

namespace zt::server {

void EventHub::attach(qint64 userId, ClientSession* session) {
    QList<ClientSession*>& list = m_byUser[userId];
    if (!list.contains(session)) list.append(session);
}

void EventHub::detach(qint64 userId, ClientSession* session) {
    auto it = m_byUser.find(userId);
    if (it == m_byUser.end()) return;
    it->removeAll(session);
    if (it->isEmpty()) m_byUser.erase(it);
}

void EventHub::publish(qint64 userId, const protocol::Event& event) {
    const auto it = m_byUser.constFind(userId);
    if (it == m_byUser.constEnd()) return;
    const QByteArray frame = protocol::encode(event); // encoded once for every device of the user
    for (ClientSession* session : *it)
        session->sendEncoded(frame);
}

void EventHub::broadcast(const protocol::Event& notice) {
    const QByteArray frame = protocol::encode(notice);
    for (const QList<ClientSession*>& sessions : std::as_const(m_byUser))
        for (ClientSession* session : sessions)
            session->sendEncoded(frame);
}

void EventBatch::append(qint64 userId, const QString& kind, const QJsonObject& data) {
    m_events.append({userId, m_storage.appendEvent(userId, kind, data)});
}

void EventBatch::publish(EventHub& hub) const {
    for (const auto& [userId, event] : m_events)
        hub.publish(userId, event);
}

} // namespace zt::server
