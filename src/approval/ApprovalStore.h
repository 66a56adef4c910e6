#pragma once
// The approval part of the client's encrypted store: documents (wire summaries and full
// details), the last listing of each inbox view, verified PDF bodies, the user's own acts that
// are signed but not yet settled, and which documents an event marked as changed. Plain SQL on
// the caller's thread; every method may throw store::DbError.
#include "ApprovalProtocol.h"

#include <QList>
#include <optional>

namespace zt::store {
class Database;
}

namespace zt::approval {

class ApprovalStore {
public:
    explicit ApprovalStore(store::Database& db)
        : m_db(db) {}

    // Inbox: replaces the view's listing and refreshes the summaries it names.
    void storeList(View view, const ListResult& result);
    std::optional<ListResult> inbox(View view); // nullopt: never listed on this computer

    void storeSummary(const Summary& summary);
    void storeDocument(const GetResult& detail); // also clears an older stale mark
    std::optional<GetResult> document(qint64 doc);
    bool isKnown(qint64 doc);

    void markStale(qint64 doc, qint64 version); // from the approval.updated applier
    QList<qint64> staleDocuments();
    void clearStale(qint64 doc);

    void storeBody(qint64 doc, const QByteArray& data);
    std::optional<QByteArray> body(qint64 doc);
    bool hasBody(qint64 doc);
    void dropBody(qint64 doc);
    void setOffline(qint64 doc, bool offline);
    bool isOffline(qint64 doc);
    QList<qint64> pinnedWithoutBody(); // kept offline, body not fetched yet

    // Pending acts carry their outbox cid (args.cid), oldest first.
    void addPending(const ActArgs& args);
    QList<ActArgs> pending(qint64 doc);
    std::optional<qint64> removePending(const QString& cid); // the document it belonged to

private:
    QJsonObject inboxInfo();
    store::Database& m_db;
};

} // namespace zt::approval
