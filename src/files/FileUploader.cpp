#include "FileUploader.h"
#include "FileErrors.h"
#include "TransferRetry.h"
#include "chat/Guarded.h"
#include "net/Connection.h"
#include "protocol/ErrorCode.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcUpload, "zt.files.upload")

namespace zt::files {

using chat::guarded;
using State = CacheEntry::State;

namespace {
constexpr int kMaxMismatches = 3;
} // namespace

FileUploader::FileUploader(store::Database& db, net::Connection& connection, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_connection(connection)
    , m_cache(db)
    , m_retry(retryWhenReady(this, connection)) {
}

void FileUploader::addHooks(Completion done, Refusal refused) {
    m_done.append(std::move(done));
    m_refused.append(std::move(refused));
}

void FileUploader::kick() {
    if (m_busy || m_connection.state() != net::Connection::State::Ready) return;
    const QList<CacheEntry> pending = m_cache.inState(State::Uploading);
    if (pending.isEmpty()) return;
    m_busy = true;
    begin(pending.first());
}

void FileUploader::begin(const CacheEntry& entry) {
    const BeginArgs args{entry.cid,       entry.meta.name,   entry.meta.size,
                         entry.meta.mime, entry.meta.sha256, entry.meta.thumb};
    const qint64 id = entry.id;
    m_connection.request(op::Begin, args.toJson(), guarded(this, [this, id](const auto& response) {
                             if (!response.ok) return onError(id, response);
                             const auto result = BeginResult::fromJson(response.result);
                             if (!result) return refuse(id, fileErrorText(protocol::errc::BadArgs));
                             m_cache.setServerId(id, result->file);
                             if (result->complete) return end(id);
                             sendFrom(id, result->received);
                         }));
}

void FileUploader::sendFrom(qint64 localId, qint64 offset) {
    const auto entry = m_cache.entry(localId);
    if (!entry) return idle();
    m_cache.setSent(localId, offset);
    emit progress(entry->cid, offset, entry->meta.size);
    if (offset >= entry->meta.size) return end(localId);
    const PutArgs args{entry->meta.id, offset, m_cache.read(localId, offset, kChunkBytes)};
    const qint64 next = offset + args.data.size();
    m_connection.request(op::Put, args.toJson(),
                         guarded(this, [this, localId, next](const auto& response) {
                             if (!response.ok) return onError(localId, response);
                             sendFrom(localId, next);
                         }));
}

void FileUploader::end(qint64 localId) {
    const auto entry = m_cache.entry(localId);
    if (!entry) return idle();
    m_connection.request(op::End, QJsonObject{{QStringLiteral("file"), entry->meta.id}},
                         guarded(this, [this, localId](const auto& response) {
                             if (!response.ok) return onError(localId, response);
                             const std::optional<CacheEntry> done = recordDone(localId);
                             if (!done) return idle();
                             emit progress(done->cid, done->meta.size, done->meta.size);
                             emit finished(done->cid, done->meta.id);
                             idle();
                         }));
}

// One transaction: the entry is done, its follow-up write is queued, the domains take note.
std::optional<CacheEntry> FileUploader::recordDone(qint64 localId) {
    std::optional<CacheEntry> done;
    try {
        m_db.transaction([&] {
            m_cache.setState(localId, State::Ready);
            done = m_cache.entry(localId);
            if (!done) return;
            if (auto then = m_cache.followUp(localId)) {
                then->args.insert(then->key, refOf(done->meta.id));
                sync::Outbox::requeue(m_db, done->cid, then->op, then->args);
            }
            for (const Completion& hook : std::as_const(m_done))
                if (hook) hook(m_db, *done);
        });
    } catch (const std::exception& e) {
        qCWarning(lcUpload) << "cannot record a finished upload:" << e.what();
        return std::nullopt;
    }
    return done;
}

void FileUploader::onError(qint64 localId, const protocol::Response& response) {
    const QString code = response.error.code;
    const QString reason = response.error.message;
    if (code == protocol::errc::Conflict && reason == reason::ChecksumMismatch &&
        ++m_mismatches[localId] < kMaxMismatches) {
        qCWarning(lcUpload) << "checksum mismatch, sending the file again";
        return sendFrom(localId, 0);
    }
    if (code == protocol::errc::Conflict &&
        (reason == reason::BadOffset || reason == reason::Incomplete)) {
        const auto entry = m_cache.entry(localId);
        return entry ? begin(*entry) : idle(); // ask where the server stands, go on from there
    }
    if (protocol::errc::isPermanent(code) || code == protocol::errc::Conflict)
        return refuse(localId, fileErrorText(code, reason));
    qCInfo(lcUpload) << "upload paused:" << code << reason;
    m_busy = false;
    m_retry->start();
}

void FileUploader::refuse(qint64 localId, const QString& message) {
    qCWarning(lcUpload) << "upload refused:" << message;
    std::optional<CacheEntry> entry;
    try {
        m_db.transaction([&] {
            m_cache.setState(localId, State::Failed, message);
            entry = m_cache.entry(localId);
            if (!entry) return;
            for (const Refusal& hook : std::as_const(m_refused))
                if (hook) hook(m_db, *entry, message);
        });
    } catch (const std::exception& e) {
        qCWarning(lcUpload) << "cannot record a refused upload:" << e.what();
    }
    if (entry) emit failed(entry->cid, message);
    idle();
}

void FileUploader::idle() {
    m_busy = false;
    QTimer::singleShot(0, this, &FileUploader::kick);
}

} // namespace zt::files
