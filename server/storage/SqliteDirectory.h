#pragma once
#include "DirectoryStorage.h"

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
    QStringList hiddenPaths() override;
    QList<qint64> searchNodes(const QString& match, const QString& regionPath, int limit) override;
    qint64 nodeCount() override;
    qint64 personCount() override;

private:
    qint64 scalar(const QString& sql, qint64 bind = 0);
    store::Database& m_db;
};

} // namespace zt::server
