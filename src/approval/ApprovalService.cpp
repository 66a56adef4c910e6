#include "ApprovalService.h"
#include "ApprovalActs.h"
#include "ApprovalExportJob.h"
#include "ApprovalKeys.h"
#include "ApprovalStore.h"
#include "BodyFetcher.h"
#include "ChainCheck.h"
#include "ConflictMessages.h"
#include "MarksQueue.h"
#include "net/Connection.h"
#include "protocol/ErrorCode.h"
#include "store/Database.h"
#include "sync/SyncEngine.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <algorithm>

Q_LOGGING_CATEGORY(lcApproval, "zt.approval")

namespace zt::approval {

namespace {

constexpr int kInboxPage = 100; // the server's largest page: an inbox rarely holds more

bool isOfflineError(const protocol::Response& r) {
    return r.error.code == protocol::errc::Disconnected || r.error.code == protocol::errc::Timeout;
}

} // namespace

ApprovalService::ApprovalService(const Context& c, QObject* parent)
    : QObject(parent)
    , m_db(c.db)
    , m_connection(c.connection)
    , m_store(std::make_unique<ApprovalStore>(c.db))
    , m_keys(new ApprovalKeys(c.db, c.secrets, c.outbox, c.accountKey, c.algorithm, this))
    , m_acts(new ApprovalActs(c.db, *m_keys, c.outbox, c.selfId, this))
    , m_bodies(new BodyFetcher(c.connection, this))
    , m_marks(new MarksQueue(c.db, c.outbox, c.selfId, this))
    , m_selfId(c.selfId) {
    qRegisterMetaType<View>();
    qRegisterMetaType<ActionKind>();
    qRegisterMetaType<ListResult>();
    qRegisterMetaType<DocumentView>();
    qRegisterMetaType<Annotation>();
    c.sync.registerApplier(event::Updated, [](store::Database& db, const protocol::Event& e) {
        if (const auto updated = UpdatedEvent::fromJson(e.data))
            ApprovalStore(db).markStale(updated->document, updated->version);
    });
    connect(&c.sync, &sync::SyncEngine::applied, this, [this](const QStringList& kinds) {
        if (kinds.contains(event::Updated)) refreshStale();
    });
    connect(&c.connection, &net::Connection::stateChanged, this, [this](net::Connection::State s) {
        if (s == net::Connection::State::Ready) onReady();
    });
    if (c.connection.state() == net::Connection::State::Ready) // the store opened after login
        QTimer::singleShot(0, this, &ApprovalService::onReady);
    connect(m_acts, &ApprovalActs::queued, this, [this](qint64 doc, const QString& cid) {
        emitCached(doc); // the pending act shows at once
        emit actQueued(doc, cid);
    });
    connect(m_acts, &ApprovalActs::failed, this, &ApprovalService::actFailed);
    connect(m_acts, &ApprovalActs::settled, this, &ApprovalService::onActSettled);
    connect(m_keys, &ApprovalKeys::publishFailed, this, &ApprovalService::keyPublishFailed);
    connect(m_bodies, &BodyFetcher::progress, this, &ApprovalService::bodyProgress);
    connect(m_bodies, &BodyFetcher::failed, this, &ApprovalService::bodyFailed);
    connect(m_bodies, &BodyFetcher::fetched, this, &ApprovalService::onBodyFetched);
    connect(m_marks, &MarksQueue::queued, this, [this](qint64 doc, const QString& cid) {
        emitCached(doc); // the pending annotation shows at once
        emit annotationQueued(doc, cid);
    });
    connect(m_marks, &MarksQueue::failed, this, &ApprovalService::annotationFailed);
    connect(m_marks, &MarksQueue::settled, this, &ApprovalService::onMarkSettled);
    connect(m_marks, &MarksQueue::sealSet, this, &ApprovalService::sealImageSet);
    connect(m_marks, &MarksQueue::sealFailed, this, &ApprovalService::sealImageFailed);
    connect(m_marks, &MarksQueue::sealSettled, this, &ApprovalService::sealImagePublished);
}

ApprovalService::~ApprovalService() = default;

// The store is a cache of the server here: failing to write it must not fail what was asked.
bool ApprovalService::storeQuietly(const std::function<void()>& work) {
    try {
        work();
        return true;
    } catch (const std::exception& e) {
        qCWarning(lcApproval) << "local approval store:" << e.what();
        return false;
    }
}

void ApprovalService::refreshInbox(View view) {
    std::optional<ListResult> cached;
    storeQuietly([&] { cached = m_store->inbox(view); });
    if (cached) emit inboxLoaded(view, *cached, false);
    QPointer<ApprovalService> self(this);
    m_connection.request(
        op::List, ListArgs{view, 0, kInboxPage}.toJson(),
        [self, view, hadCache = cached.has_value()](const protocol::Response& r) {
            if (!self) return;
            if (!r.ok) {
                if (!hadCache || !isOfflineError(r)) emit self->inboxFailed(view, r.error.message);
                return;
            }
            const ListResult result = ListResult::fromJson(r.result);
            self->storeQuietly(
                [&] { self->m_db.transaction([&] { self->m_store->storeList(view, result); }); });
            emit self->inboxLoaded(view, result, true);
        });
}

DocumentView ApprovalService::viewOf(const GetResult& detail, bool fromServer) {
    DocumentView view;
    view.detail = detail;
    const ChainReport report = checkHistory(detail);
    view.verdicts = report.verdicts;
    view.chainOk = report.ok;
    view.fromServer = fromServer;
    const qint64 doc = detail.summary.id;
    storeQuietly([&] {
        // An act the server already recorded (its event came before its answer) shows once.
        for (const ActArgs& act : m_store->pending(doc))
            if (std::none_of(detail.actions.begin(), detail.actions.end(), [&](const auto& a) {
                    return a.signedAction.signature == act.signature;
                }))
                view.pending.append(act);
        view.bodyAvailable = m_store->hasBody(doc);
        view.availableOffline = m_store->isOffline(doc);
    });
    addMarks(view);
    return view;
}

std::optional<DocumentView> ApprovalService::cachedDocument(qint64 doc) {
    std::optional<GetResult> detail;
    storeQuietly([&] { detail = m_store->document(doc); });
    if (!detail) return std::nullopt;
    return viewOf(*detail, false);
}

std::optional<QByteArray> ApprovalService::cachedBody(qint64 doc) {
    std::optional<QByteArray> body;
    storeQuietly([&] { body = m_store->body(doc); });
    return body;
}

void ApprovalService::emitCached(qint64 doc) {
    if (const auto view = cachedDocument(doc)) emit documentLoaded(*view);
}

void ApprovalService::open(qint64 doc) {
    const auto cached = cachedDocument(doc);
    if (cached) emit documentLoaded(*cached);
    QPointer<ApprovalService> self(this);
    fetchDocument(doc, [self, doc, hadCache = cached.has_value()](const protocol::Response& r) {
        if (!self || r.ok) return;
        if (!hadCache)
            emit self->documentFailed(doc, isOfflineError(r)
                                               ? tr("This document is not available offline.")
                                               : r.error.message);
        else if (r.error.code == protocol::errc::NotFound)
            emit self->documentFailed(doc, tr("The document is no longer available to you."));
    });
}

void ApprovalService::fetchDocument(qint64 doc, Done done) {
    QPointer<ApprovalService> self(this);
    m_connection.request(op::Get, DocumentArgs{doc}.toJson(),
                         [self, doc, done](const protocol::Response& r) {
                             if (!self) return;
                             self->onDocument(doc, r);
                             if (done) done(r);
                         });
}

void ApprovalService::onDocument(qint64 doc, const protocol::Response& r) {
    if (!r.ok) {
        if (r.error.code == protocol::errc::NotFound)
            storeQuietly([&] { m_store->clearStale(doc); }); // not ours any more: stop asking
        return;
    }
    const GetResult detail = GetResult::fromJson(r.result);
    if (detail.summary.id != doc) return;
    storeQuietly([&] { m_db.transaction([&] { m_store->storeDocument(detail); }); });
    const DocumentView view = viewOf(detail, true);
    emit documentLoaded(view);
    if (view.availableOffline && !view.bodyAvailable) m_bodies->fetch(detail);
    fetchSealImages(detail);
}

void ApprovalService::fetchBody(qint64 doc) {
    if (const auto body = cachedBody(doc)) return emit bodyReady(doc, *body, false);
    std::optional<GetResult> detail;
    storeQuietly([&] { detail = m_store->document(doc); });
    if (detail) return m_bodies->fetch(*detail);
    QPointer<ApprovalService> self(this);
    fetchDocument(doc, [self, doc](const protocol::Response& r) {
        if (!self) return;
        if (r.ok) return self->m_bodies->fetch(GetResult::fromJson(r.result));
        emit self->bodyFailed(doc, isOfflineError(r) ? tr("This document is not available offline.")
                                                     : r.error.message);
    });
}

void ApprovalService::onBodyFetched(qint64 doc, const QByteArray& data) {
    if (!storeQuietly([&] { m_store->storeBody(doc, data); }))
        qCWarning(lcApproval) << "body of document" << doc << "not kept for offline use";
    emit bodyReady(doc, data, true);
}

void ApprovalService::setAvailableOffline(qint64 doc, bool available) {
    bool known = false;
    const bool stored = storeQuietly([&] {
        known = m_store->isKnown(doc);
        if (!known) return;
        m_db.transaction([&] {
            m_store->setOffline(doc, available);
            if (!available) m_store->dropBody(doc);
        });
    });
    if (!stored || !known)
        return emit documentFailed(doc, tr("Open the document before keeping it offline."));
    emit offlineChanged(doc, available);
    if (!available) return;
    fetchBody(doc);
    if (const auto detail = m_store->document(doc)) fetchAttachments(*detail);
}

void ApprovalService::act(qint64 doc, ActionKind action, const QString& opinion, qint64 target) {
    m_acts->act(doc, action, opinion, target);
}

void ApprovalService::exportBundle(qint64 doc, const QString& path) {
    startExport(*this, doc, path);
}

void ApprovalService::onActSettled(qint64 doc, const QString& cid, bool ok, const QString& code,
                                   const QString& reason) {
    QPointer<ApprovalService> self(this);
    fetchDocument(doc, [self, doc, cid, ok, code, reason](const protocol::Response& r) {
        if (!self) return;
        if (!r.ok) self->emitCached(doc); // offline again: at least drop the pending act
        if (ok) return emit self->actAccepted(doc, cid);
        emit self->conflict(doc, reason.isEmpty() ? code : reason, conflictMessage(code, reason));
    });
}

// Stale marks left while offline or by a past run, and bodies pinned while offline.
void ApprovalService::onReady() {
    refreshStale();
    fetchPinnedBodies();
}

void ApprovalService::fetchPinnedBodies() {
    QList<GetResult> details;
    storeQuietly([&] {
        for (const qint64 doc : m_store->pinnedWithoutBody())
            if (auto detail = m_store->document(doc)) details.append(*detail);
    });
    for (const GetResult& detail : details) {
        m_bodies->fetch(detail);
        fetchAttachments(detail);
    }
}

void ApprovalService::refreshStale() {
    QList<qint64> stale;
    storeQuietly([&] { stale = m_store->staleDocuments(); });
    QPointer<ApprovalService> self(this);
    for (const qint64 doc : stale) {
        if (m_refreshing.contains(doc)) continue;
        m_refreshing.insert(doc);
        fetchDocument(doc, [self, doc](const protocol::Response& r) {
            if (!self) return;
            self->m_refreshing.remove(doc);
            if (r.ok) emit self->inboxChanged();
        });
    }
}

} // namespace zt::approval
