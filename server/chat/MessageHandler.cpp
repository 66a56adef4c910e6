#include "MessageHandler.h"
#include "ClientSession.h"
#include "ConversationAccess.h"
#include "HandlerReplies.h"
#include "RequestRouter.h"
#include "chat/WireHelpers.h"
#include "files/FileAccess.h"
#include "protocol/ErrorCode.h"
#include "storage/ServerStorage.h"

#include <QDateTime>
#include <QJsonArray>

namespace zt::server {

namespace errc = protocol::errc;
using protocol::Request;

namespace {

void notFound(ClientSession& session, const Request& request, const char* what) {
    session.reply(protocol::fail(request.id, errc::NotFound, QString::fromLatin1(what)));
}

// Mentions must name members; @all is for the owner and admins only.
void checkMentions(ChatStorage& chat, const chat::SendMsgArgs& args, const MemberRecord& self) {
    if (args.mentionAll && !isManager(self))
        throw WriteRefused{errc::Forbidden, QStringLiteral("mention_all_needs_admin")};
    for (qint64 user : args.mentions)
        if (!chat.member(args.conv, user))
            throw WriteRefused{errc::BadArgs, QStringLiteral("mentions must be members")};
}

} // namespace

void MessageHandler::registerRoutes(RequestRouter& router) {
    router.addMembers(this, {
                                {chat::op::MsgSend, &MessageHandler::send},
                                {chat::op::MsgHistory, &MessageHandler::history},
                                {chat::op::MsgRecall, &MessageHandler::recall},
                                {chat::op::MsgRead, &MessageHandler::read},
                                {chat::op::MsgReceipts, &MessageHandler::receipts},
                            });
}

void MessageHandler::send(ClientSession& session, const Request& request) {
    const auto args = chat::SendMsgArgs::fromJson(request.args);
    if (!args)
        return badArgs(session, request,
                       "msg.send needs cid, conv, kind text (1..5000 characters) or file "
                       "(fileRef), optional replyTo, mentions (ids or \"all\")");
    runIdempotentWrite(m_ctx, session, request, args->cid, [&](EventBatch& events) {
        ChatStorage& chat = m_ctx.storage.chat();
        const MemberRecord self = requireMember(chat, args->conv, session.userId());
        checkMentions(chat, *args, self);
        if (args->replyTo > 0 && !chat.message(args->conv, args->replyTo))
            throw WriteRefused{errc::NotFound, QStringLiteral("no such message to reply to")};
        chat::Message m;
        m.conv = args->conv;
        m.sender = session.userId();
        m.cid = args->cid;
        m.kind = args->kind;
        m.text = args->text;
        m.fileRef = args->fileRef;
        if (m.kind == chat::MessageKind::File)
            m.file = attachFile(m_ctx.storage.files(), m.fileRef, m.conv, session.userId());
        m.replyTo = args->replyTo;
        m.mentions = args->mentions;
        m.mentionAll = args->mentionAll;
        m.timeMs = now();
        m = chat.insertMessage(m);
        fanout(events, chat.memberIds(m.conv), chat::event::MsgNew, m.toJson());
        return QJsonObject{{QStringLiteral("conv"), m.conv},
                           {QStringLiteral("seq"), m.seq},
                           {QStringLiteral("time"), m.timeMs}};
    });
}

// Newest first page: before = 0. A member sees what was said since they joined.
void MessageHandler::history(ClientSession& session, const Request& request) {
    const auto args = chat::HistoryArgs::fromJson(request.args);
    if (!args) return badArgs(session, request, "msg.history needs conv, before, limit 1..200");
    ChatStorage& chat = m_ctx.storage.chat();
    const auto self = chat.member(args->conv, session.userId());
    if (!self) return notFound(session, request, "no such conversation");
    QList<chat::Message> page = chat.history(args->conv, args->before, args->limit + 1);
    bool more = page.size() > args->limit;
    if (more) page.removeFirst();
    QJsonArray messages;
    for (const chat::Message& m : std::as_const(page))
        if (m.seq > self->joinedSeq) messages.append(m.toJson());
    if (!page.isEmpty() && page.first().seq <= self->joinedSeq + 1) more = false;
    session.reply(protocol::ok(
        request.id, {{QStringLiteral("messages"), messages}, {QStringLiteral("more"), more}}));
}

void MessageHandler::recall(ClientSession& session, const Request& request) {
    const auto args = chat::MsgRefArgs::fromJson(request.args, true);
    if (!args) return badArgs(session, request, "msg.recall needs cid, conv and seq");
    runIdempotentWrite(m_ctx, session, request, args->cid, [&](EventBatch& events) {
        ChatStorage& chat = m_ctx.storage.chat();
        const MemberRecord self = requireMember(chat, args->conv, session.userId());
        const auto m = chat.message(args->conv, args->seq);
        if (!m || m->seq <= self.joinedSeq)
            throw WriteRefused{errc::NotFound, QStringLiteral("no such message")};
        if (m->sender != session.userId() || m->kind == chat::MessageKind::System)
            throw WriteRefused{errc::Forbidden, QStringLiteral("not_sender")};
        const qint64 t = now();
        if (!m->recalled) {
            if (t - m->timeMs > m_options.recallWindowMs)
                throw WriteRefused{errc::Conflict, QStringLiteral("recall_window_passed")};
            chat.markRecalled(args->conv, args->seq);
            fanout(events, chat.memberIds(args->conv), chat::event::MsgRecalled,
                   {{QStringLiteral("conv"), args->conv},
                    {QStringLiteral("seq"), args->seq},
                    {QStringLiteral("by"), session.userId()},
                    {QStringLiteral("time"), t}});
        }
        return QJsonObject{{QStringLiteral("conv"), args->conv},
                           {QStringLiteral("seq"), args->seq}};
    });
}

// Moves the caller's read mark forward (never back) and tells the senders of what was read.
void MessageHandler::read(ClientSession& session, const Request& request) {
    const auto args = chat::MsgRefArgs::fromJson(request.args, true, QStringLiteral("upTo"));
    if (!args) return badArgs(session, request, "msg.read needs cid, conv and upTo");
    runIdempotentWrite(m_ctx, session, request, args->cid, [&](EventBatch& events) {
        ChatStorage& chat = m_ctx.storage.chat();
        const qint64 reader = session.userId();
        const MemberRecord self = requireMember(chat, args->conv, reader);
        const qint64 upTo = qMin(args->seq, chat.conversation(args->conv)->lastSeq);
        if (upTo > self.lastReadSeq) {
            chat.setLastRead(args->conv, reader, upTo);
            const QJsonObject data{{QStringLiteral("conv"), args->conv},
                                   {QStringLiteral("reader"), reader},
                                   {QStringLiteral("upTo"), upTo}};
            // The reader's own devices too: their unread counts follow.
            fanout(events,
                   chat.sendersBetween(args->conv, self.lastReadSeq, upTo, reader) +
                       QList<qint64>{reader},
                   chat::event::MsgRead, data);
        }
        return QJsonObject{{QStringLiteral("conv"), args->conv},
                           {QStringLiteral("upTo"), qMax(upTo, self.lastReadSeq)}};
    });
}

// Everyone who was a member when the message was sent, except its sender, is in one list.
void MessageHandler::receipts(ClientSession& session, const Request& request) {
    const auto args = chat::MsgRefArgs::fromJson(request.args, false);
    if (!args) return badArgs(session, request, "msg.receipts needs conv and seq");
    ChatStorage& chat = m_ctx.storage.chat();
    const auto self = chat.member(args->conv, session.userId());
    const auto m = self ? chat.message(args->conv, args->seq) : std::nullopt;
    if (!self) return notFound(session, request, "no such conversation");
    if (!m || m->seq <= self->joinedSeq) return notFound(session, request, "no such message");
    QList<qint64> readBy, unreadBy;
    for (const MemberRecord& member : chat.members(args->conv)) {
        if (member.user == m->sender || member.joinedSeq >= m->seq) continue;
        (member.lastReadSeq >= m->seq ? readBy : unreadBy).append(member.user);
    }
    session.reply(
        protocol::ok(request.id, {{QStringLiteral("conv"), args->conv},
                                  {QStringLiteral("seq"), args->seq},
                                  {QStringLiteral("readBy"), chat::wire::toArray(readBy)},
                                  {QStringLiteral("unreadBy"), chat::wire::toArray(unreadBy)}}));
}

} // namespace zt::server
