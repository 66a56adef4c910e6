#pragma once
// Sends the cache's pending uploads, one at a time, chunk by chunk: file.begin (learning how
// much the server already holds, so a dropped connection or a restart resumes where it
// stopped), file.put, file.end. What happens once a file is up runs in the same transaction
// that marks it done: the entry's follow-up write (msg.send, ding.send…) is queued in the outbox,
// and every domain's completion hook sees the entry (each acts only on its own cids).
#include "FileCache.h"
#include "protocol/Frame.h"

#include <QObject>
#include <functional>

class QTimer;

namespace zt::net {
class Connection;
}

namespace zt::files {

class FileUploader : public QObject {
    Q_OBJECT
public:
    using Completion = std::function<void(store::Database&, const CacheEntry&)>;
    using Refusal = std::function<void(store::Database&, const CacheEntry&, const QString& why)>;

    FileUploader(store::Database& db, net::Connection& connection, QObject* parent = nullptr);

    void addHooks(Completion done, Refusal refused);
    void kick(); // start the next upload when connected and idle

signals:
    void progress(const QString& cid, qint64 sent, qint64 total);
    void finished(const QString& cid, qint64 fileId);
    void failed(const QString& cid, const QString& message);

private:
    void begin(const CacheEntry& entry);
    void sendFrom(qint64 localId, qint64 offset);
    void end(qint64 localId);
    std::optional<CacheEntry> recordDone(qint64 localId);
    // A transport error pauses (retried on reconnect or by the timer); a refusal ends the upload.
    void onError(qint64 localId, const protocol::Response& response);
    void refuse(qint64 localId, const QString& message);
    void idle();

    store::Database& m_db;
    net::Connection& m_connection;
    FileCache m_cache;
    QList<Completion> m_done;
    QList<Refusal> m_refused;
    QTimer* m_retry;
    bool m_busy = false;
    QHash<qint64, int> m_mismatches; // checksum failures per entry, to give up eventually
};

} // namespace zt::files
