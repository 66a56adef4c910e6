#pragma once
// The marks part of the client's approval store (client schema tables of clientSchemaV8):
// annotation writes queued offline, seal images by (user, hash), and the user's own seals.
// Plain SQL on the caller's thread; every method may throw store::DbError. The server's
// annotations arrive inside the document detail (GetResult::annotations, ApprovalStore).
#include "ApprovalMarks.h"

#include <QList>
#include <optional>

namespace zt::store {
class Database;
}

namespace zt::approval {

struct OwnSeal {
    QByteArray hash;
    QByteArray png;
    int published = 0; // 0 not yet, 1 queued, 2 accepted
};

class MarksStore {
public:
    explicit MarksStore(store::Database& db)
        : m_db(db) {}

    // Pending annotate writes carry their outbox cid (args.cid), oldest first.
    void addPending(const AnnotateArgs& args);
    QList<AnnotateArgs> pending(qint64 doc);
    std::optional<qint64> removePending(const QString& cid); // the document it belonged to

    void storeSealImage(qint64 user, const QByteArray& hash, const QByteArray& png);
    std::optional<QByteArray> sealImage(qint64 user, const QByteArray& hash);

    // The current own seal is the newest one set; its image is in the seal images.
    void addOwnSeal(qint64 self, const QByteArray& hash, const QByteArray& png, int published);
    std::optional<OwnSeal> ownSeal(qint64 self);
    void setOwnSealPublished(const QByteArray& hash, int published);

private:
    store::Database& m_db;
};

} // namespace zt::approval
