#include "MessageStore.h"
#include "contacts/ChineseText.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace zt::chat {

namespace {

const QString kColumns = QStringLiteral(
    "local_id, conv, seq, sender, cid, kind, text, file_ref, reply_to, mentions, time, recalled, "
    "state, error, file_meta");

QString metaText(const Message& m) {
    if (m.kind != MessageKind::File || m.file.name.isEmpty()) return {};
    return QString::fromUtf8(QJsonDocument(m.file.toJson()).toJson(QJsonDocument::Compact));
}

StoredMessage readRow(const store::Statement& st) {
    StoredMessage s;
    s.localId = st.int64(0);
    Message& m = s.message;
    m.conv = st.int64(1);
    m.seq = st.isNull(2) ? 0 : st.int64(2);
    m.sender = st.int64(3);
    m.cid = st.text(4);
    m.kind = MessageKind(st.int64(5));
    m.text = st.text(6);
    m.fileRef = st.text(7);
    m.replyTo = st.int64(8);
    mentionsFromText(st.text(9), &m);
    m.timeMs = st.int64(10);
    m.recalled = st.int64(11) != 0;
    s.state = DeliveryState(st.int64(12));
    s.error = st.text(13);
    if (const auto file =
            files::FileMeta::fromJson(QJsonDocument::fromJson(st.text(14).toUtf8()).object()))
        m.file = *file;
    return s;
}

QList<StoredMessage> readAll(store::Statement& st) {
    QList<StoredMessage> out;
    while (st.next())
        out.append(readRow(st));
    return out;
}

} // namespace

QString messageTokens(const Message& message) {
    QStringList tokens{QStringLiteral("k%1").arg(message.conv)};
    const QString text =
        contacts::toSimplified(message.text + QLatin1Char(' ') + message.file.name).toLower();
    tokens += contacts::cjkTerms(text);
    static const QRegularExpression word(QStringLiteral("[a-z0-9]+"));
    for (auto it = word.globalMatch(text); it.hasNext();)
        tokens.append(it.next().captured());
    return tokens.join(QLatin1Char(' '));
}

qint64 MessageStore::insertPending(const Message& m) {
    m_db.prepare(QStringLiteral("INSERT INTO chat_messages(conv, seq, sender, cid, kind, text, "
                                "file_ref, reply_to, mentions, time, state, file_meta) "
                                "VALUES(?,NULL,?,?,?,?,?,?,?,?,0,?)"))
        .bind(1, m.conv)
        .bind(2, m.sender)
        .bind(3, m.cid)
        .bind(4, int(m.kind))
        .bind(5, m.text)
        .bind(6, m.fileRef)
        .bind(7, m.replyTo)
        .bind(8, mentionsToText(m))
        .bind(9, m.timeMs)
        .bind(10, metaText(m))
        .run();
    const qint64 id = m_db.lastInsertId();
    index(id, m);
    return id;
}

bool MessageStore::applyServer(const Message& m) {
    m_db.prepare(QStringLiteral("UPDATE chat_messages SET seq=?, time=?, state=1, error='', "
                                "recalled=MAX(recalled, ?) WHERE sender=? AND cid=?"))
        .bind(1, m.seq)
        .bind(2, m.timeMs)
        .bind(3, m.recalled ? 1 : 0)
        .bind(4, m.sender)
        .bind(5, m.cid)
        .run();
    if (m_db.changes() > 0) {
        if (m.recalled) markRecalled(m.conv, m.seq);
        return false;
    }
    m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO chat_messages(conv, seq, sender, cid, kind, "
                                "text, file_ref, reply_to, mentions, time, recalled, state, "
                                "file_meta) VALUES(?,?,?,?,?,?,?,?,?,?,?,1,?)"))
        .bind(1, m.conv)
        .bind(2, m.seq)
        .bind(3, m.sender)
        .bind(4, m.cid)
        .bind(5, int(m.kind))
        .bind(6, m.text)
        .bind(7, m.fileRef)
        .bind(8, m.replyTo)
        .bind(9, mentionsToText(m))
        .bind(10, m.timeMs)
        .bind(11, m.recalled ? 1 : 0)
        .bind(12, metaText(m))
        .run();
    if (m_db.changes() == 0) return false;
    if (m.kind != MessageKind::System && !m.recalled) index(m_db.lastInsertId(), m);
    return true;
}

void MessageStore::setUploaded(const QString& cid, qint64 sender, const files::FileMeta& file) {
    Message m;
    m.kind = MessageKind::File;
    m.file = file;
    m_db.prepare(QStringLiteral("UPDATE chat_messages SET file_ref=?, file_meta=? WHERE sender=? "
                                "AND cid=?"))
        .bind(1, files::refOf(file.id))
        .bind(2, metaText(m))
        .bind(3, sender)
        .bind(4, cid)
        .run();
}

void MessageStore::markFailed(qint64 sender, const QString& cid, const QString& error) {
    m_db.prepare(
            QStringLiteral("UPDATE chat_messages SET state=2, error=? WHERE sender=? AND cid=? AND "
                           "seq IS NULL"))
        .bind(1, error)
        .bind(2, sender)
        .bind(3, cid)
        .run();
}

