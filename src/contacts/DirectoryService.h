#pragma once
// The directory verbs on the client (core thread): every answer comes first from the local cache
// (at once, offline too) and then, when online, from the server, which also refreshes the cache.
#include "DirectoryProtocol.h"

#include <QObject>
#include <memory>

namespace zt::store {
class Database;
}
namespace zt::net {
class Connection;
}

namespace zt::contacts {

class DirectoryCache;

class DirectoryService : public QObject {
    Q_OBJECT
public:
    DirectoryService(store::Database& db, net::Connection& connection, QObject* parent = nullptr);
    ~DirectoryService() override;

    Q_INVOKABLE void loadChildren(qint64 node, int offset, int limit);
    // serial lets the caller drop answers to queries it has since replaced (typing goes on).
    Q_INVOKABLE void search(quint64 serial, const zt::contacts::SearchArgs& args);
    Q_INVOKABLE void loadPerson(qint64 id);
    Q_INVOKABLE void setStarred(qint64 personId, bool starred);
    Q_INVOKABLE void markContacted(qint64 personId); // feeds "recent contacts"
    Q_INVOKABLE void loadStarred();
    Q_INVOKABLE void loadRecent();
    DirectoryCache& cache() { return *m_cache; }

signals:
    void childrenLoaded(qint64 node, int offset, const zt::contacts::ChildrenResult& page,
                        bool fromServer);
    void childrenFailed(qint64 node, int offset, const QString& message);
    void searchResults(quint64 serial, const zt::contacts::SearchResult& result, bool fromServer);
    void personLoaded(const zt::contacts::PersonInfo& person, bool starred, bool fromServer);
    void starredLoaded(const QList<zt::contacts::PersonInfo>& people);
    void recentLoaded(const QList<zt::contacts::PersonInfo>& people);

private:
    void storeQuietly(const std::function<void()>& write);
    store::Database& m_db;
    net::Connection& m_connection;
    std::unique_ptr<DirectoryCache> m_cache;
};

} // namespace zt::contacts

Q_DECLARE_METATYPE(zt::contacts::ChildrenResult)
Q_DECLARE_METATYPE(zt::contacts::SearchResult)
Q_DECLARE_METATYPE(zt::contacts::PersonInfo)
Q_DECLARE_METATYPE(zt::contacts::SearchArgs)
