#pragma once
// The approval verbs on the client (core thread). Reads answer from the encrypted store first
// (offline too), then from the server, which also refreshes the store. Acts are signed here and
// queued in the outbox (ApprovalActs); approval.updated events make the service fetch the named
// document again. Views call these by queued invocation and listen to the signals.
#include "ApprovalProtocol.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

namespace zt::store {
class Database;
class SecretStore;
} // namespace zt::store
namespace zt::net {
class Connection;
}
namespace zt::sync {
class Outbox;
class SyncEngine;
} // namespace zt::sync

namespace zt::files {
class FileDownloader;
class FileCopies;
} // namespace zt::files

namespace zt::approval {

class ApprovalActs;
class ApprovalKeys;
class MarksQueue;
class ApprovalStore;
class BodyFetcher;

// A seal on a page: placed by a recorded approve act, or by the user's own act still pending.
struct PlacedSeal {
    qint64 actor = 0;
    SealPlacement placement;
    bool pending = false;
};

// A document as the user sees it: the last known server state, the user's own acts not yet
// settled (shown as pending after the history), and the local verdict on every signed action.
// Marks: detail.annotations (the server's), the user's annotations still queued (id 0, cid set)
// and queued removals (hide those ids), the seals placed, and the seal images known here by
// hash (fetched after the document; documentLoaded comes again when they arrive).
struct DocumentView {
    GetResult detail;
    QList<ActArgs> pending;
    QList<Annotation> pendingAnnotations;
    QList<qint64> pendingRemovals;
    QList<PlacedSeal> seals;
    QHash<QByteArray, QByteArray> sealImages; // sealHash → PNG
    QList<crypto::ActionProblem> verdicts;    // one per detail.actions
    bool chainOk = false;
    bool bodyAvailable = false; // the PDF is in the store
    bool availableOffline = false;
    bool fromServer = false;
};

class ApprovalService : public QObject {
    Q_OBJECT
public:
    struct Context {
        store::Database& db;
        net::Connection& connection;
        sync::Outbox& outbox;
        sync::SyncEngine& sync;
        store::SecretStore& secrets;
        QString accountKey; // names the keychain entry of the signing key
        qint64 selfId = 0;
        crypto::SignatureAlgorithm algorithm = crypto::SignatureAlgorithm::Sm2Sm3;
    };

    explicit ApprovalService(const Context& context, QObject* parent = nullptr);
    ~ApprovalService() override;

    Q_INVOKABLE void refreshInbox(zt::approval::View view);
    Q_INVOKABLE void open(qint64 doc);
    Q_INVOKABLE void fetchBody(qint64 doc);
    Q_INVOKABLE void setAvailableOffline(qint64 doc, bool available);
    // target: the step index for Return, the user id for Delegate, otherwise 0.
    Q_INVOKABLE void act(qint64 doc, zt::approval::ActionKind action, const QString& opinion,
                         qint64 target = 0);
    // Approves with the user's current seal at topLeft (normalised page coordinates, origin top
    // left), width a fraction of the page width; the placement is signed with the approval.
    Q_INVOKABLE void approveWithSeal(qint64 doc, const QString& opinion, int page, QPointF topLeft,
                                     double width);
    // Marks (queued in the outbox like acts; shown at once as pending).
    Q_INVOKABLE void annotate(qint64 doc, const zt::approval::Annotation& annotation);
    Q_INVOKABLE void removeAnnotation(qint64 doc, qint64 annotationId);
    Q_INVOKABLE void setSealImage(const QByteArray& png);
    // Writes the bundle at path (".json"), the PDF and the report beside it; answers exportDone.
    Q_INVOKABLE void exportBundle(qint64 doc, const QString& path);
    // Attachments go through the account's file cache (ApprovalServiceFiles.cpp): fetched on
    // demand, and ahead of time for documents kept available offline.
    void setFiles(files::FileDownloader* downloader, files::FileCopies* copies);
    Q_INVOKABLE void saveAttachment(qint64 doc, qint64 fileId, const QString& path);
    Q_INVOKABLE void openAttachment(qint64 doc, qint64 fileId);

