#pragma once
#include "FileStorage.h"

namespace zt::store {
class Database;
}

namespace zt::server {

// Files in server.db: one row per chunk as it was uploaded (chunks are at most
// files::kChunkBytes, so a read of one chunk's length touches at most two rows).
class SqliteFiles final : public FileStorage {
public:
    explicit SqliteFiles(store::Database& db)
        : m_db(db) {}

    qint64 createFile(qint64 owner, const files::BeginArgs& args, qint64 nowMs) override;
    std::optional<FileRecord> file(qint64 id) override;
    std::optional<FileRecord> fileByCid(qint64 owner, const QString& cid) override;
    void appendChunk(qint64 id, const QByteArray& data) override;
    QByteArray read(qint64 id, qint64 offset, int length) override;
    QByteArray sha256Of(qint64 id) override;
    void discardChunks(qint64 id) override;
    void markComplete(qint64 id) override;
    void link(qint64 id, qint64 conv) override;
    bool readableThroughConversation(qint64 id, qint64 user) override;
    bool readableThroughDocument(qint64 id, qint64 user) override;
    bool readableThroughDing(qint64 id, qint64 user) override;

private:
    store::Database& m_db;
};

} // namespace zt::server
