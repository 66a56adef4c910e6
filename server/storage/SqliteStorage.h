#pragma once
#include "ServerStorage.h"
#include "SqliteApproval.h"
#include "SqliteChat.h"
#include "SqliteDirectory.h"
#include "SqliteFiles.h"
#include "store/Database.h"

#include <memory>

namespace zt::server {

class SqliteStorage final : public ServerStorage {
public:
    // Opens or creates <dir>/server.db in WAL mode; returns nullptr with a message on failure.
    static std::unique_ptr<SqliteStorage> open(const QString& dir, QString* error);

    void transaction(const std::function<void()>& fn) override;
    qint64 createUser(const QString& name, const QString& displayName,
                      const QString& passwordHash) override;
    std::optional<UserRecord> userByName(const QString& name) override;
    std::optional<UserRecord> userById(qint64 id) override;
    qint64 userCount() override;
    void createSession(const QByteArray& tokenHash, qint64 userId, qint64 expiresAtMs,
                       const QString& device) override;
    std::optional<SessionRecord> session(const QByteArray& tokenHash) override;
    void revokeSession(const QByteArray& tokenHash) override;
    void revokeAllSessions(qint64 userId) override;
    protocol::Event appendEvent(qint64 userId, const QString& kind,
                                const QJsonObject& data) override;
    QList<protocol::Event> eventsAfter(qint64 userId, qint64 after, int limit) override;
    qint64 headSeq(qint64 userId) override;
    std::optional<QJsonObject> appliedWrite(qint64 userId, const QString& cid) override;
    void recordWrite(qint64 userId, const QString& cid, const QJsonObject& result) override;
    qint64 insertDirectMessage(qint64 from, qint64 to, const QString& cid, const QString& text,
                               qint64 timeMs) override;
    DirectoryStorage& directory() override { return m_directory; }
    ApprovalStorage& approval() override { return m_approval; }
    ChatStorage& chat() override { return m_chat; }
    FileStorage& files() override { return m_files; }

private:
    explicit SqliteStorage(std::unique_ptr<store::Database> db)
        : m_db(std::move(db))
        , m_directory(*m_db)
        , m_approval(*m_db)
        , m_chat(*m_db)
        , m_files(*m_db) {}
    std::unique_ptr<store::Database> m_db;
    SqliteDirectory m_directory;
    SqliteApproval m_approval;
    SqliteChat m_chat;
    SqliteFiles m_files;
};

} // namespace zt::server
