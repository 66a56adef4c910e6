#include "ApprovalLink.h"
#include "ApprovalLog.h"
#include "contacts/DirectoryCache.h"
#include "contacts/DirectoryService.h"
#include "core/ClientCore.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <exception>

namespace zt::ui {

using approval::ApprovalService;

namespace {

// Runs `verb` on the core thread with the service of the account open there, if any.
template <typename Verb> void onService(core::ClientCore* core, Verb verb) {
    QMetaObject::invokeMethod(core, [core, verb] {
        if (ApprovalService* service = core->approval()) verb(service);
    });
}

} // namespace

ApprovalLink::ApprovalLink(core::ClientCore* core, QObject* parent)
    : QObject(parent)
    , m_core(core) {
    qRegisterMetaType<approval::View>();
    qRegisterMetaType<approval::ListResult>();
    qRegisterMetaType<approval::DocumentView>();
}

void ApprovalLink::attach(quint64 generation) {
    const core::ClientCore* core = m_core;
    onService(m_core, [link = this, core, generation](ApprovalService* s) {
        constexpr auto unique = Qt::UniqueConnection;
        connect(s, &ApprovalService::inboxLoaded, link, &ApprovalLink::inboxLoaded, unique);
        connect(s, &ApprovalService::inboxFailed, link, &ApprovalLink::inboxFailed, unique);
        connect(s, &ApprovalService::inboxChanged, link, &ApprovalLink::inboxChanged, unique);
        connect(s, &ApprovalService::documentLoaded, link, &ApprovalLink::documentLoaded, unique);
        connect(s, &ApprovalService::documentFailed, link, &ApprovalLink::documentFailed, unique);
        connect(s, &ApprovalService::bodyProgress, link, &ApprovalLink::bodyProgress, unique);
        connect(s, &ApprovalService::bodyReady, link, &ApprovalLink::bodyReady, unique);
        connect(s, &ApprovalService::bodyFailed, link, &ApprovalLink::bodyFailed, unique);
        connect(s, &ApprovalService::offlineChanged, link, &ApprovalLink::offlineChanged, unique);
        connect(s, &ApprovalService::actQueued, link, &ApprovalLink::actQueued, unique);
        connect(s, &ApprovalService::actFailed, link, &ApprovalLink::actFailed, unique);
        connect(s, &ApprovalService::actAccepted, link, &ApprovalLink::actAccepted, unique);
        connect(s, &ApprovalService::conflict, link, &ApprovalLink::conflict, unique);
        connect(s, &ApprovalService::annotationQueued, link, &ApprovalLink::annotationQueued,
                unique);
        connect(s, &ApprovalService::annotationFailed, link, &ApprovalLink::annotationFailed,
                unique);
        connect(s, &ApprovalService::annotationSettled, link, &ApprovalLink::annotationSettled,
                unique);
        connect(s, &ApprovalService::sealImageSet, link, &ApprovalLink::sealImageSet, unique);
        connect(s, &ApprovalService::sealImageFailed, link, &ApprovalLink::sealImageFailed, unique);
        connect(s, &ApprovalService::sealImagePublished, link, &ApprovalLink::sealImagePublished,
                unique);
        connect(s, &ApprovalService::exportDone, link, &ApprovalLink::exportDone, unique);
        connect(s, &ApprovalService::attachmentSaved, link, &ApprovalLink::attachmentSaved, unique);
        connect(s, &ApprovalService::attachmentCopyReady, link, &ApprovalLink::attachmentCopyReady,
                unique);
        QMetaObject::invokeMethod(
            link,
            [link, generation, account = core->account()] {
                emit link->attached(generation, account.userId, account.userName,
                                    account.displayName);
            },
            Qt::QueuedConnection);
    });
}

void ApprovalLink::refreshInbox(approval::View view) {
    onService(m_core, [view](ApprovalService* s) { s->refreshInbox(view); });
}

void ApprovalLink::open(qint64 doc) {
    onService(m_core, [doc](ApprovalService* s) { s->open(doc); });
}

void ApprovalLink::fetchBody(qint64 doc) {
    onService(m_core, [doc](ApprovalService* s) { s->fetchBody(doc); });
}

void ApprovalLink::setAvailableOffline(qint64 doc, bool available) {
    onService(m_core,
              [doc, available](ApprovalService* s) { s->setAvailableOffline(doc, available); });
}

void ApprovalLink::act(qint64 doc, approval::ActionKind action, const QString& opinion,
                       qint64 target) {
    onService(m_core, [doc, action, opinion, target](ApprovalService* s) {
        s->act(doc, action, opinion, target);
    });
}

void ApprovalLink::approveWithSeal(qint64 doc, const QString& opinion, int page, QPointF topLeft,
                                   double width) {
    onService(m_core, [doc, opinion, page, topLeft, width](ApprovalService* s) {
        s->approveWithSeal(doc, opinion, page, topLeft, width);
    });
}

void ApprovalLink::annotate(qint64 doc, const approval::Annotation& annotation) {
    onService(m_core, [doc, annotation](ApprovalService* s) { s->annotate(doc, annotation); });
}

void ApprovalLink::removeAnnotation(qint64 doc, qint64 annotationId) {
    onService(m_core,
              [doc, annotationId](ApprovalService* s) { s->removeAnnotation(doc, annotationId); });
}

void ApprovalLink::setSealImage(const QByteArray& png) {
    onService(m_core, [png](ApprovalService* s) { s->setSealImage(png); });
}

void ApprovalLink::saveAttachment(qint64 doc, qint64 fileId, const QString& path) {
    onService(m_core,
              [doc, fileId, path](ApprovalService* s) { s->saveAttachment(doc, fileId, path); });
}

void ApprovalLink::openAttachment(qint64 doc, qint64 fileId) {
    onService(m_core, [doc, fileId](ApprovalService* s) { s->openAttachment(doc, fileId); });
}

void ApprovalLink::exportBundle(qint64 doc, const QString& path) {
    onService(m_core, [doc, path](ApprovalService* s) { s->exportBundle(doc, path); });
}

void ApprovalLink::ownSealImage(QObject* receiver, std::function<void(const QByteArray&)> found) {
    onService(m_core, [target = QPointer(receiver), found = std::move(found)](ApprovalService* s) {
        const QByteArray png = s->ownSealImage().value_or(QByteArray());
        if (target)
            QMetaObject::invokeMethod(
                target,
                [target, found, png] {
                    if (target) found(png);
                },
                Qt::QueuedConnection);
    });
}

namespace {

// Hands names to `found` on the receiver's thread, unless the receiver is gone.
void deliver(const QPointer<QObject>& target,
             const std::function<void(const QHash<qint64, QString>&)>& found,
             const QHash<qint64, QString>& names) {
    if (!target) return;
    QMetaObject::invokeMethod(
        target,
        [target, found, names] {
            if (target) found(names);
        },
        Qt::QueuedConnection);
}

// People outside the local directory copy (another region, not seen yet): the server's dir.users
// answers through DirectoryService::usersResolved; listened to until all came or 30 s passed.
void resolveRemotely(contacts::DirectoryService* directory, const QSet<qint64>& missing,
                     const QPointer<QObject>& target,
                     const std::function<void(const QHash<qint64, QString>&)>& found) {
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto waiting = std::make_shared<QSet<qint64>>(missing);
    *connection = QObject::connect(
        directory, &contacts::DirectoryService::usersResolved, directory,
        [connection, waiting, target, found](const QList<contacts::PersonInfo>& people) {
            QHash<qint64, QString> names;
            for (const contacts::PersonInfo& p : people)
                if (waiting->remove(p.userId)) names.insert(p.userId, p.name);
            if (!names.isEmpty()) deliver(target, found, names);
            if (waiting->isEmpty()) QObject::disconnect(*connection);
        });
    QTimer::singleShot(30'000, directory, [connection] { QObject::disconnect(*connection); });
    directory->resolveUsers(QList<qint64>(missing.cbegin(), missing.cend()));
}

} // namespace

void ApprovalLink::lookUpNames(const QList<qint64>& userIds, QObject* receiver,
                               std::function<void(const QHash<qint64, QString>&)> found) {
    QMetaObject::invokeMethod(
        m_core, [core = m_core, userIds, target = QPointer(receiver), found = std::move(found)] {
            contacts::DirectoryService* directory = core->directory();
            if (!directory) return;
            QHash<qint64, QString> names;
            QSet<qint64> missing;
            try {
                for (const qint64 id : userIds) {
                    if (const auto person = directory->cache().personOfUser(id))
                        names.insert(id, person->name);
                    else
                        missing.insert(id);
                }
            } catch (const std::exception& e) { // a cache read: ids are shown instead
                qCWarning(lcApprovalUi) << "names not looked up:" << e.what();
            }
            deliver(target, found, names);
            if (!missing.isEmpty()) resolveRemotely(directory, missing, target, found);
        });
}

} // namespace zt::ui
