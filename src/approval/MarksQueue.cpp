#include "MarksQueue.h"
#include "ApprovalProtocol.h"
#include "ApprovalStore.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcApprovalMarks, "zt.approval.marks")

namespace zt::approval {

namespace {

void dropOutboxRow(store::Database& db, qint64 id) {
    db.prepare(QStringLiteral("DELETE FROM outbox WHERE id=?")).bind(1, id).run();
}

} // namespace

MarksQueue::MarksQueue(store::Database& db, sync::Outbox& outbox, qint64 selfId, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_outbox(outbox)
    , m_selfId(selfId) {
    QPointer<MarksQueue> self(this);
    outbox.registerSettle(op::Annotate, [self](store::Database& d, const sync::OutboxItem& item,
                                               const protocol::Response& r) {
        // Accepted, the annotation (or its removal) comes back with the document.
        const auto doc = MarksStore(d).removePending(item.cid);
        if (!r.ok) dropOutboxRow(d, item.id); // can never succeed: reported, not retried
        if (!self) return;
        self->m_outcomes.insert(item.cid,
                                {doc.value_or(item.args.value(QStringLiteral("doc")).toInteger()),
                                 r.ok,
                                 r.error.code,
                                 r.error.message,
                                 false,
                                 {}});
    });
    outbox.registerSettle(op::PublishSeal, [self](store::Database& d, const sync::OutboxItem& item,
                                                  const protocol::Response& r) {
        const auto args = PublishSealArgs::fromJson(item.args);
        const QByteArray hash = args ? sealHashOf(args->png) : QByteArray();
        MarksStore(d).setOwnSealPublished(hash, r.ok ? 2 : 0);
        if (!r.ok) dropOutboxRow(d, item.id);
        if (!self) return;
        self->m_outcomes.insert(item.cid, {0, r.ok, r.error.code, r.error.message, true, hash});
    });
    connect(&outbox, &sync::Outbox::settled, this,
            [this](const QString& cid) { onOutboxSettled(cid); });
}

void MarksQueue::annotate(qint64 doc, const Annotation& annotation) {
    AnnotateArgs args;
    args.document = doc;
    args.annotation = annotation;
    args.annotation.author = m_selfId;
    queue(doc, args);
}

void MarksQueue::removeAnnotation(qint64 doc, qint64 annotationId) {
    AnnotateArgs args;
    args.document = doc;
    args.remove = annotationId;
    queue(doc, args);
}

void MarksQueue::queue(qint64 doc, AnnotateArgs args) {
    // What the server would refuse as bad_args is refused here, before anything is queued.
    args.cid = sync::Outbox::newCid();
    if (!AnnotateArgs::fromJson(args.toJson()))
        return emit failed(doc, tr("This annotation cannot be saved (empty note, or a position "
                                   "outside the page)."));
    QString cid;
    try {
        if (!ApprovalStore(m_db).document(doc))
            return emit failed(doc, tr("Open the document once while online before annotating."));
        m_db.transaction([&] {
            QJsonObject wire = args.toJson();
            wire.remove(QStringLiteral("cid"));
            cid = sync::Outbox::enqueue(m_db, op::Annotate, wire);
            args.cid = cid;
            MarksStore(m_db).addPending(args);
        });
    } catch (const std::exception& e) {
        qCWarning(lcApprovalMarks) << "cannot queue an annotation:" << e.what();
        return emit failed(doc,
                           tr("Cannot save your annotation: %1").arg(QString::fromUtf8(e.what())));
    }
    emit queued(doc, cid);
    m_outbox.notifyEnqueued();
}

void MarksQueue::setSealImage(const QByteArray& png) {
    if (!isAcceptableSealPng(png))
        return emit sealFailed(tr("A seal must be a PNG image of at most 64 KiB and 1024×1024 "
                                  "pixels."));
    const QByteArray hash = sealHashOf(png);
    try {
        m_db.transaction([&] {
            const auto current = MarksStore(m_db).ownSeal(m_selfId);
            // The same image again: published or queued already, nothing to send.
            const bool known = current && current->hash == hash && current->published > 0;
            MarksStore(m_db).addOwnSeal(m_selfId, hash, png, known ? current->published : 1);
            if (!known)
                sync::Outbox::enqueue(m_db, op::PublishSeal, PublishSealArgs{{}, png}.toJson());
        });
    } catch (const std::exception& e) {
        qCWarning(lcApprovalMarks) << "cannot keep the seal image:" << e.what();
        return emit sealFailed(
            tr("Cannot save your seal image: %1").arg(QString::fromUtf8(e.what())));
    }
    emit sealSet(hash);
    m_outbox.notifyEnqueued();
}

std::optional<OwnSeal> MarksQueue::ownSeal() {
    try {
        return MarksStore(m_db).ownSeal(m_selfId);
    } catch (const std::exception& e) {
        qCWarning(lcApprovalMarks) << "cannot read the seal image:" << e.what();
        return std::nullopt;
    }
}

void MarksQueue::onOutboxSettled(const QString& cid) {
    const auto it = m_outcomes.constFind(cid);
    if (it == m_outcomes.constEnd()) return; // another domain's write
    const Outcome outcome = *it;
    m_outcomes.erase(it);
    if (!outcome.ok)
        qCInfo(lcApprovalMarks) << "write" << cid << "refused:" << outcome.code << outcome.reason;
    if (outcome.seal) return emit sealSettled(outcome.hash, outcome.ok, outcome.reason);
    emit settled(outcome.doc, cid, outcome.ok, outcome.code, outcome.reason);
}

} // namespace zt::approval
