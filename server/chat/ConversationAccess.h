#pragma once
// Shared by the conversation, message and DING handlers: membership checks (a non-member gets
// not_found, exactly like a conversation that does not exist), the conversation's wire summary,
// system messages and fan-out of one event to many members.
#include "IdempotentWrite.h"
#include "storage/ChatStorage.h"

namespace zt::server {

// The caller's membership, or WriteRefused not_found.
MemberRecord requireMember(ChatStorage& chat, qint64 conv, qint64 user);
bool isManager(const MemberRecord& m); // owner or admin

// {conv, kind, name, announcement, owner, admins, memberCount}
QJsonObject conversationJson(ChatStorage& chat, const ConversationRecord& conv);

// Appends the same event to every listed user's stream (one transaction: the caller's).
void fanout(EventBatch& events, const QList<qint64>& users, const QString& kind,
            const QJsonObject& data);

// Stores a system message ({"action","by","users"} as compact JSON text) and sends msg.new to
// `audience`. Its cid derives from the write's cid, so it is unique per (actor, cid).
chat::Message appendSystemMessage(ChatStorage& chat, EventBatch& events, qint64 conv, qint64 actor,
                                  const QString& writeCid, const QString& action,
                                  const QList<qint64>& users, const QList<qint64>& audience,
                                  qint64 nowMs);

} // namespace zt::server
