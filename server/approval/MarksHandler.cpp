#include "MarksHandler.h"
#include "ClientSession.h"
#include "HandlerReplies.h"
#include "IdempotentWrite.h"
#include "LoadedDocument.h"
#include "RequestRouter.h"
#include "protocol/ErrorCode.h"
#include "storage/ServerStorage.h"

namespace zt::server {

namespace errc = protocol::errc;
using protocol::Request;

namespace {

WriteRefused noSuchDocument() {
    return WriteRefused{errc::NotFound, QStringLiteral("no such document")};
}

// Annotations do not change the document's version (it counts actions), but every reader
// hears of them through approval.updated and reads the document again.
void notifyReaders(const LoadedDocument& doc, EventBatch& events) {
    const approval::UpdatedEvent updated{doc.id(), doc.record.summary.version};
    const QHash<qint64, int> roles = doc.roles();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        events.append(it.key(), approval::event::Updated, updated.toJson());
}

approval::AnnotateResult annotateDocument(ApprovalStorage& store, qint64 user,
                                          const approval::AnnotateArgs& args, EventBatch& events,
                                          qint64 nowMs) {
    const auto doc = loadDocument(store, args.document);
    if (!doc || !doc->workflow.isParticipant(doc->state, user)) throw noSuchDocument();
    approval::AnnotateResult result{args.remove, nowMs};
    if (args.remove > 0) {
        const auto author = store.annotationAuthor(doc->id(), args.remove);
        if (!author) throw WriteRefused{errc::NotFound, QStringLiteral("no such annotation")};
        if (*author != user)
            throw WriteRefused{approval::errc::Conflict, approval::reason::NotAuthor};
        store.removeAnnotation(doc->id(), args.remove);
    } else {
        if (store.annotationCount(doc->id()) >= approval::kMaxAnnotations)
            throw WriteRefused{approval::errc::Conflict, approval::reason::TooManyAnnotations};
        approval::Annotation annotation = args.annotation;
        annotation.author = user;
        annotation.timeMs = nowMs;
        result.id = store.addAnnotation(doc->id(), annotation);
    }
    notifyReaders(*doc, events);
    return result;
}

} // namespace

void MarksHandler::registerRoutes(RequestRouter& router) {
    router.addMembers(this, {
                                {approval::op::Annotate, &MarksHandler::annotate},
                                {approval::op::PublishSeal, &MarksHandler::publishSeal},
                                {approval::op::Seal, &MarksHandler::seal},
                            });
}

void MarksHandler::annotate(ClientSession& session, const Request& request) {
    const auto args = approval::AnnotateArgs::fromJson(request.args);
    if (!args)
        return badArgs(session, request,
                       "approval.annotate needs cid, doc and either remove or kind note|highlight, "
                       "page, x, y in 0..1, text (a note's not empty, at most 500) and a "
                       "highlight's 1..20 rects [x,y,w,h]");
    runIdempotentWrite(m_ctx, session, request, args->cid, [&](EventBatch& events) {
        return annotateDocument(m_ctx.storage.approval(), session.userId(), *args, events, now())
            .toJson();
    });
}

void MarksHandler::publishSeal(ClientSession& session, const Request& request) {
    const auto args = approval::PublishSealArgs::fromJson(request.args);
    if (!args || !approval::isAcceptableSealPng(args->png))
        return badArgs(session, request,
                       "approval.publish_seal needs cid and png: a base64 PNG of at most 64 KiB "
                       "and 1024x1024 pixels");
    runIdempotentWrite(m_ctx, session, request, args->cid, [&](EventBatch&) {
        const QByteArray hash = approval::sealHashOf(args->png);
        m_ctx.storage.approval().addSeal(session.userId(), hash, args->png, now());
        return approval::PublishSealResult{hash}.toJson();
    });
}

void MarksHandler::seal(ClientSession& session, const Request& request) {
    const auto args = approval::SealArgs::fromJson(request.args);
    if (!args) return badArgs(session, request, "approval.seal needs doc, user and sealHash");
    ApprovalStorage& store = m_ctx.storage.approval();
    if (store.roles(args->document, session.userId()) == 0)
        return session.reply(
            protocol::fail(request.id, errc::NotFound, QStringLiteral("no such document")));
    std::optional<QByteArray> png;
    if (store.documentShowsSeal(args->document, args->user, args->sealHash))
        png = store.seal(args->user, args->sealHash);
    if (!png)
        return session.reply(
            protocol::fail(request.id, errc::NotFound, QStringLiteral("no such seal")));
    session.reply(protocol::ok(request.id, approval::SealResult{*png}.toJson()));
}

} // namespace zt::server
