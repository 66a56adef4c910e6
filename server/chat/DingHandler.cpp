#include "DingHandler.h"
#include "ClientSession.h"
#include "DingStats.h"
#include "DingWriter.h"
#include "HandlerReplies.h"
#include "RequestRouter.h"
#include "protocol/ErrorCode.h"
#include "storage/ServerStorage.h"

#include <QDateTime>
#include <QJsonArray>

namespace zt::server {

namespace errc = protocol::errc;
using protocol::Request;

void DingHandler::registerRoutes(RequestRouter& router) {
    router.addMembers(this, {{chat::op::DingSend, &DingHandler::send},
                             {chat::op::DingRedo, &DingHandler::redo},
                             {chat::op::DingStatus, &DingHandler::status},
                             {chat::op::DingStats, &DingHandler::stats}});
    const QList<std::pair<QString, DingStep>> steps{{chat::op::DingAck, DingStep::Delivered},
                                                    {chat::op::DingReadOp, DingStep::Read},
                                                    {chat::op::DingConfirm, DingStep::Confirmed}};
    for (const auto& [op, step] : steps)
        router.add(op, RequestRouter::Access::Authenticated,
                   [this, step](ClientSession& s, const Request& r) { progress(s, r, step); });
}

void DingHandler::send(ClientSession& session, const Request& request) {
    const auto args = chat::DingSendArgs::fromJson(request.args);
    if (!args)
        return badArgs(session, request,
                       "ding.send needs cid and either recipients (1..2000 ids) with text, or "
                       "conv and seq; optional attachment, at (server time ms)");
    runIdempotentWrite(m_ctx, session, request, args->cid, [&](EventBatch& events) {
        return DingWriter(m_ctx.storage, events, now()).send(session.userId(), *args);
    });
}

void DingHandler::progress(ClientSession& session, const Request& request, DingStep step) {
    const auto args = chat::DingRefArgs::fromJson(request.args, true);
    if (!args) return badArgs(session, request, "needs cid and ding");
    runIdempotentWrite(m_ctx, session, request, args->cid, [&](EventBatch& events) {
        return DingWriter(m_ctx.storage, events, now())
            .progress(session.userId(), args->ding, step);
    });
}

void DingHandler::redo(ClientSession& session, const Request& request) {
    const auto args = chat::DingRefArgs::fromJson(request.args, true);
    if (!args) return badArgs(session, request, "ding.redo needs cid and ding");
    runIdempotentWrite(m_ctx, session, request, args->cid, [&](EventBatch& events) {
        return DingWriter(m_ctx.storage, events, now())
            .redo(session.userId(), args->ding, m_options.dingRedoIntervalMs);
    });
}

void DingHandler::status(ClientSession& session, const Request& request) {
    const auto args = chat::DingRefArgs::fromJson(request.args, false);
    if (!args) return badArgs(session, request, "ding.status needs ding");
    ChatStorage& chat = m_ctx.storage.chat();
    const auto ding = chat.ding(args->ding);
    if (!ding || ding->sender != session.userId())
        return session.reply(
            protocol::fail(request.id, errc::NotFound, QStringLiteral("no such ding")));
    QJsonArray recipients;
    for (const chat::RecipientStatus& r : chat.dingRecipients(ding->id))
        recipients.append(r.toJson());
    session.reply(protocol::ok(request.id, {{QStringLiteral("ding"), ding->id},
                                            {QStringLiteral("text"), ding->text},
                                            {QStringLiteral("created"), ding->createdMs},
                                            {QStringLiteral("due"), ding->dueMs},
                                            {QStringLiteral("sent"), ding->sentMs},
                                            {QStringLiteral("lastSent"), ding->lastSentMs},
                                            {QStringLiteral("round"), ding->round},
                                            {QStringLiteral("recipients"), recipients}}));
}

// The caller's own DINGs created in [from, to] that have gone out; per unit by the recipients'
// first position (so a sender sees how each receiving unit responds to their DINGs).
void DingHandler::stats(ClientSession& session, const Request& request) {
    const auto args = chat::DingStatsArgs::fromJson(request.args);
    if (!args) return badArgs(session, request, "ding.stats needs from <= to (server time ms)");
    ChatStorage& chat = m_ctx.storage.chat();
    DingStats stats;
    for (const DingRecord& ding : chat.dingsOf(session.userId(), args->fromMs, args->toMs)) {
        if (ding.sentMs == 0) continue; // still scheduled: nothing to measure yet
        const QList<chat::RecipientStatus> recipients = chat.dingRecipients(ding.id);
        QList<qint64> users;
        for (const chat::RecipientStatus& r : recipients)
            users.append(r.user);
        stats.add(ding, recipients, chat.unitsOf(users));
    }
    QJsonObject result = stats.toJson();
    result.insert(QStringLiteral("from"), args->fromMs);
    result.insert(QStringLiteral("to"), args->toMs);
    result.insert(QStringLiteral("sender"), session.userId());
    session.reply(protocol::ok(request.id, result));
}

} // namespace zt::server