    // Synchronous reads of the store, for the core thread.
    std::optional<DocumentView> cachedDocument(qint64 doc);
    std::optional<QByteArray> cachedBody(qint64 doc);
    std::optional<QByteArray> ownSealImage(); // the current seal PNG, if one was set
    ApprovalKeys& keys() { return *m_keys; }

signals:
    void inboxLoaded(zt::approval::View view, const zt::approval::ListResult& result,
                     bool fromServer);
    void inboxFailed(zt::approval::View view, const QString& message);
    void inboxChanged(); // an event changed a document: listed views may differ now
    void documentLoaded(const zt::approval::DocumentView& view);
    void documentFailed(qint64 doc, const QString& message);
    void bodyProgress(qint64 doc, qint64 received, qint64 total);
    void bodyReady(qint64 doc, const QByteArray& data, bool fromServer);
    void bodyFailed(qint64 doc, const QString& message);
    void offlineChanged(qint64 doc, bool available);
    void actQueued(qint64 doc, const QString& cid);
    void actFailed(qint64 doc, const QString& message); // not queued
    void actAccepted(qint64 doc, const QString& cid);
    // A queued act was refused: it was removed and the document fetched again.
    void conflict(qint64 doc, const QString& reason, const QString& message);
    void keyPublishFailed(const QString& message);
    void annotationQueued(qint64 doc, const QString& cid);
    void annotationFailed(qint64 doc, const QString& message); // not queued
    // The server answered a queued annotate (the document was fetched again first).
    void annotationSettled(qint64 doc, const QString& cid, bool ok, const QString& message);
    void sealImageSet(const QByteArray& hash);
    void sealImageFailed(const QString& message);
    void sealImagePublished(const QByteArray& hash, bool ok, const QString& reason);
    void exportDone(qint64 doc, const QString& path, bool ok, const QString& message);
    void attachmentSaved(qint64 fileId, const QString& path, bool ok, const QString& message);
    void attachmentCopyReady(qint64 fileId, const QString& path);

private:
    using Done = std::function<void(const protocol::Response&)>;
    void fetchDocument(qint64 doc, Done done = {});
    void onDocument(qint64 doc, const protocol::Response& response);
    void onActSettled(qint64 doc, const QString& cid, bool ok, const QString& code,
                      const QString& reason);
    void onBodyFetched(qint64 doc, const QByteArray& data);
    void onReady();
    void refreshStale();
    void fetchPinnedBodies(); // pinned while offline: fetch once connected
    void emitCached(qint64 doc);
    DocumentView viewOf(const GetResult& detail, bool fromServer);
    bool storeQuietly(const std::function<void()>& work);
    void addMarks(DocumentView& view);
    void fetchSealImages(const GetResult& detail);
    void fetchAttachments(const GetResult& detail);
    std::optional<files::FileMeta> attachment(qint64 doc, qint64 fileId);
    void onMarkSettled(qint64 doc, const QString& cid, bool ok, const QString& code,
                       const QString& reason);

    store::Database& m_db;
    net::Connection& m_connection;
    std::unique_ptr<ApprovalStore> m_store;
    ApprovalKeys* m_keys;  // child
    ApprovalActs* m_acts;  // child
    BodyFetcher* m_bodies; // child
    MarksQueue* m_marks;   // child
    qint64 m_selfId = 0;
    QSet<qint64> m_refreshing; // stale documents being fetched
    files::FileDownloader* m_fileDownloader = nullptr;
    files::FileCopies* m_fileCopies = nullptr;
    QSet<qint64> m_attachmentRequests; // file ids this service asked FileCopies for
};

} // namespace zt::approval

Q_DECLARE_METATYPE(zt::approval::View)
Q_DECLARE_METATYPE(zt::approval::ActionKind)
Q_DECLARE_METATYPE(zt::approval::ListResult)
Q_DECLARE_METATYPE(zt::approval::DocumentView)
Q_DECLARE_METATYPE(zt::approval::Annotation)
