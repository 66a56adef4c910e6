#include "ApprovalWriter.h"
#include "ActionVerifier.h"
#include "IdempotentWrite.h"
#include "LoadedDocument.h"
#include "files/FileAccess.h"
#include "protocol/ErrorCode.h"
#include "storage/ServerStorage.h"

namespace zt::server {

using approval::ActionKind;
namespace errc = approval::errc;

namespace {

WriteRefused conflict(const QString& reason) {
    return WriteRefused{errc::Conflict, reason};
}

// Same answer for "no such document" and "not yours to see": existence is not revealed.
WriteRefused noSuchDocument() {
    return WriteRefused{protocol::errc::NotFound, QStringLiteral("no such document")};
}

} // namespace

approval::PublishKeyResult
ApprovalWriter::publishKey(qint64 user, const approval::PublishKeyArgs& args, qint64 nowMs) {
    QString error;
    const auto key = crypto::PublicKey::fromPem(args.publicKeyPem, &error);
    if (!key)
        throw WriteRefused{protocol::errc::BadArgs,
                           QStringLiteral("publicKey must be an SM2 or P-256 PEM public key")};
    ApprovalStorage& store = m_storage.approval();
    if (const auto existing = store.key(key->fingerprint()); existing && existing->userId != user)
        throw conflict(approval::reason::KeyInUse);
    store.addKey({user, key->fingerprint(), key->pem()}, nowMs); // again: no change
    return {key->fingerprint(), key->algorithm()};
}

void ApprovalWriter::requireUsers(const QList<approval::StepDef>& steps) {
    for (const approval::StepDef& step : steps)
        for (qint64 user : step.assignees)
            if (!m_storage.userById(user))
                throw WriteRefused{protocol::errc::NotFound, QStringLiteral("no such assignee")};
}

// A body uploaded through file.* must be the drafter's own finished upload, of a body's size.
QByteArray ApprovalWriter::bodyOf(qint64 drafter, const approval::CreateArgs& args) {
    if (args.bodyFile <= 0) return args.body;
    FileStorage& files = m_storage.files();
    const auto file = files.file(args.bodyFile);
    if (!file || file->owner != drafter || !file->complete)
        throw WriteRefused{protocol::errc::NotFound, QStringLiteral("no such body file")};
    if (file->meta.size > approval::kMaxBodyBytes)
        throw WriteRefused{protocol::errc::BadArgs, QStringLiteral("body larger than 8 MiB")};
    return files.read(file->meta.id, 0, int(file->meta.size));
}

// Attachments: finished files the drafter may read (their uploads, or files they received).
QList<files::FileMeta> ApprovalWriter::attachmentsOf(qint64 drafter,
                                                     const approval::CreateArgs& args) {
    QList<files::FileMeta> out;
    for (qint64 id : args.attachments) {
        const auto file = m_storage.files().file(id);
        if (!file || !file->complete || !canRead(m_storage.files(), *file, drafter))
            throw WriteRefused{protocol::errc::NotFound, QStringLiteral("no such attachment")};
        files::FileMeta meta = file->meta;
        meta.thumb.clear();
        out.append(meta);
    }
    return out;
}

approval::CreateResult ApprovalWriter::create(qint64 drafter, const approval::CreateArgs& args,
                                              EventBatch* events, qint64 nowMs) {
    requireUsers(args.steps);
    const QByteArray body = bodyOf(drafter, args);
    ApprovalDocumentRecord record;
    record.summary = {0,
                      args.title,
                      args.docNumber,
                      args.issuingUnit,
                      args.securityLevel,
                      args.urgency,
                      approval::DocState::InProgress,
                      0,
                      drafter,
                      1,
                      nowMs,
                      nowMs};
    record.bodySize = body.size();
    record.bodySm3 = crypto::digest(crypto::SignatureAlgorithm::Sm2Sm3, body);
    record.bodySha256 = crypto::digest(crypto::SignatureAlgorithm::EcdsaP256Sha256, body);
    record.attachments = attachmentsOf(drafter, args);
    record.summary.id = m_storage.approval().insertDocument(record, body, args.steps);
    for (int i = 0; i < record.attachments.size(); ++i)
        m_storage.approval().addAttachment(record.summary.id, i, record.attachments.at(i));
    const Workflow workflow(args.steps, drafter);
    const LoadedDocument doc{record, workflow, {}, workflow.initial()};
    reindexAndNotify(doc, events);
    return {record.summary.id, 1};
}

void ApprovalWriter::checkAct(qint64 actor, const approval::ActArgs& args,
                              const LoadedDocument& doc) {
    const QString refused = doc.workflow.check(doc.state, {actor, args.step, args.verb});
    if (!refused.isEmpty()) throw conflict(refused);
    if (args.verb.kind == ActionKind::Delegate && !m_storage.userById(args.verb.target))
        throw conflict(approval::reason::BadTarget);
    // The workflow answers first: "step_completed" tells a racing approver more than a stale chain.
    const auto bad = ActionVerifier(m_storage.approval())
                         .check(args.toSigned(actor), doc.record, doc.lastSignature());
    if (bad) throw WriteRefused{bad->code, bad->reason};
    // A signed seal placement must name an image the actor published (approval.publish_seal).
    if (args.seal && !m_storage.approval().seal(actor, args.seal->sealHash))
        throw conflict(approval::reason::UnknownSeal);
}

approval::ActResult ApprovalWriter::act(qint64 actor, const approval::ActArgs& args,
                                        EventBatch* events, qint64 nowMs) {
    ApprovalStorage& store = m_storage.approval();
    auto doc = loadDocument(store, args.document);
    if (!doc || !doc->workflow.isParticipant(doc->state, actor)) throw noSuchDocument();
    checkAct(actor, args, *doc);
    const approval::RecordedAction action{doc->actions.size() + 1, args.toSigned(actor)};
    store.appendAction(doc->id(), action, nowMs);
    doc->actions.append(action);
    doc->state = doc->workflow.apply(doc->state, moveOf(action.signedAction));
    approval::Summary& summary = doc->record.summary;
    summary.state = doc->state.state;
    summary.currentStep = doc->state.current;
    summary.version += 1;
    summary.updatedMs = nowMs;
    store.updateDocument(doc->id(), summary.state, summary.currentStep, summary.version, nowMs);
    reindexAndNotify(*doc, events);
    return {action.seq, summary.version, summary.state, summary.currentStep};
}

void ApprovalWriter::reindexAndNotify(const LoadedDocument& doc, EventBatch* events) {
    const QHash<qint64, int> roles = doc.roles();
    m_storage.approval().setIndex(doc.id(), roles, doc.workflow.pending(doc.state));
    const approval::UpdatedEvent updated{doc.id(), doc.record.summary.version};
    for (auto it = roles.cbegin(); events && it != roles.cend(); ++it)
        events->append(it.key(), approval::event::Updated, updated.toJson());
}

} // namespace zt::server
