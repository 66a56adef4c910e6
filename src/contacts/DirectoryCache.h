#pragma once
// The client's local copy of the directory in its encrypted store: what the user browsed,
// found, starred or contacted. Answers at once and offline; the server refreshes it.
#include "DirectoryProtocol.h"

#include <optional>

namespace zt::store {
class Database;
}

namespace zt::contacts {

class DirectoryCache {
public:
    explicit DirectoryCache(store::Database& db)
        : m_db(db) {}

    // A page of a node's listing as the server gave it (offset over nodes, then people).
    void storeChildren(qint64 parent, int offset, const ChildrenResult& page);
    // nullopt when this page was never listed.
    std::optional<ChildrenResult> children(qint64 parent, int offset, int limit);

    void storePeople(const QList<PersonInfo>& people);
    void storeNodes(const QList<NodeInfo>& nodes);
    void removePerson(qint64 id);

    // Listings kept by delta sync: inside the synced region the cache holds every child, so a
    // listing can be rebuilt from it; elsewhere a changed listing is dropped and fetched again.
    bool hasListing(qint64 parent);
    void dropListing(qint64 parent);
    void rebuildListing(qint64 parent);
    bool isInside(qint64 node, qint64 ancestor);
    std::optional<PersonInfo> person(qint64 id);
    std::optional<PersonInfo> personOfUser(qint64 userId);
    QList<NodeInfo> pathTo(qint64 id); // root … id, as far as the cache knows the ancestors
    SearchResult search(const QString& query, int limit);

    void setStarred(qint64 personId, bool starred);
    bool isStarred(qint64 personId);
    QList<PersonInfo> starred();
    void touchRecent(qint64 personId);
    QList<PersonInfo> recent(int limit);
    QList<PersonInfo> frequent(int limit); // most used first
    qint64 personCount();

private:
    void storeNode(const NodeInfo& node);
    void storePositions(const PersonInfo& person);
    std::optional<NodeInfo> node(qint64 id);
    QList<PersonInfo> peopleBy(const QString& sql, int limit);
    store::Database& m_db;
};

} // namespace zt::contacts
