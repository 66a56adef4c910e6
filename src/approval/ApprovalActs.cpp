#include "ApprovalActs.h"
#include "ApprovalKeys.h"
#include "ApprovalStore.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcApprovalActs, "zt.approval.acts")

namespace zt::approval {

namespace {

// The signature the next action must link to: the user's own last pending act, else the last
// action of the cached history (empty for a document without actions).
QByteArray headSignature(const GetResult& detail, const QList<ActArgs>& pending) {
    if (!pending.isEmpty()) return pending.last().signature;
    return detail.actions.isEmpty() ? QByteArray() : detail.actions.last().signedAction.signature;
}

bool decisive(ActionKind kind) {
    return kind != ActionKind::Comment;
}

} // namespace

ApprovalActs::ApprovalActs(store::Database& db, ApprovalKeys& keys, sync::Outbox& outbox,
                           qint64 selfId, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_keys(keys)
    , m_outbox(outbox)
    , m_selfId(selfId) {
    QPointer<ApprovalActs> self(this);
    outbox.registerSettle(op::Act, [self](store::Database& d, const sync::OutboxItem& item,
                                          const protocol::Response& r) {
        // The optimistic act goes either way: accepted, it comes back in the server's history.
        const auto doc = ApprovalStore(d).removePending(item.cid);
        // Refused, it is reported through settled() and can never succeed later (any change that
        // would allow it also moves the chain's head), so it must not linger as a failed write
        // that Outbox::retryFailed() would send again.
        if (!r.ok)
            d.prepare(QStringLiteral("DELETE FROM outbox WHERE id=?")).bind(1, item.id).run();
        if (!self) return;
        self->m_outcomes.insert(item.cid,
                                {doc.value_or(item.args.value(QStringLiteral("doc")).toInteger()),
                                 r.ok, r.error.code, r.error.message});
    });
    connect(&outbox, &sync::Outbox::settled, this,
            [this](const QString& cid) { onOutboxSettled(cid); });
}

void ApprovalActs::act(qint64 doc, ActionKind action, const QString& opinion, qint64 target,
                       const std::optional<SealPlacement>& seal) {
    const ActionVerb verb{action, target};
    if (seal && (action != ActionKind::Approve || !seal->isValid()))
        return emit failed(doc, tr("A seal can only be placed on the page when approving."));
    QPointer<ApprovalActs> self(this);
    m_keys.withKey(
        [self, doc, verb, opinion, seal](const crypto::SigningKey* key, const QString& error) {
            if (!self) return;
            if (!key) return emit self->failed(doc, error);
            self->signAndQueue(doc, verb, opinion, seal, *key);
        });
}

void ApprovalActs::signAndQueue(qint64 doc, const ActionVerb& verb, const QString& opinion,
                                const std::optional<SealPlacement>& seal,
                                const crypto::SigningKey& key) {
    ApprovalStore store(m_db);
    QString cid;
    try {
        const std::optional<GetResult> detail = store.document(doc);
        if (!detail)
            return emit failed(doc, tr("Open the document once while online before acting on it."));
        const QList<ActArgs> pending = store.pending(doc);
        const int step = detail->summary.currentStep;
        for (const ActArgs& p : pending)
            if (decisive(verb.kind) && decisive(p.verb.kind) && p.step == step)
                return emit failed(
                    doc, tr("An action of yours on this step is already waiting to be sent."));
        crypto::SignedAction a;
        a.documentId = signedDocumentId(doc);
        a.contentHash = signedContentHash(detail->bodySm3, detail->bodySha256, detail->attachments,
                                          key.algorithm());
        a.step = signedStep(step);
        a.action = verb.toString();
        a.opinion = opinion;
        a.actorUserId = m_selfId;
        a.timeMs = QDateTime::currentMSecsSinceEpoch();
        a.previousSignature = headSignature(*detail, pending);
        if (seal) a.seal = seal->signedText();
        if (!crypto::sign(a, key)) return emit failed(doc, tr("Signing the action failed."));
        ActArgs args = ActArgs::fromSigned({}, doc, step, a);
        m_db.transaction([&] {
            m_keys.enqueuePublishIfNeeded(); // before the act, in the same order on the wire
            cid = sync::Outbox::enqueue(m_db, op::Act, args.toJson());
            args.cid = cid;
            store.addPending(args);
        });
    } catch (const std::exception& e) {
        qCWarning(lcApprovalActs) << "cannot queue an act:" << e.what();
        return emit failed(doc, tr("Cannot save your action: %1").arg(QString::fromUtf8(e.what())));
    }
    emit queued(doc, cid);
    m_outbox.notifyEnqueued();
}

void ApprovalActs::onOutboxSettled(const QString& cid) {
    const auto it = m_outcomes.constFind(cid);
    if (it == m_outcomes.constEnd()) return; // another domain's write
    const Outcome outcome = *it;
    m_outcomes.erase(it);
    if (!outcome.ok)
        qCInfo(lcApprovalActs) << "act" << cid << "on document" << outcome.doc
                               << "refused:" << outcome.code << outcome.reason;
    emit settled(outcome.doc, cid, outcome.ok, outcome.code, outcome.reason);
}

} // namespace zt::approval
