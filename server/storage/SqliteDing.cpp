// SqliteChat's DING half: the DINGs, their recipients' progress and the recipients' units.
#include "SqliteChat.h"
#include "store/Database.h"

namespace zt::server {

namespace {

const QString kDingColumns =
    QStringLiteral("id, sender, cid, text, attachment, conv_id, msg_seq, created_at, due_at, "
                   "sent_at, last_sent_at, round");

DingRecord readDing(store::Statement& st) {
    DingRecord d;
    d.id = st.int64(0);
    d.sender = st.int64(1);
    d.cid = st.text(2);
    d.text = st.text(3);
    d.attachment = st.text(4);
    d.conv = st.int64(5);
    d.seq = st.int64(6);
    d.createdMs = st.int64(7);
    d.dueMs = st.int64(8);
    d.sentMs = st.int64(9);
    d.lastSentMs = st.int64(10);
    d.round = int(st.int64(11));
    return d;
}

chat::RecipientStatus readRecipient(store::Statement& st) {
    return {st.int64(0), st.int64(1), st.int64(2), st.int64(3), st.int64(4)};
}

} // namespace

qint64 SqliteChat::insertDing(const DingRecord& d, const QList<qint64>& recipients) {
    m_db.prepare(QStringLiteral("INSERT INTO dings(sender, cid, text, attachment, conv_id, "
                                "msg_seq, created_at, due_at) VALUES(?,?,?,?,?,?,?,?)"))
        .bind(1, d.sender)
        .bind(2, d.cid)
        .bind(3, d.text)
        .bind(4, d.attachment)
        .bind(5, d.conv)
        .bind(6, d.seq)
        .bind(7, d.createdMs)
        .bind(8, d.dueMs)
        .run();
    const qint64 id = m_db.lastInsertId();
    auto insert =
        m_db.prepare(QStringLiteral("INSERT INTO ding_recipients(ding_id, user_id) VALUES(?,?)"));
    for (qint64 user : recipients) {
        insert.bind(1, id).bind(2, user).run();
        insert.reset();
    }
    return id;
}

std::optional<DingRecord> SqliteChat::ding(qint64 id) {
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM dings WHERE id=?").arg(kDingColumns));
    st.bind(1, id);
    return st.next() ? std::optional(readDing(st)) : std::nullopt;
}

void SqliteChat::markDingSent(qint64 id, qint64 sentMs, int round) {
    m_db.prepare(QStringLiteral("UPDATE dings SET sent_at = CASE sent_at WHEN 0 THEN ? ELSE "
                                "sent_at END, last_sent_at=?, round=? WHERE id=?"))
        .bind(1, sentMs)
        .bind(2, sentMs)
        .bind(3, round)
        .bind(4, id)
        .run();
}

QList<qint64> SqliteChat::dueDings(qint64 nowMs) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT id FROM dings WHERE sent_at=0 AND due_at<=? ORDER BY due_at, id"));
    st.bind(1, nowMs);
    QList<qint64> out;
    while (st.next())
        out.append(st.int64(0));
    return out;
}

QList<DingRecord> SqliteChat::dingsOf(qint64 sender, qint64 fromMs, qint64 toMs) {
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM dings WHERE sender=? AND created_at>=? "
                                          "AND created_at<=? ORDER BY created_at, id")
                               .arg(kDingColumns));
    st.bind(1, sender).bind(2, fromMs).bind(3, toMs);
    QList<DingRecord> out;
    while (st.next())
        out.append(readDing(st));
    return out;
}

QList<chat::RecipientStatus> SqliteChat::dingRecipients(qint64 ding) {
    auto st = m_db.prepare(QStringLiteral("SELECT ding_id, user_id, delivered_at, read_at, "
                                          "confirmed_at FROM ding_recipients WHERE ding_id=? "
                                          "ORDER BY user_id"));
    st.bind(1, ding);
    QList<chat::RecipientStatus> out;
    while (st.next())
        out.append(readRecipient(st));
    return out;
}

std::optional<chat::RecipientStatus> SqliteChat::dingRecipient(qint64 ding, qint64 user) {
    auto st = m_db.prepare(QStringLiteral("SELECT ding_id, user_id, delivered_at, read_at, "
                                          "confirmed_at FROM ding_recipients WHERE ding_id=? "
                                          "AND user_id=?"));
    st.bind(1, ding).bind(2, user);
    return st.next() ? std::optional(readRecipient(st)) : std::nullopt;
}

void SqliteChat::setRecipientStatus(const chat::RecipientStatus& s) {
    m_db.prepare(QStringLiteral("UPDATE ding_recipients SET delivered_at=?, read_at=?, "
                                "confirmed_at=? WHERE ding_id=? AND user_id=?"))
        .bind(1, s.deliveredMs)
        .bind(2, s.readMs)
        .bind(3, s.confirmedMs)
        .bind(4, s.ding)
        .bind(5, s.user)
        .run();
}

QHash<qint64, UnitRef> SqliteChat::unitsOf(const QList<qint64>& users) {
    QHash<qint64, UnitRef> out;
    for (qint64 user : users)
        if (!out.contains(user)) out.insert(user, unitOf(user));
    return out;
}

// The first position (lowest id) of the user's person, walked up from a department (kind 2)
// to the unit that holds it.
UnitRef SqliteChat::unitOf(qint64 user) {
    auto first = m_db.prepare(QStringLiteral(
        "SELECT pos.node_id FROM people p JOIN positions pos ON pos.person_id = p.id "
        "WHERE p.user_id=? ORDER BY pos.id LIMIT 1"));
    first.bind(1, user);
    if (!first.next()) return {};
    qint64 node = first.int64(0);
    for (int depth = 0; node > 0 && depth < 16; ++depth) {
        auto st =
            m_db.prepare(QStringLiteral("SELECT kind, parent_id, name FROM org_nodes WHERE id=?"));
        st.bind(1, node);
        if (!st.next()) break;
        if (st.int64(0) != 2) return UnitRef{node, st.text(2)};
        node = st.isNull(1) ? 0 : st.int64(1);
    }
    return {};
}

} // namespace zt::server
