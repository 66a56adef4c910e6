#pragma once
#include "DirectoryStorage.h"

#include <QSet>

namespace zt::store {
class Database;
}

namespace zt::server {

class SqliteDirectory final : public DirectoryStorage {
public:
    explicit SqliteDirectory(store::Database& db)
        : m_db(db) {}

    qint64 addNode(qint64 parentId, contacts::NodeKind kind, int level, const QString& code,
                   const QString& name, bool hidden) override;
    qint64 addPerson(const NewPerson& person, const QList<NewPosition>& positions) override;
    void recountMembers() override;
    std::optional<NodeRecord> node(qint64 id) override;
    std::optional<NodeRecord> nodeByCode(const QString& code) override;
    QList<NodeRecord> childNodes(qint64 parentId, int offset, int limit) override;
    int childNodeCount(qint64 parentId) override;
    QList<qint64> peopleIn(qint64 nodeId, int offset, int limit) override;
    int peopleCount(qint64 nodeId) override;
    std::optional<contacts::PersonInfo> person(qint64 id) override;
    std::optional<qint64> personOfUser(qint64 userId) override;
    QList<SearchCandidate> searchPeople(const SearchFilter& filter) override;
    QList<SearchCandidate> browsePeople(const SearchFilter& filter, int offset, int limit) override;
    QStringList hiddenPaths() override;
    QList<qint64> searchNodes(const QString& match, const QString& pinyinPrefix,
                              const QString& regionPath, int limit) override;
    void renameNode(qint64 id, const QString& name) override;
    bool movePosition(qint64 personId, qint64 fromNode, qint64 toNode) override;
    void removePerson(qint64 personId) override;
    void countArrival(qint64 nodeId, int delta) override;
    qint64 logChange(ChangeKind kind, qint64 id, const QStringList& paths) override;
    QList<DirectoryChange> changesSince(qint64 version, int limit) override;
    qint64 directoryVersion() override;
    QList<NodeRecord> subtreeNodes(const QString& path, qint64 afterId, int limit) override;
    qint64 nodeCount() override;
    qint64 personCount() override;

private:
    qint64 scalar(const QString& sql, qint64 bind = 0);
    void addToMembers(const QString& path, int delta);
    QSet<qint64> memberOf(qint64 personId);
    void reindexRoles(qint64 personId);
    QList<qint64> nodesByPinyin(const QString& prefix, const QString& regionPath, int limit);
    store::Database& m_db;
};

} // namespace zt::server
