#pragma once
// The conversation writes that change who is in it and with which role: create, conv.members,
// conv.leave. Runs inside runIdempotentWrite's transaction; refuses with WriteRefused.
#include "IdempotentWrite.h"
#include "chat/ConversationProtocol.h"

namespace zt::server {

class ServerStorage;
class ChatStorage;

class MembershipWriter {
public:
    MembershipWriter(ServerStorage& storage, EventBatch& events, qint64 nowMs);

    QJsonObject create(qint64 caller, const chat::CreateConvArgs& args);
    QJsonObject changeMembers(qint64 caller, const chat::MembersArgs& args);
    QJsonObject leave(qint64 caller, const chat::ConvRefArgs& args);

private:
    QJsonObject createDirect(qint64 caller, qint64 peer);
    void requireUsers(const QList<qint64>& users);
    void removeUsers(qint64 caller, qint64 conv, const QList<qint64>& users, const QString& cid);
    void addUsers(qint64 caller, qint64 conv, const QList<qint64>& users, const QString& cid);
    void changeAdmins(qint64 caller, qint64 conv, const chat::MembersArgs& args);
    void announce(qint64 conv); // conv.updated to every member

    ServerStorage& m_storage;
    ChatStorage& m_chat;
    EventBatch& m_events;
    qint64 m_now;
};

} // namespace zt::server
