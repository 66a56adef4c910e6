#pragma once
// Applies the user's event stream to the store: paged catch-up after (re)connecting, live pushes
// in between, and repair of any gap in the sequence. Each page commits in one transaction together
// with the new last sequence, so a crash can never skip or double-apply an event.
#include "protocol/Frame.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace zt::store {
class Database;
}
namespace zt::net {
class Connection;
}

namespace zt::sync {

using EventApplier = std::function<void(store::Database&, const protocol::Event&)>;
// Runs once per applied batch: inside its transaction after the last applier (committed true),
// or after a rollback (committed false) to drop whatever the appliers held back.
using BatchFinisher = std::function<void(store::Database&, bool committed)>;

class SyncEngine : public QObject {
    Q_OBJECT
public:
    SyncEngine(store::Database& db, net::Connection& connection, QObject* parent = nullptr);

    void registerApplier(const QString& kind, EventApplier applier);
    void registerFinisher(BatchFinisher finisher);
    void start(); // begin catch-up (call once the connection is Ready and the store open)
    qint64 lastSeq() const { return m_lastSeq; }
    bool isCatchingUp() const { return m_catchingUp; }

signals:
    void catchingUpChanged(bool catchingUp);
    void applied(const QStringList& kinds); // what changed, for models to refresh

private:
    void fetchPage();
    void onPage(const protocol::Response& response);
    void onEvent(const protocol::Event& event);
    bool applyBatch(const QList<protocol::Event>& events); // false on a gap
    void setCatchingUp(bool value);
    qint64 loadLastSeq();

    store::Database& m_db;
    net::Connection& m_connection;
    QHash<QString, EventApplier> m_appliers;
    QList<BatchFinisher> m_finishers;
    qint64 m_lastSeq = 0;
    bool m_catchingUp = false;
    bool m_gapSeen = false; // live events arrived past a gap during catch-up
};

} // namespace zt::sync
