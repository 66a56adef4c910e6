#pragma once
// The approval pane's line to the approval service of the signed-in account. The service lives
// on the core thread and is replaced at every sign-in, so it is only ever looked up there: each
// verb is a queued call that finds the current service, and its answers come back as this
// object's signals on the GUI thread (as DirectoryLink does for the contacts pane).
#include "approval/ApprovalService.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace zt::core {
class ClientCore;
}

namespace zt::ui {

class ApprovalLink : public QObject {
    Q_OBJECT
public:
    explicit ApprovalLink(core::ClientCore* core, QObject* parent = nullptr);

    // Connects to the current service on the core thread, then emits attached() here with who
    // is signed in; nothing happens when no account is open.
    void attach(quint64 generation);

    void refreshInbox(approval::View view);
    void open(qint64 doc);
    void fetchBody(qint64 doc);
    void setAvailableOffline(qint64 doc, bool available);
    void act(qint64 doc, approval::ActionKind action, const QString& opinion, qint64 target);
    void approveWithSeal(qint64 doc, const QString& opinion, int page, QPointF topLeft,
                         double width);
    void annotate(qint64 doc, const approval::Annotation& annotation);
    void removeAnnotation(qint64 doc, qint64 annotationId);
    void setSealImage(const QByteArray& png);
    void exportBundle(qint64 doc, const QString& path);
    void saveAttachment(qint64 doc, qint64 fileId, const QString& path);
    void openAttachment(qint64 doc, qint64 fileId);
    // The user's current seal PNG (empty if none) to `found` on `receiver`'s thread.
    void ownSealImage(QObject* receiver, std::function<void(const QByteArray&)> found);
    // Names of users from the local directory copy (the user's region and everyone seen);
    // calls `found` on `receiver`'s thread with those it knows, possibly none, unless
    // `receiver` is gone by then.
    void lookUpNames(const QList<qint64>& userIds, QObject* receiver,
                     std::function<void(const QHash<qint64, QString>&)> found);

signals:
    void attached(quint64 generation, qint64 selfId, const QString& userName,
                  const QString& displayName);
    void inboxLoaded(zt::approval::View view, const zt::approval::ListResult& result,
                     bool fromServer);
    void inboxFailed(zt::approval::View view, const QString& message);
    void inboxChanged();
    void documentLoaded(const zt::approval::DocumentView& view);
    void documentFailed(qint64 doc, const QString& message);
    void bodyProgress(qint64 doc, qint64 received, qint64 total);
    void bodyReady(qint64 doc, const QByteArray& data, bool fromServer);
    void bodyFailed(qint64 doc, const QString& message);
    void offlineChanged(qint64 doc, bool available);
    void actQueued(qint64 doc, const QString& cid);
    void actFailed(qint64 doc, const QString& message);
    void actAccepted(qint64 doc, const QString& cid);
    void conflict(qint64 doc, const QString& reason, const QString& message);
    void annotationQueued(qint64 doc, const QString& cid);
    void annotationFailed(qint64 doc, const QString& message);
    void annotationSettled(qint64 doc, const QString& cid, bool ok, const QString& message);
    void sealImageSet(const QByteArray& hash);
    void sealImageFailed(const QString& message);
    void sealImagePublished(const QByteArray& hash, bool ok, const QString& reason);
    void exportDone(qint64 doc, const QString& path, bool ok, const QString& message);
    void attachmentSaved(qint64 fileId, const QString& path, bool ok, const QString& message);
    void attachmentCopyReady(qint64 fileId, const QString& path);

private:
    core::ClientCore* m_core;
};

} // namespace zt::ui
