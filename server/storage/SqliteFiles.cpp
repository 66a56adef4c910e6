#include "SqliteFiles.h"
#include "files/BlockTable.h"
#include "store/Database.h"

namespace zt::server {

namespace {

const QString kFileColumns = QStringLiteral(
    "id, owner, cid, name, size, mime, sha256, ifnull(thumb, x''), received, complete");

const files::BlockTable kChunks{QStringLiteral("file_chunks"), QStringLiteral("file_id"),
                                QStringLiteral("files"), QStringLiteral("received")};

FileRecord readFile(store::Statement& st) {
    FileRecord r;
    r.meta.id = st.int64(0);
    r.owner = st.int64(1);
    r.cid = st.text(2);
    r.meta.name = st.text(3);
    r.meta.size = st.int64(4);
    r.meta.mime = st.text(5);
    r.meta.sha256 = st.blob(6);
    r.meta.thumb = st.blob(7);
    r.received = st.int64(8);
    r.complete = st.int64(9) != 0;
    return r;
}

} // namespace

qint64 SqliteFiles::createFile(qint64 owner, const files::BeginArgs& args, qint64 nowMs) {
    auto st = m_db.prepare(QStringLiteral("INSERT INTO files(owner, cid, name, size, mime, sha256, "
                                          "thumb, time) VALUES(?,?,?,?,?,?,?,?)"));
    st.bind(1, owner).bind(2, args.cid).bind(3, args.name).bind(4, args.size);
    st.bind(5, args.mime).bind(6, args.sha256).bind(8, nowMs);
    if (args.thumb.isEmpty())
        st.bindNull(7);
    else
        st.bind(7, args.thumb);
    st.run();
    return m_db.lastInsertId();
}

std::optional<FileRecord> SqliteFiles::file(qint64 id) {
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM files WHERE id=?").arg(kFileColumns));
    st.bind(1, id);
    return st.next() ? std::optional(readFile(st)) : std::nullopt;
}

std::optional<FileRecord> SqliteFiles::fileByCid(qint64 owner, const QString& cid) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM files WHERE owner=? AND cid=?").arg(kFileColumns));
    st.bind(1, owner).bind(2, cid);
    return st.next() ? std::optional(readFile(st)) : std::nullopt;
}

void SqliteFiles::appendChunk(qint64 id, const QByteArray& data) {
    kChunks.append(m_db, id, data);
}

QByteArray SqliteFiles::read(qint64 id, qint64 offset, int length) {
    return kChunks.read(m_db, id, offset, length);
}

QByteArray SqliteFiles::sha256Of(qint64 id) {
    return kChunks.sha256(m_db, id);
}

void SqliteFiles::discardChunks(qint64 id) {
    kChunks.discard(m_db, id);
}

void SqliteFiles::markComplete(qint64 id) {
    m_db.prepare(QStringLiteral("UPDATE files SET complete=1 WHERE id=?")).bind(1, id).run();
}

void SqliteFiles::link(qint64 id, qint64 conv) {
    m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO file_links(file_id, conv_id) VALUES(?,?)"))
        .bind(1, id)
        .bind(2, conv)
        .run();
}

bool SqliteFiles::readableThroughConversation(qint64 id, qint64 user) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT 1 FROM file_links l JOIN conv_members m ON m.conv_id = l.conv_id "
                       "WHERE l.file_id=? AND m.user_id=? LIMIT 1"));
    st.bind(1, id).bind(2, user);
    return st.next();
}

bool SqliteFiles::readableThroughDocument(qint64 id, qint64 user) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT 1 FROM approval_attachments a JOIN approval_participants p ON "
                       "p.document_id = a.document_id WHERE a.file_id=? AND p.user_id=? LIMIT 1"));
    st.bind(1, id).bind(2, user);
    return st.next();
}

bool SqliteFiles::readableThroughDing(qint64 id, qint64 user) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT 1 FROM dings d JOIN ding_recipients r ON r.ding_id = d.id WHERE "
                       "d.attachment=? AND d.attachment <> '' AND d.sent_at > 0 AND r.user_id=? "
                       "LIMIT 1"));
    st.bind(1, files::refOf(id)).bind(2, user);
    return st.next();
}

} // namespace zt::server
