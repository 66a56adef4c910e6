#include "ConversationHandler.h"
#include "ClientSession.h"
#include "ConversationAccess.h"
#include "HandlerReplies.h"
#include "MembershipWriter.h"
#include "RequestRouter.h"
#include "protocol/ErrorCode.h"
#include "storage/ServerStorage.h"

#include <QDateTime>
#include <QJsonArray>

namespace zt::server {

namespace errc = protocol::errc;
using protocol::Request;

namespace {

void notFound(ClientSession& session, const Request& request) {
    session.reply(
        protocol::fail(request.id, errc::NotFound, QStringLiteral("no such conversation")));
}

QJsonObject memberFlags(const MemberRecord& m) {
    return {{QStringLiteral("role"), chat::toString(m.role)},
            {QStringLiteral("muted"), m.muted},
            {QStringLiteral("pinned"), m.pinned},
            {QStringLiteral("lastRead"), m.lastReadSeq}};
}

} // namespace

void ConversationHandler::registerRoutes(RequestRouter& router) {
    router.addMembers(this, {
                                {chat::op::ConvCreate, &ConversationHandler::create},
                                {chat::op::ConvUpdate, &ConversationHandler::update},
                                {chat::op::ConvMembers, &ConversationHandler::members},
                                {chat::op::ConvLeave, &ConversationHandler::leave},
                                {chat::op::ConvSettings, &ConversationHandler::settings},
                                {chat::op::ConvList, &ConversationHandler::list},
                                {chat::op::ConvGet, &ConversationHandler::get},
                            });
}

void ConversationHandler::create(ClientSession& session, const Request& request) {
    const auto args = chat::CreateConvArgs::fromJson(request.args);
    if (!args)
        return badArgs(session, request,
                       "conv.create needs cid, kind direct (one member) or group (up to 2000 "
                       "members), name up to 64 characters");
    runIdempotentWrite(m_ctx, session, request, args->cid, [&](EventBatch& events) {
        return MembershipWriter(m_ctx.storage, events, now()).create(session.userId(), *args);
    });
}

void ConversationHandler::update(ClientSession& session, const Request& request) {
    const auto args = chat::UpdateConvArgs::fromJson(request.args);
    if (!args)
        return badArgs(session, request, "conv.update needs cid, conv and name or announcement");
    runIdempotentWrite(m_ctx, session, request, args->cid, [&](EventBatch& events) {
        ChatStorage& chat = m_ctx.storage.chat();
        const MemberRecord self = requireMember(chat, args->conv, session.userId());
        auto conv = chat.conversation(args->conv);
        if (conv->kind == chat::ConvKind::Direct)
            throw WriteRefused{errc::Forbidden, QStringLiteral("direct_conversation")};
        if (!isManager(self)) throw WriteRefused{errc::Forbidden, QStringLiteral("not_admin")};
        conv->name = args->name.value_or(conv->name);
        conv->announcement = args->announcement.value_or(conv->announcement);
        chat.updateConversation(conv->id, conv->name, conv->announcement);
        const QJsonObject summary = conversationJson(chat, *conv);
        fanout(events, chat.memberIds(conv->id), chat::event::ConvUpdated, summary);
        return summary;
    });
}

void ConversationHandler::members(ClientSession& session, const Request& request) {
    const auto args = chat::MembersArgs::fromJson(request.args);
    if (!args)
        return badArgs(session, request,
                       "conv.members needs cid, conv and add, remove, grantAdmin or revokeAdmin");
    runIdempotentWrite(m_ctx, session, request, args->cid, [&](EventBatch& events) {
        return MembershipWriter(m_ctx.storage, events, now())
            .changeMembers(session.userId(), *args);
    });
}

void ConversationHandler::leave(ClientSession& session, const Request& request) {
    const auto args = chat::ConvRefArgs::fromJson(request.args, true);
    if (!args) return badArgs(session, request, "conv.leave needs cid and conv");
    runIdempotentWrite(m_ctx, session, request, args->cid, [&](EventBatch& events) {
        return MembershipWriter(m_ctx.storage, events, now()).leave(session.userId(), *args);
    });
}

// Per member; the caller's other devices learn of it through a conv.settings event.
void ConversationHandler::settings(ClientSession& session, const Request& request) {
    const auto args = chat::SettingsArgs::fromJson(request.args);
    if (!args) return badArgs(session, request, "conv.settings needs cid, conv, muted or pinned");
    runIdempotentWrite(m_ctx, session, request, args->cid, [&](EventBatch& events) {
        ChatStorage& chat = m_ctx.storage.chat();
        const MemberRecord self = requireMember(chat, args->conv, session.userId());
        const bool muted = args->muted.value_or(self.muted);
        const bool pinned = args->pinned.value_or(self.pinned);
        chat.setFlags(args->conv, session.userId(), muted, pinned);
        const QJsonObject result{{QStringLiteral("conv"), args->conv},
                                 {QStringLiteral("muted"), muted},
                                 {QStringLiteral("pinned"), pinned}};
        events.append(session.userId(), chat::event::ConvSettings, result);
        return result;
    });
}

void ConversationHandler::list(ClientSession& session, const Request& request) {
    ChatStorage& chat = m_ctx.storage.chat();
    QJsonArray items;
    for (const ConversationListItem& item : chat.conversationsOf(session.userId())) {
        QJsonObject o = memberFlags(item.self);
        o.insert(QStringLiteral("conv"), item.conv.id);
        o.insert(QStringLiteral("kind"), chat::toString(item.conv.kind));
        o.insert(QStringLiteral("name"), item.conv.name);
        o.insert(QStringLiteral("memberCount"), item.memberCount);
        o.insert(QStringLiteral("lastSeq"), item.conv.lastSeq);
        o.insert(QStringLiteral("unread"), item.unread);
        o.insert(QStringLiteral("last"),
                 item.last ? QJsonValue(item.last->toJson()) : QJsonValue());
        items.append(o);
    }
    session.reply(protocol::ok(request.id, {{QStringLiteral("conversations"), items}}));
}

void ConversationHandler::get(ClientSession& session, const Request& request) {
    const auto args = chat::ConvRefArgs::fromJson(request.args, false);
    if (!args) return badArgs(session, request, "conv.get needs conv");
    ChatStorage& chat = m_ctx.storage.chat();
    const auto self = chat.member(args->conv, session.userId());
    if (!self) return notFound(session, request);
    const auto conv = chat.conversation(args->conv);
    QJsonObject result = conversationJson(chat, *conv);
    QJsonArray members;
    for (const MemberRecord& m : chat.members(args->conv))
        members.append(QJsonObject{{QStringLiteral("user"), m.user},
                                   {QStringLiteral("role"), chat::toString(m.role)}});
    result.insert(QStringLiteral("members"), members);
    result.insert(QStringLiteral("self"), memberFlags(*self));
    result.insert(QStringLiteral("lastSeq"), conv->lastSeq);
    session.reply(protocol::ok(request.id, result));
}

} // namespace zt::server
