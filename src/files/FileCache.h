#pragma once
// The encrypted file cache: entries (files sent or received) and their bytes in blocks of at
// most kChunkBytes inside the SQLCipher store. Call from the core thread; every method is one
// short statement or a caller-owned transaction, except import and export, which stream.
#include "FileProtocol.h"

#include <QString>
#include <optional>

namespace zt::store {
class Database;
}

namespace zt::files {

// The write that waits for an upload: queued in the outbox (cid = the upload's) with the file's
// id put into args[key], in the transaction that records the upload's end.
struct FollowUp {
    QString op;
    QJsonObject args;
    QString key;
};

struct CacheEntry {
    enum class State { Uploading = 0, Ready = 1, Downloading = 2, Failed = 3 };
    qint64 id = 0; // local
    FileMeta meta; // meta.id: the server's id, 0 until an upload began
    QString cid;   // uploads: the message's cid, also the upload's
    qint64 stored = 0;
    qint64 sent = 0;
    State state = State::Downloading;
    QString error;
    qint64 conv = 0;
};

class FileCache {
public:
    explicit FileCache(store::Database& db)
        : m_db(db) {}

    // Copies a local file into the cache as a new upload (hashing it on the way). Opens its own
    // transaction; nullopt with *error set when the file cannot be read or is too large.
    std::optional<CacheEntry> importUpload(const QString& path, const QString& cid, qint64 conv,
                                           const QString& mime, const QByteArray& thumb,
                                           const FollowUp& then, QString* error);
    std::optional<FollowUp> followUp(qint64 localId);
    std::optional<CacheEntry> entry(qint64 localId);
    std::optional<CacheEntry> byCid(const QString& cid);
    std::optional<CacheEntry> byFileId(qint64 fileId);
    QList<CacheEntry> inState(CacheEntry::State state);
    qint64 beginDownload(const FileMeta& meta); // a new entry, or the existing one's local id

    void setServerId(qint64 localId, qint64 fileId);
    void setSent(qint64 localId, qint64 sent);
    void setState(qint64 localId, CacheEntry::State state, const QString& error = {});
    void appendBlock(qint64 localId, const QByteArray& data); // at stored; advances it
    void discardBlocks(qint64 localId);
    QByteArray read(qint64 localId, qint64 offset, int length);
    QByteArray sha256Of(qint64 localId);
    // Writes the whole file to path (replacing it); false with *error on failure.
    bool exportTo(qint64 localId, const QString& path, QString* error);
    void touch(qint64 localId);

private:
    store::Database& m_db;
};

} // namespace zt::files
