#pragma once
// The directory verbs on the client (core thread): every answer comes first from the local cache
// (at once, offline too) and then, when online, from the server, which also refreshes the cache.
#include "DirectoryProtocol.h"
#include "DirectorySyncProtocol.h"

#include <QObject>
#include <memory>

namespace zt::store {
class Database;
}
namespace zt::net {
class Connection;
}
namespace zt::sync {
class Outbox;
}

namespace zt::contacts {

class DirectoryCache;
class DirectorySync;

class DirectoryService : public QObject {
    Q_OBJECT
public:
    // syncRegion: keep a copy of the user's own region and follow changes (DirectorySync).
    DirectoryService(store::Database& db, net::Connection& connection, sync::Outbox& outbox,
                     bool syncRegion, QObject* parent = nullptr);
    ~DirectoryService() override;

    Q_INVOKABLE void loadChildren(qint64 node, int offset, int limit);
    // serial lets the caller drop answers to queries it has since replaced (typing goes on).
    Q_INVOKABLE void search(quint64 serial, const zt::contacts::SearchArgs& args);
    Q_INVOKABLE void loadPerson(qint64 id);
    // The people behind account ids (chat members, DING recipients): the cache answers first,
    // the server fills in the rest (usersResolved may come twice).
    Q_INVOKABLE void resolveUsers(const QList<qint64>& userIds);
    Q_INVOKABLE void setStarred(qint64 personId, bool starred);
    Q_INVOKABLE void markContacted(qint64 personId); // feeds "recent contacts"
    // The ids from the root down to node, for revealing it in the tree: cache, else server.
    Q_INVOKABLE void resolvePath(qint64 node);
    // The path of the unit of the user's first position ("my unit"); empty when unknown.
    Q_INVOKABLE void findMyUnit(qint64 userId);
    Q_INVOKABLE void loadStarred();
    Q_INVOKABLE void loadRecent();
    // Directory administration (dir.admin.* op) through the outbox: survives restarts.
    Q_INVOKABLE void administer(const QString& op, const zt::contacts::AdminArgs& args);
    DirectoryCache& cache() { return *m_cache; }
    DirectorySync* sync() { return m_sync; } // null when not syncing

signals:
    void childrenLoaded(qint64 node, int offset, const zt::contacts::ChildrenResult& page,
                        bool fromServer);
    void childrenFailed(qint64 node, int offset, const QString& message);
    void searchResults(quint64 serial, const zt::contacts::SearchResult& result, bool fromServer);
    void personLoaded(const zt::contacts::PersonInfo& person, bool starred, bool fromServer);
    void usersResolved(const QList<zt::contacts::PersonInfo>& people);
    void starredLoaded(const QList<zt::contacts::PersonInfo>& people);
    void recentLoaded(const QList<zt::contacts::PersonInfo>& people);
    void frequentLoaded(const QList<zt::contacts::PersonInfo>& people);
    void administrationFailed(const QString& message); // nothing was queued
    void pathResolved(qint64 node, const QList<qint64>& ids);
    // Delta sync changed these listings and people (open views reload them).
    void directoryChanged(const QList<qint64>& listings, const QList<qint64>& people);

private:
    void storeQuietly(const std::function<void()>& write);
    store::Database& m_db;
    net::Connection& m_connection;
    sync::Outbox& m_outbox;
    std::unique_ptr<DirectoryCache> m_cache;
    DirectorySync* m_sync = nullptr; // child QObject
};

} // namespace zt::contacts

Q_DECLARE_METATYPE(zt::contacts::ChildrenResult)
Q_DECLARE_METATYPE(zt::contacts::SearchResult)
Q_DECLARE_METATYPE(zt::contacts::PersonInfo)
Q_DECLARE_METATYPE(zt::contacts::SearchArgs)
Q_DECLARE_METATYPE(zt::contacts::AdminArgs)
