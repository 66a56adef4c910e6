#include "FileCache.h"
#include "BlockTable.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace zt::files {

namespace {

QString t(const char* text) {
    return QCoreApplication::translate("zt::files::FileCache", text);
}

const BlockTable kBlocks{QStringLiteral("file_blocks"), QStringLiteral("entry"),
                         QStringLiteral("file_entries"), QStringLiteral("stored")};

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

const QString kColumns =
    QStringLiteral("id, ifnull(file_id, 0), ifnull(cid, ''), name, size, mime, sha256, "
                   "ifnull(thumb, x''), stored, sent, state, error, conv");

CacheEntry readEntry(store::Statement& st) {
    CacheEntry e;
    e.id = st.int64(0);
    e.meta.id = st.int64(1);
    e.cid = st.text(2);
    e.meta.name = st.text(3);
    e.meta.size = st.int64(4);
    e.meta.mime = st.text(5);
    e.meta.sha256 = st.blob(6);
    e.meta.thumb = st.blob(7);
    e.stored = st.int64(8);
    e.sent = st.int64(9);
    e.state = CacheEntry::State(st.int64(10));
    e.error = st.text(11);
    e.conv = st.int64(12);
    return e;
}

} // namespace

std::optional<CacheEntry> FileCache::importUpload(const QString& path, const QString& cid,
                                                  qint64 conv, const QString& mime,
                                                  const QByteArray& thumb, const FollowUp& then,
                                                  QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = t("The file cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    if (file.size() <= 0 || file.size() > kMaxFileBytes) {
        *error = file.size() <= 0 ? t("The file is empty.")
                                  : t("Files larger than 100 MB cannot be sent.");
        return std::nullopt;
    }
    qint64 id = 0;
    try {
        m_db.transaction([&] {
            auto st = m_db.prepare(QStringLiteral(
                "INSERT INTO file_entries(cid, name, size, mime, sha256, thumb, state, conv, used, "
                "follow_op, follow_args, follow_key) VALUES(?,?,?,?,x'',?,0,?,?,?,?,?)"));
            st.bind(1, cid).bind(2, QFileInfo(path).fileName()).bind(3, file.size()).bind(4, mime);
            if (thumb.isEmpty())
                st.bindNull(5);
            else
                st.bind(5, thumb);
            st.bind(6, conv).bind(7, nowMs()).bind(8, then.op);
            st.bind(9, QString::fromUtf8(QJsonDocument(then.args).toJson(QJsonDocument::Compact)));
            st.bind(10, then.key).run();
            id = m_db.lastInsertId();
            QCryptographicHash hash(QCryptographicHash::Sha256);
            while (!file.atEnd()) {
                const QByteArray block = file.read(kChunkBytes);
                if (block.isEmpty()) throw store::DbError(0, file.errorString());
                hash.addData(block);
                appendBlock(id, block);
            }
            if (file.size() != entry(id)->stored)
                throw store::DbError(0, t("The file changed while it was read."));
            m_db.prepare(QStringLiteral("UPDATE file_entries SET sha256=? WHERE id=?"))
                .bind(1, hash.result())
                .bind(2, id)
                .run();
        });
    } catch (const std::exception& e) {
        *error = t("The file cannot be read: %1").arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
    return entry(id);
}

std::optional<FollowUp> FileCache::followUp(qint64 localId) {
    auto st = m_db.prepare(QStringLiteral("SELECT follow_op, follow_args, follow_key FROM "
                                          "file_entries WHERE id=? AND follow_op<>''"));
    st.bind(1, localId);
    if (!st.next()) return std::nullopt;
    return FollowUp{st.text(0), QJsonDocument::fromJson(st.text(1).toUtf8()).object(), st.text(2)};
}

std::optional<CacheEntry> FileCache::entry(qint64 localId) {
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM file_entries WHERE id=?").arg(kColumns));
    st.bind(1, localId);
    return st.next() ? std::optional(readEntry(st)) : std::nullopt;
}

std::optional<CacheEntry> FileCache::byCid(const QString& cid) {
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM file_entries WHERE cid=?").arg(kColumns));
    st.bind(1, cid);
    return st.next() ? std::optional(readEntry(st)) : std::nullopt;
}

std::optional<CacheEntry> FileCache::byFileId(qint64 fileId) {
    auto st =
        m_db.prepare(QStringLiteral("SELECT %1 FROM file_entries WHERE file_id=?").arg(kColumns));
    st.bind(1, fileId);
    return st.next() ? std::optional(readEntry(st)) : std::nullopt;
}

QList<CacheEntry> FileCache::inState(CacheEntry::State state) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM file_entries WHERE state=? ORDER BY id").arg(kColumns));
    st.bind(1, int(state));
    QList<CacheEntry> out;
    while (st.next())
        out.append(readEntry(st));
    return out;
}

