#include "FileDownloader.h"
#include "FileErrors.h"
#include "TransferRetry.h"
#include "chat/Guarded.h"
#include "net/Connection.h"
#include "protocol/ErrorCode.h"
#include "store/Database.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcDownload, "zt.files.download")

namespace zt::files {

using chat::guarded;
using State = CacheEntry::State;

FileDownloader::FileDownloader(store::Database& db, net::Connection& connection, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_connection(connection)
    , m_cache(db)
    , m_retry(retryWhenReady(this, connection)) {
}

void FileDownloader::download(const FileMeta& meta) {
    if (meta.id <= 0) return;
    try {
        const qint64 id = m_cache.beginDownload(meta);
        const auto entry = m_cache.entry(id);
        if (entry && entry->state == State::Ready && entry->stored == entry->meta.size) {
            m_cache.touch(id);
            emit ready(meta.id);
            return;
        }
        if (entry && entry->state == State::Failed) m_cache.setState(id, State::Downloading);
    } catch (const std::exception& e) {
        qCWarning(lcDownload) << "cannot queue a download:" << e.what();
        emit failed(meta.id, fileErrorText(protocol::errc::Internal, QString::fromUtf8(e.what())));
        return;
    }
    kick();
}

void FileDownloader::kick() {
    if (m_busy || m_connection.state() != net::Connection::State::Ready) return;
    const QList<CacheEntry> pending = m_cache.inState(State::Downloading);
    if (pending.isEmpty()) return;
    m_busy = true;
    fetchFrom(pending.first());
}

void FileDownloader::fetchFrom(const CacheEntry& entry) {
    emit progress(entry.meta.id, entry.stored, entry.meta.size);
    if (entry.stored >= entry.meta.size) return complete(entry);
    const GetArgs args{entry.meta.id, entry.stored, kChunkBytes};
    const qint64 localId = entry.id;
    m_connection.request(op::Get, args.toJson(),
                         guarded(this, [this, localId](const protocol::Response& response) {
                             onChunk(localId, response);
                         }));
}

void FileDownloader::onChunk(qint64 localId, const protocol::Response& response) {
    auto entry = m_cache.entry(localId);
    if (!entry) return idle();
    if (!response.ok) {
        if (protocol::errc::isPermanent(response.error.code))
            return fail(*entry, fileErrorText(response.error.code, response.error.message));
        qCInfo(lcDownload) << "download paused:" << response.error.code;
        m_busy = false;
        return m_retry->start();
    }
    const auto chunk = GetResult::fromJson(response.result);
    if (!chunk || chunk->offset != entry->stored || chunk->data.isEmpty() ||
        chunk->total != entry->meta.size || entry->stored + chunk->data.size() > entry->meta.size)
        return fail(*entry, fileErrorText(protocol::errc::BadArgs));
    try {
        m_cache.appendBlock(localId, chunk->data);
    } catch (const std::exception& e) {
        qCWarning(lcDownload) << "cannot store a chunk:" << e.what();
        m_busy = false;
        return m_retry->start();
    }
    entry->stored += chunk->data.size();
    fetchFrom(*entry);
}

void FileDownloader::complete(const CacheEntry& entry) {
    if (m_cache.sha256Of(entry.id) != entry.meta.sha256) {
        m_cache.discardBlocks(entry.id);
        return fail(entry, fileErrorText(protocol::errc::Conflict, reason::ChecksumMismatch));
    }
    m_cache.setState(entry.id, State::Ready);
    emit ready(entry.meta.id);
    idle();
}

void FileDownloader::fail(const CacheEntry& entry, const QString& message) {
    qCWarning(lcDownload) << "download of file" << entry.meta.id << "failed:" << message;
    try {
        m_cache.setState(entry.id, State::Failed, message);
    } catch (const std::exception& e) {
        qCWarning(lcDownload) << "cannot record a failed download:" << e.what();
    }
    emit failed(entry.meta.id, message);
    idle();
}

void FileDownloader::idle() {
    m_busy = false;
    QTimer::singleShot(0, this, &FileDownloader::kick);
}

} // namespace zt::files
