#include "DingStore.h"
#include "store/Database.h"

#include <QJsonDocument>

namespace zt::chat {

namespace {

const QString kColumns = QStringLiteral(
    "local_id, COALESCE(id, 0), cid, sender, text, attachment, conv, seq, sent, round, due, "
    "recipients, mine, read, confirmed, state, error, attachment_meta");

Ding readRow(const store::Statement& st) {
    Ding d;
    d.localId = st.int64(0);
    d.id = st.int64(1);
    d.cid = st.text(2);
    d.sender = st.int64(3);
    d.text = st.text(4);
    d.attachment = st.text(5);
    d.conv = st.int64(6);
    d.seq = st.int64(7);
    d.sentMs = st.int64(8);
    d.round = int(st.int64(9));
    d.dueMs = st.int64(10);
    d.recipients = int(st.int64(11));
    d.mine = st.int64(12) != 0;
    d.readMs = st.int64(13);
    d.confirmedMs = st.int64(14);
    d.state = DeliveryState(st.int64(15));
    d.error = st.text(16);
    if (const auto file =
            files::FileMeta::fromJson(QJsonDocument::fromJson(st.text(17).toUtf8()).object()))
        d.attachmentFile = *file;
    return d;
}

} // namespace

bool DingStore::applyNotice(const DingNotice& n) {
    m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO dings(id, sender, text, attachment, conv, "
                                "seq, sent, round, mine, attachment_meta) "
                                "VALUES(?,?,?,?,?,?,?,?,0,?)"))
        .bind(1, n.ding)
        .bind(2, n.sender)
        .bind(3, n.text)
        .bind(4, n.attachment)
        .bind(5, n.conv)
        .bind(6, n.seq)
        .bind(7, n.sentMs)
        .bind(8, n.round)
        .bind(9, n.file.id > 0 ? QString::fromUtf8(
                                     QJsonDocument(n.file.toJson()).toJson(QJsonDocument::Compact))
                               : QString())
        .run();
    if (m_db.changes() == 0) setRound(n.ding, n.round, n.sentMs);
    auto st = m_db.prepare(QStringLiteral("SELECT acked FROM dings WHERE id=?"));
    st.bind(1, n.ding);
    return st.next() && st.int64(0) == 0;
}

void DingStore::markAcked(qint64 ding) {
    m_db.prepare(QStringLiteral("UPDATE dings SET acked=1 WHERE id=?")).bind(1, ding).run();
}

void DingStore::setMyProgress(qint64 ding, qint64 readMs, qint64 confirmedMs) {
    m_db.prepare(QStringLiteral("UPDATE dings SET read=CASE WHEN read=0 THEN ? ELSE read END, "
                                "confirmed=CASE WHEN confirmed=0 THEN ? ELSE confirmed END "
                                "WHERE id=?"))
        .bind(1, readMs)
        .bind(2, confirmedMs)
        .bind(3, ding)
        .run();
}

qint64 DingStore::insertPendingSent(const QString& cid, qint64 self, const DingSendArgs& args,
                                    int recipients) {
    m_db.prepare(QStringLiteral("INSERT INTO dings(cid, sender, text, attachment, conv, seq, due, "
                                "recipients, mine, state) VALUES(?,?,?,?,?,?,?,?,1,0)"))
        .bind(1, cid)
        .bind(2, self)
        .bind(3, args.text)
        .bind(4, args.attachment)
        .bind(5, args.conv)
        .bind(6, args.seq)
        .bind(7, args.atMs)
        .bind(8, recipients)
        .run();
    return m_db.lastInsertId();
}

void DingStore::settleSent(const QString& cid, qint64 ding, int recipients, qint64 dueMs,
                           bool scheduled) {
    m_db.prepare(QStringLiteral("UPDATE dings SET id=?, recipients=?, due=?, sent=?, state=1 "
                                "WHERE cid=? AND mine=1"))
        .bind(1, ding)
        .bind(2, recipients)
        .bind(3, dueMs)
        .bind(4, scheduled ? 0 : dueMs)
        .bind(5, cid)
        .run();
}

void DingStore::failSent(const QString& cid, const QString& error) {
    m_db.prepare(QStringLiteral("UPDATE dings SET state=2, error=? WHERE cid=? AND mine=1"))
        .bind(1, error)
        .bind(2, cid)
        .run();
}

void DingStore::applyRecipient(const RecipientStatus& r) {
    m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO ding_recipients(ding, user, delivered, "
                                "read, confirmed) VALUES(?,?,?,?,?)"))
        .bind(1, r.ding)
        .bind(2, r.user)
        .bind(3, r.deliveredMs)
        .bind(4, r.readMs)
        .bind(5, r.confirmedMs)
        .run();
}

void DingStore::setRound(qint64 ding, int round, qint64 sentMs) {
    m_db.prepare(QStringLiteral("UPDATE dings SET round=MAX(round, ?), sent=MAX(sent, ?) "
                                "WHERE id=?"))
        .bind(1, round)
        .bind(2, sentMs)
        .bind(3, ding)
        .run();
}

std::optional<Ding> DingStore::get(qint64 ding) {
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM dings WHERE id=?").arg(kColumns));
    st.bind(1, ding);
    if (!st.next()) return std::nullopt;
    return readRow(st);
}

QList<Ding> DingStore::unconfirmedReceived() {
    return query(QStringLiteral("mine=0 AND confirmed=0"), 500);
}

QList<Ding> DingStore::sent(int limit) {
    return query(QStringLiteral("mine=1"), limit);
}

QList<Ding> DingStore::received(int limit) {
    return query(QStringLiteral("mine=0"), limit);
}

QList<Ding> DingStore::query(const QString& where, int limit) {
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM dings WHERE %2 ORDER BY local_id DESC "
                                          "LIMIT ?")
                               .arg(kColumns, where));
    st.bind(1, limit);
    QList<Ding> out;
    while (st.next())
        out.append(readRow(st));
    return out;
}

QList<DingRecipient> DingStore::recipients(qint64 ding) {
    auto st = m_db.prepare(QStringLiteral("SELECT user, delivered, read, confirmed FROM "
                                          "ding_recipients WHERE ding=? ORDER BY user"));
    st.bind(1, ding);
    QList<DingRecipient> out;
    while (st.next())
        out.append({st.int64(0), st.int64(1), st.int64(2), st.int64(3)});
    return out;
}

} // namespace zt::chat
