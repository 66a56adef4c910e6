#pragma once
// Every write the user makes is first a row here, committed in the same transaction as its
// optimistic local effect; then it is sent, in order, and retried until the server answers.
// The server applies each cid at most once, so resending after a crash is always safe.
#include "protocol/Frame.h"

#include <QObject>
#include <functional>

class QTimer;

namespace zt::store {
class Database;
}
namespace zt::net {
class Connection;
}

namespace zt::sync {

struct OutboxItem {
    qint64 id = 0;
    QString cid;
    QString op;
    QJsonObject args;
    int attempts = 0;
};

class Outbox : public QObject {
    Q_OBJECT
public:
    // Runs inside a transaction when the server accepted (ok) or finally refused the write.
    using Settle =
        std::function<void(store::Database&, const OutboxItem&, const protocol::Response&)>;

    Outbox(store::Database& db, net::Connection& connection, QObject* parent = nullptr);

    // Call inside the caller's transaction. Adds "cid" to args and returns it.
    static QString enqueue(store::Database& db, const QString& op, QJsonObject args);
    static QString newCid();
    // A refused write back to pending with its cid, for a user's retry (inside a transaction);
    // the row is written afresh if it is gone. The server applies a cid once, so this is safe.
    static void requeue(store::Database& db, const QString& cid, const QString& op,
                        QJsonObject args);

    void registerSettle(const QString& op, Settle settle);
    void kick();           // send the next item if connected and idle
    void notifyEnqueued(); // after the caller's transaction committed new rows
    int pendingCount();
    int failedCount();
    void retryFailed(); // move refused items back to pending (after the user fixed the cause)

signals:
    void countsChanged(int pending, int failed);
    void settled(const QString& cid, bool ok, const QString& errorCode);

private:
    std::optional<OutboxItem> nextPending();
    void onAnswer(const OutboxItem& item, const protocol::Response& response);
    void settle(const OutboxItem& item, const protocol::Response& response);
    void emitCounts();

    store::Database& m_db;
    net::Connection& m_connection;
    QHash<QString, Settle> m_settlers;
    QTimer* m_retryTimer;
    bool m_inFlight = false;
    int m_retryDelayMs = 500;
};

} // namespace zt::sync
