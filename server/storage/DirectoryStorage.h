#pragma once
// What the directory handlers need from storage: the organisation tree, people and positions,
// and the search index. Part of the storage interface (see ServerStorage::directory()).
#include "contacts/DirectoryProtocol.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace zt::server {

struct NodeRecord {
    contacts::NodeInfo info;
    QString path; // "/1/12/130/": ids from the root down to and including this node
    bool hidden = false;
};

struct NewPerson {
    QString name;
    QString mobile;
    QString officePhone;
    qint64 userId = 0;
};

struct NewPosition {
    qint64 nodeId = 0;
    QString title;
    contacts::Rank rank = contacts::Rank::None;
    QString line;
    int roles = 0;
};

struct SearchCandidate {
    qint64 personId = 0;
    QString name;
    QStringList paths;   // of the nodes the person holds positions in
    bool byRole = false; // found by title or unit, not by name
};

struct SearchFilter {
    QString match;      // FTS4 expression from contacts::parseQuery
    QString exactName;  // also fetch people with exactly this name (never cut off by the limit)
    QString regionPath; // only positions under this path; empty: anywhere
    QString line;
    contacts::Rank rank = contacts::Rank::None;
    int role = 0;
    QString pinyinPrefix;     // letters only: also looked up as a prefix of full pinyin/initials
    QString roleMatch;        // FTS4 expression over titles and unit names (Chinese words only)
    int candidateLimit = 150; // name matches ranked in memory at most (each costs random reads)
    int wanted = 0;           // offset + limit + 1: title/unit matches only fill up to this
};

// One entry of the directory change log: what changed (its current state is read when a client
// asks) and the paths it touched, before and after, for visibility and for the client's scope.
enum class ChangeKind { Node = 1, Person = 2, PersonRemoved = 3 };

struct DirectoryChange {
    qint64 version = 0;
    ChangeKind kind = ChangeKind::Person;
    qint64 id = 0;
    QStringList paths;
};

class DirectoryStorage {
public:
    virtual ~DirectoryStorage() = default;

    // Loading (seeding and administration). Call inside a transaction.
    virtual qint64 addNode(qint64 parentId, contacts::NodeKind kind, int level, const QString& code,
                           const QString& name, bool hidden = false) = 0;
    // Adds the person with all positions and indexes name, phone and titles for search.
    virtual qint64 addPerson(const NewPerson& person, const QList<NewPosition>& positions) = 0;
    virtual void recountMembers() = 0; // member and child counts, after loading

    virtual std::optional<NodeRecord> node(qint64 id) = 0;
    virtual std::optional<NodeRecord> nodeByCode(const QString& code) = 0;
    virtual QList<NodeRecord> childNodes(qint64 parentId, int offset, int limit) = 0;
    virtual int childNodeCount(qint64 parentId) = 0;
    virtual QList<qint64> peopleIn(qint64 nodeId, int offset, int limit) = 0;
    virtual int peopleCount(qint64 nodeId) = 0;
    // Unmasked, with all positions (unit names filled in).
    virtual std::optional<contacts::PersonInfo> person(qint64 id) = 0;
    virtual std::optional<qint64> personOfUser(qint64 userId) = 0;

    virtual QList<SearchCandidate> searchPeople(const SearchFilter& filter) = 0;
    // No query text: everyone matching line, rank and role within the region, in tree order.
    virtual QList<SearchCandidate> browsePeople(const SearchFilter& filter, int offset,
                                                int limit) = 0;
    virtual QStringList hiddenPaths() = 0;
    // Units and divisions by name; a letters-only query by pinyin prefix (B-tree), else FTS4.
    virtual QList<qint64> searchNodes(const QString& match, const QString& pinyinPrefix,
                                      const QString& regionPath, int limit) = 0;

    // Administration (call inside a transaction). Member counts of the ancestors follow.
    virtual void renameNode(qint64 id, const QString& name) = 0;
    // Moves the person's position in fromNode to toNode; false when they hold none there.
    virtual bool movePosition(qint64 personId, qint64 fromNode, qint64 toNode) = 0;
    virtual void removePerson(qint64 personId) = 0;
    virtual void countArrival(qint64 nodeId, int delta) = 0; // +1 along the path of a new position

    // Change log: every administrative change appends one entry; versions only grow.
    virtual qint64 logChange(ChangeKind kind, qint64 id, const QStringList& paths) = 0;
    virtual QList<DirectoryChange> changesSince(qint64 version, int limit) = 0;
    virtual qint64 directoryVersion() = 0;

    // A subtree in pages, by id: for a client's first copy of its own region.
    virtual QList<NodeRecord> subtreeNodes(const QString& path, qint64 afterId, int limit) = 0;

    virtual qint64 nodeCount() = 0;
    virtual qint64 personCount() = 0;
};

} // namespace zt::server
