#pragma once
// Fetches files into the encrypted cache, one at a time, a chunk per request, appending each to
// the cache as it arrives — so a dropped connection or a restart resumes at the first missing
// byte. A finished download is checked against the SHA-256 its message declared; a mismatch is
// discarded and reported, never handed to the user.
#include "FileCache.h"
#include "protocol/Frame.h"

#include <QObject>

class QTimer;

namespace zt::net {
class Connection;
}

namespace zt::files {

class FileDownloader : public QObject {
    Q_OBJECT
public:
    FileDownloader(store::Database& db, net::Connection& connection, QObject* parent = nullptr);

    // Queues the file (persistently); ready() at once when the cache holds it already.
    void download(const FileMeta& meta);
    void kick();

signals:
    void progress(qint64 fileId, qint64 received, qint64 total);
    void ready(qint64 fileId);
    void failed(qint64 fileId, const QString& message);

private:
    void fetchFrom(const CacheEntry& entry);
    void onChunk(qint64 localId, const protocol::Response& response);
    void complete(const CacheEntry& entry);
    void fail(const CacheEntry& entry, const QString& message);
    void idle();

    store::Database& m_db;
    net::Connection& m_connection;
    FileCache m_cache;
    QTimer* m_retry;
    bool m_busy = false;
};

} // namespace zt::files
