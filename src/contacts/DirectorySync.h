#pragma once
// Keeps the local directory in step with the server: the first time, a copy of the user's own
// region (county) page by page; then only the changes since the stored version, whenever the
// connection is ready and whenever the server announces a change. Core thread.
#include "DirectorySyncProtocol.h"

#include <QObject>
#include <QSet>

namespace zt::store {
class Database;
}
namespace zt::net {
class Connection;
}
namespace zt::protocol {
struct Event;
}

namespace zt::contacts {

class DirectoryCache;

class DirectorySync : public QObject {
    Q_OBJECT
public:
    DirectorySync(store::Database& db, DirectoryCache& cache, net::Connection& connection,
                  QObject* parent = nullptr);
    qint64 version(); // -1 before the first copy is complete

signals:
    // After a commit: listings of these nodes and these people changed (for open views).
    void changed(const QList<qint64>& listings, const QList<qint64>& people);
    void regionCopied(int nodes, int people);
    void upToDate(qint64 version);

private:
    void start();
    void onEvent(const protocol::Event& event);
    void requestSnapshot(qint64 after);
    void onSnapshotPage(const SnapshotResult& page, bool first);
    void finishSnapshot();
    void requestChanges();
    void onChanges(const ChangesResult& result);
    void applyChange(const ChangeEntry& change, qint64 region, QSet<qint64>& listings);
    void settleListing(qint64 node, qint64 region);
    qint64 kvInt(const QString& key, qint64 fallback);
    void setKvInt(const QString& key, qint64 value);

    store::Database& m_db;
    DirectoryCache& m_cache;
    net::Connection& m_connection;
    bool m_busy = false;
    bool m_again = false; // a notice came while a pull was in flight
    qint64 m_snapshotVersion = 0;
    qint64 m_region = 0;
    QSet<qint64> m_snapshotNodes;
    int m_snapshotPeople = 0;
};

} // namespace zt::contacts