std::optional<StoredMessage> MessageStore::resetFailed(qint64 localId) {
    m_db.prepare(QStringLiteral(
                     "UPDATE chat_messages SET state=0, error='' WHERE local_id=? AND state=2"))
        .bind(1, localId)
        .run();
    if (m_db.changes() == 0) return std::nullopt;
    return byLocalId(localId);
}

void MessageStore::markRecalled(qint64 conv, qint64 seq) {
    auto st =
        m_db.prepare(QStringLiteral("SELECT local_id FROM chat_messages WHERE conv=? AND seq=?"));
    st.bind(1, conv).bind(2, seq);
    if (!st.next()) return;
    const qint64 id = st.int64(0);
    st.reset();
    m_db.prepare(QStringLiteral("UPDATE chat_messages SET recalled=1, text='', file_ref='', "
                                "file_meta='', mentions='' WHERE local_id=?"))
        .bind(1, id)
        .run();
    unindex(id);
}

std::optional<StoredMessage> MessageStore::byLocalId(qint64 localId) {
    auto st =
        m_db.prepare(QStringLiteral("SELECT %1 FROM chat_messages WHERE local_id=?").arg(kColumns));
    st.bind(1, localId);
    if (!st.next()) return std::nullopt;
    return readRow(st);
}

std::optional<StoredMessage> MessageStore::byCid(qint64 sender, const QString& cid) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM chat_messages WHERE sender=? AND cid=?").arg(kColumns));
    st.bind(1, sender).bind(2, cid);
    if (!st.next()) return std::nullopt;
    return readRow(st);
}

std::optional<StoredMessage> MessageStore::bySeq(qint64 conv, qint64 seq) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM chat_messages WHERE conv=? AND seq=?").arg(kColumns));
    st.bind(1, conv).bind(2, seq);
    if (!st.next()) return std::nullopt;
    return readRow(st);
}

QList<StoredMessage> MessageStore::pageBefore(qint64 conv, qint64 before, int limit) {
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM chat_messages WHERE conv=? AND seq<? "
                                          "ORDER BY seq DESC LIMIT ?")
                               .arg(kColumns));
    st.bind(1, conv)
        .bind(2, before > 0 ? before : std::numeric_limits<qint64>::max())
        .bind(3, limit);
    QList<StoredMessage> out = readAll(st);
    std::reverse(out.begin(), out.end());
    return out;
}

QList<StoredMessage> MessageStore::pageAfter(qint64 conv, qint64 after, int limit) {
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM chat_messages WHERE conv=? AND seq>? "
                                          "ORDER BY seq LIMIT ?")
                               .arg(kColumns));
    st.bind(1, conv).bind(2, after).bind(3, limit);
    return readAll(st);
}

QList<StoredMessage> MessageStore::unnumbered(qint64 conv) {
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM chat_messages WHERE conv=? AND seq IS "
                                          "NULL ORDER BY local_id")
                               .arg(kColumns));
    st.bind(1, conv);
    return readAll(st);
}

qint64 MessageStore::newestSeq(qint64 conv) {
    auto st = m_db.prepare(QStringLiteral("SELECT MAX(seq) FROM chat_messages WHERE conv=?"));
    st.bind(1, conv);
    return st.next() && !st.isNull(0) ? st.int64(0) : 0;
}

int MessageStore::countUnread(qint64 conv, qint64 afterSeq, qint64 self) {
    auto st = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM chat_messages WHERE conv=? AND seq>? AND sender<>? AND kind<>? AND "
        "recalled=0"));
    st.bind(1, conv).bind(2, afterSeq).bind(3, self).bind(4, int(MessageKind::System));
    return st.next() ? int(st.int64(0)) : 0;
}

bool MessageStore::mentionsAfter(qint64 conv, qint64 afterSeq, qint64 self) {
    auto st = m_db.prepare(QStringLiteral(
        "SELECT mentions FROM chat_messages WHERE conv=? AND seq>? AND sender<>? AND recalled=0 "
        "AND mentions<>''"));
    st.bind(1, conv).bind(2, afterSeq).bind(3, self);
    while (st.next()) {
        Message m;
        mentionsFromText(st.text(0), &m);
        if (m.mentionAll || m.mentions.contains(self)) return true;
    }
    return false;
}

qint64 MessageStore::totalCount() {
    auto st = m_db.prepare(QStringLiteral("SELECT count(*) FROM chat_messages"));
    return st.next() ? st.int64(0) : 0;
}

void MessageStore::index(qint64 localId, const Message& message) {
    if (m_batch) return m_batch->rows.append({localId, messageTokens(message)});
    m_db.prepare(QStringLiteral("INSERT INTO chat_fts(docid, tokens) VALUES(?,?)"))
        .bind(1, localId)
        .bind(2, messageTokens(message))
        .run();
}

void MessageStore::unindex(qint64 localId) {
    if (m_batch)
        m_batch->rows.removeIf([localId](const auto& row) { return row.first == localId; });
    m_db.prepare(QStringLiteral("DELETE FROM chat_fts WHERE docid=?")).bind(1, localId).run();
}

void MessageStore::flush(store::Database& db, IndexBatch& batch) {
    auto st = db.prepare(QStringLiteral("INSERT INTO chat_fts(docid, tokens) VALUES(?,?)"));
    for (const auto& [docid, tokens] : std::as_const(batch.rows)) {
        st.bind(1, docid).bind(2, tokens).run();
        st.reset();
    }
    batch.rows.clear();
}

} // namespace zt::chat
