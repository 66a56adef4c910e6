#include "ApprovalHandler.h"
#include "ApprovalWriter.h"
#include "ClientSession.h"
#include "HandlerReplies.h"
#include "IdempotentWrite.h"
#include "LoadedDocument.h"
#include "RequestRouter.h"
#include "protocol/ErrorCode.h"
#include "storage/ServerStorage.h"

#include <QDateTime>

namespace zt::server {

namespace errc = protocol::errc;
using protocol::Request;

namespace {

void notFound(ClientSession& session, const Request& request) {
    session.reply(protocol::fail(request.id, errc::NotFound, QStringLiteral("no such document")));
}

} // namespace

void ApprovalHandler::registerRoutes(RequestRouter& router) {
    router.addMembers(this, {
                                {approval::op::PublishKey, &ApprovalHandler::publishKey},
                                {approval::op::Create, &ApprovalHandler::create},
                                {approval::op::Act, &ApprovalHandler::act},
                                {approval::op::List, &ApprovalHandler::list},
                                {approval::op::Get, &ApprovalHandler::get},
                                {approval::op::Body, &ApprovalHandler::body},
                            });
    m_marks.registerRoutes(router);
}

void ApprovalHandler::publishKey(ClientSession& session, const Request& request) {
    const auto args = approval::PublishKeyArgs::fromJson(request.args);
    if (!args) return badArgs(session, request, "approval.publish_key needs cid and publicKey");
    runIdempotentWrite(m_ctx, session, request, args->cid, [&](EventBatch&) {
        return ApprovalWriter(m_ctx.storage).publishKey(session.userId(), *args, now()).toJson();
    });
}

void ApprovalHandler::create(ClientSession& session, const Request& request) {
    const auto args = approval::CreateArgs::fromJson(request.args);
    if (!args)
        return badArgs(session, request,
                       "approval.create needs cid, title, securityLevel 0..3, urgency 0..2, a "
                       "base64 body up to 8 MiB or the bodyFile id of an uploaded PDF, up to 20 "
                       "attachments (file ids) and 1..20 steps each with 1..50 assignees");
    runIdempotentWrite(m_ctx, session, request, args->cid, [&](EventBatch& events) {
        return ApprovalWriter(m_ctx.storage)
            .create(session.userId(), *args, &events, now())
            .toJson();
    });
}

void ApprovalHandler::act(ClientSession& session, const Request& request) {
    const auto args = approval::ActArgs::fromJson(request.args);
    if (!args)
        return badArgs(session, request,
                       "approval.act needs cid, doc, step, action, opinion, time, algorithm and "
                       "base64 contentHash, previousSignature, keyFingerprint, signature");
    runIdempotentWrite(m_ctx, session, request, args->cid, [&](EventBatch& events) {
        return ApprovalWriter(m_ctx.storage).act(session.userId(), *args, &events, now()).toJson();
    });
}

void ApprovalHandler::list(ClientSession& session, const Request& request) {
    const auto args = approval::ListArgs::fromJson(request.args);
    if (!args)
        return badArgs(
            session, request,
            "approval.list needs view todo|done|drafted|distributed, offset, limit 1..100");
    ApprovalStorage& store = m_ctx.storage.approval();
    approval::ListResult result;
    result.items = store.list(session.userId(), args->view, args->offset, args->limit);
    for (int v = 0; v < approval::kViewCount; ++v)
        result.counts[std::size_t(v)] = store.count(session.userId(), approval::View(v));
    result.total = result.counts[std::size_t(args->view)];
    session.reply(protocol::ok(request.id, result.toJson()));
}

void ApprovalHandler::get(ClientSession& session, const Request& request) {
    const auto args = approval::DocumentArgs::fromJson(request.args);
    if (!args) return badArgs(session, request, "approval.get needs doc");
    ApprovalStorage& store = m_ctx.storage.approval();
    const auto doc = loadDocument(store, args->document);
    if (!doc || !doc->workflow.isParticipant(doc->state, session.userId()))
        return notFound(session, request);
    session.reply(protocol::ok(request.id, doc->toGetResult(store).toJson()));
}

void ApprovalHandler::body(ClientSession& session, const Request& request) {
    const auto args = approval::BodyArgs::fromJson(request.args);
    if (!args)
        return badArgs(session, request, "approval.body needs doc, offset, length 1..524288");
    ApprovalStorage& store = m_ctx.storage.approval();
    const auto doc = store.document(args->document);
    if (!doc || store.roles(args->document, session.userId()) == 0)
        return notFound(session, request);
    const approval::BodyResult result{store.bodyChunk(args->document, args->offset, args->length),
                                      args->offset, doc->bodySize};
    session.reply(protocol::ok(request.id, result.toJson()));
}

} // namespace zt::server