qint64 FileCache::beginDownload(const FileMeta& meta) {
    if (const auto existing = byFileId(meta.id)) {
        // A failed or partial download under another description (a forged one was refused):
        // start afresh with this one. A ready or own entry was checked already and stays.
        const bool differs =
            existing->meta.sha256 != meta.sha256 || existing->meta.size != meta.size;
        if (differs && (existing->state == CacheEntry::State::Failed ||
                        existing->state == CacheEntry::State::Downloading)) {
            discardBlocks(existing->id);
            m_db.prepare(QStringLiteral("UPDATE file_entries SET sha256=?, size=?, state=2, "
                                        "error='' WHERE id=?"))
                .bind(1, meta.sha256)
                .bind(2, meta.size)
                .bind(3, existing->id)
                .run();
        }
        return existing->id;
    }
    auto st = m_db.prepare(
        QStringLiteral("INSERT INTO file_entries(file_id, name, size, mime, sha256, thumb, "
                       "state, used) VALUES(?,?,?,?,?,?,2,?)"));
    st.bind(1, meta.id).bind(2, meta.name).bind(3, meta.size).bind(4, meta.mime);
    st.bind(5, meta.sha256);
    if (meta.thumb.isEmpty())
        st.bindNull(6);
    else
        st.bind(6, meta.thumb);
    st.bind(7, nowMs()).run();
    return m_db.lastInsertId();
}

void FileCache::setServerId(qint64 localId, qint64 fileId) {
    m_db.prepare(QStringLiteral("UPDATE file_entries SET file_id=? WHERE id=?"))
        .bind(1, fileId)
        .bind(2, localId)
        .run();
}

void FileCache::setSent(qint64 localId, qint64 sent) {
    m_db.prepare(QStringLiteral("UPDATE file_entries SET sent=? WHERE id=?"))
        .bind(1, sent)
        .bind(2, localId)
        .run();
}

void FileCache::setState(qint64 localId, CacheEntry::State state, const QString& error) {
    m_db.prepare(QStringLiteral("UPDATE file_entries SET state=?, error=? WHERE id=?"))
        .bind(1, int(state))
        .bind(2, error)
        .bind(3, localId)
        .run();
}

void FileCache::appendBlock(qint64 localId, const QByteArray& data) {
    kBlocks.append(m_db, localId, data);
}

void FileCache::discardBlocks(qint64 localId) {
    kBlocks.discard(m_db, localId);
}

QByteArray FileCache::read(qint64 localId, qint64 offset, int length) {
    return kBlocks.read(m_db, localId, offset, length);
}

QByteArray FileCache::sha256Of(qint64 localId) {
    return kBlocks.sha256(m_db, localId);
}

bool FileCache::exportTo(qint64 localId, const QString& path, QString* error) {
    const auto e = entry(localId);
    if (!e || e->stored != e->meta.size) {
        *error = t("The file is not in the local cache yet.");
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = t("Cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    auto st =
        m_db.prepare(QStringLiteral("SELECT data FROM file_blocks WHERE entry=? ORDER BY offset"));
    st.bind(1, localId);
    while (st.next())
        if (out.write(st.blob(0)) < 0) break;
    if (!out.commit()) {
        *error = t("Cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    touch(localId);
    return true;
}

void FileCache::touch(qint64 localId) {
    m_db.prepare(QStringLiteral("UPDATE file_entries SET used=? WHERE id=?"))
        .bind(1, nowMs())
        .bind(2, localId)
        .run();
}

} // namespace zt::files
