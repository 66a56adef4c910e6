// ApprovalService: annotations and seals (issue 5 §2). The writes go through MarksQueue (and
// ApprovalActs for a sealed approval); this part puts the marks into DocumentView and fetches
// the seal images a history shows.
#include "ApprovalActs.h"
#include "ApprovalService.h"
#include "ApprovalStore.h"
#include "ConflictMessages.h"
#include "MarksQueue.h"
#include "net/Connection.h"

#include <QPointer>
#include <algorithm>
#include <memory>

namespace zt::approval {

namespace {

int pageUnits(double normalised) {
    return std::clamp(int(qRound(normalised * kPageUnits)), 0, kPageUnits);
}

} // namespace

void ApprovalService::approveWithSeal(qint64 doc, const QString& opinion, int page, QPointF topLeft,
                                      double width) {
    const auto own = m_marks->ownSeal();
    if (!own) return emit actFailed(doc, tr("Choose your seal image before sealing."));
    const SealPlacement placement{page, pageUnits(topLeft.x()), pageUnits(topLeft.y()),
                                  std::max(1, pageUnits(width)), own->hash};
    m_acts->act(doc, ActionKind::Approve, opinion, 0, placement);
}

void ApprovalService::annotate(qint64 doc, const Annotation& annotation) {
    m_marks->annotate(doc, annotation);
}

void ApprovalService::removeAnnotation(qint64 doc, qint64 annotationId) {
    m_marks->removeAnnotation(doc, annotationId);
}

void ApprovalService::setSealImage(const QByteArray& png) {
    m_marks->setSealImage(png);
}

std::optional<QByteArray> ApprovalService::ownSealImage() {
    const auto own = m_marks->ownSeal();
    return own ? std::optional<QByteArray>(own->png) : std::nullopt;
}

void ApprovalService::addMarks(DocumentView& view) {
    const qint64 doc = view.detail.summary.id;
    for (const RecordedAction& a : view.detail.actions)
        if (const auto seal = a.sealPlacement())
            view.seals.append({a.signedAction.actorUserId, *seal, false});
    for (const ActArgs& act : view.pending)
        if (act.seal) view.seals.append({m_selfId, *act.seal, true});
    storeQuietly([&] {
        MarksStore marks(m_db);
        for (const AnnotateArgs& args : marks.pending(doc)) {
            if (args.remove > 0) {
                view.pendingRemovals.append(args.remove);
                continue;
            }
            Annotation a = args.annotation;
            a.author = m_selfId;
            a.cid = args.cid;
            view.pendingAnnotations.append(a);
        }
        for (const PlacedSeal& s : view.seals)
            if (!view.sealImages.contains(s.placement.sealHash))
                if (const auto png = marks.sealImage(s.actor, s.placement.sealHash))
                    view.sealImages.insert(s.placement.sealHash, *png);
    });
}

// The images of the seals a history shows and this computer lacks; once they are all in (or
// failed), the document is shown again with them.
void ApprovalService::fetchSealImages(const GetResult& detail) {
    const qint64 doc = detail.summary.id;
    QList<std::pair<qint64, QByteArray>> missing;
    storeQuietly([&] {
        MarksStore marks(m_db);
        for (const RecordedAction& a : detail.actions) {
            const auto seal = a.sealPlacement();
            const std::pair<qint64, QByteArray> key{a.signedAction.actorUserId,
                                                    seal ? seal->sealHash : QByteArray()};
            if (seal && !missing.contains(key) && !marks.sealImage(key.first, key.second))
                missing.append(key);
        }
    });
    if (missing.isEmpty()) return;
    auto remaining = std::make_shared<int>(int(missing.size()));
    QPointer<ApprovalService> self(this);
    for (const auto& [user, hash] : missing)
        m_connection.request(
            op::Seal, SealArgs{doc, user, hash}.toJson(),
            [self, doc, user, hash, remaining](const protocol::Response& r) {
                if (!self) return;
                const QByteArray png = SealResult::fromJson(r.result).png;
                if (r.ok && sealHashOf(png) == hash) // the image the signature names, no other
                    self->storeQuietly(
                        [&] { MarksStore(self->m_db).storeSealImage(user, hash, png); });
                if (--*remaining > 0) return;
                if (auto view = self->cachedDocument(doc)) {
                    view->fromServer = true; // the server's detail of a moment ago, now with images
                    emit self->documentLoaded(*view);
                }
            });
}

void ApprovalService::onMarkSettled(qint64 doc, const QString& cid, bool ok, const QString& code,
                                    const QString& reason) {
    QPointer<ApprovalService> self(this);
    fetchDocument(doc, [self, doc, cid, ok, code, reason](const protocol::Response& r) {
        if (!self) return;
        if (!r.ok) self->emitCached(doc); // offline again: at least drop the pending mark
        emit self->annotationSettled(doc, cid, ok, ok ? QString() : conflictMessage(code, reason));
    });
}

} // namespace zt::approval
