#include "ConversationAccess.h"
#include "chat/WireHelpers.h"
#include "protocol/ErrorCode.h"

#include <QJsonDocument>

namespace zt::server {

MemberRecord requireMember(ChatStorage& chat, qint64 conv, qint64 user) {
    const auto member = chat.member(conv, user);
    if (!member)
        throw WriteRefused{protocol::errc::NotFound, QStringLiteral("no such conversation")};
    return *member;
}

bool isManager(const MemberRecord& m) {
    return m.role == chat::MemberRole::Owner || m.role == chat::MemberRole::Admin;
}

QJsonObject conversationJson(ChatStorage& chat, const ConversationRecord& conv) {
    QList<qint64> admins;
    const QList<MemberRecord> members = chat.members(conv.id);
    for (const MemberRecord& m : members)
        if (m.role == chat::MemberRole::Admin) admins.append(m.user);
    return {{QStringLiteral("conv"), conv.id},
            {QStringLiteral("kind"), chat::toString(conv.kind)},
            {QStringLiteral("name"), conv.name},
            {QStringLiteral("announcement"), conv.announcement},
            {QStringLiteral("owner"), conv.owner},
            {QStringLiteral("admins"), chat::wire::toArray(admins)},
            {QStringLiteral("memberCount"), members.size()}};
}

void fanout(EventBatch& events, const QList<qint64>& users, const QString& kind,
            const QJsonObject& data) {
    for (qint64 user : users)
        events.append(user, kind, data);
}

chat::Message appendSystemMessage(ChatStorage& chat, EventBatch& events, qint64 conv, qint64 actor,
                                  const QString& writeCid, const QString& action,
                                  const QList<qint64>& users, const QList<qint64>& audience,
                                  qint64 nowMs) {
    const QJsonObject body{{QStringLiteral("action"), action},
                           {QStringLiteral("by"), actor},
                           {QStringLiteral("users"), chat::wire::toArray(users)}};
    chat::Message m;
    m.conv = conv;
    m.sender = actor;
    m.cid = writeCid + QLatin1Char('#') + action;
    m.kind = chat::MessageKind::System;
    m.text = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
    m.timeMs = nowMs;
    m = chat.insertMessage(m);
    fanout(events, audience, chat::event::MsgNew, m.toJson());
    return m;
}

} // namespace zt::server
