#pragma once
// Marks written from this computer: annotations (add, remove own) and the user's seal image.
// Like acts, each is an outbox row queued in the same transaction as its optimistic local copy
// (a pending annotation, the own seal marked "queued"), so it works with no network and is sent
// once. A refused write is removed with its pending copy in the outbox's settle transaction and
// reported through settled(); it never lingers for Outbox::retryFailed().
#include "MarksStore.h"

#include <QHash>
#include <QObject>

namespace zt::store {
class Database;
}
namespace zt::sync {
class Outbox;
}

namespace zt::approval {

class MarksQueue : public QObject {
    Q_OBJECT
public:
    MarksQueue(store::Database& db, sync::Outbox& outbox, qint64 selfId, QObject* parent = nullptr);

    void annotate(qint64 doc, const Annotation& annotation);
    void removeAnnotation(qint64 doc, qint64 annotationId);
    // Checks the PNG (isAcceptableSealPng), keeps it as the current seal, queues its publication.
    void setSealImage(const QByteArray& png);
    std::optional<OwnSeal> ownSeal();

signals:
    void queued(qint64 doc, const QString& cid);
    void failed(qint64 doc, const QString& message); // nothing was queued
    void settled(qint64 doc, const QString& cid, bool ok, const QString& code,
                 const QString& reason);
    void sealSet(const QByteArray& hash); // kept and queued
    void sealFailed(const QString& message);
    void sealSettled(const QByteArray& hash, bool ok, const QString& message);

private:
    struct Outcome {
        qint64 doc = 0;
        bool ok = false;
        QString code;
        QString reason;
        bool seal = false;
        QByteArray hash;
    };
    void queue(qint64 doc, AnnotateArgs args);
    void onOutboxSettled(const QString& cid);

    store::Database& m_db;
    sync::Outbox& m_outbox;
    qint64 m_selfId;
    QHash<QString, Outcome> m_outcomes; // filled in the settle transaction, emitted after it
};

} // namespace zt::approval
