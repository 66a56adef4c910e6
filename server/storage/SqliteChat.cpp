#include "SqliteChat.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QStringList>
#include <algorithm>
#include <limits>

namespace zt::server {

using chat::Message;

namespace {

const QString kMessageColumns = QStringLiteral("conv_id, seq, sender, cid, kind, text, file_ref, "
                                               "reply_to, mentions, time, recalled, file_meta");
const QString kMemberColumns =
    QStringLiteral("user_id, role, muted, pinned, last_read_seq, joined_seq");

Message readMessage(store::Statement& st) {
    Message m;
    m.conv = st.int64(0);
    m.seq = st.int64(1);
    m.sender = st.int64(2);
    m.cid = st.text(3);
    m.kind = chat::MessageKind(st.int64(4));
    m.text = st.text(5);
    m.fileRef = st.text(6);
    m.replyTo = st.int64(7);
    mentionsFromText(st.text(8), &m);
    m.timeMs = st.int64(9);
    m.recalled = st.int64(10) != 0;
    if (const auto file =
            files::FileMeta::fromJson(QJsonDocument::fromJson(st.text(11).toUtf8()).object()))
        m.file = *file;
    return m;
}

MemberRecord readMember(store::Statement& st, int first = 0) {
    return MemberRecord{st.int64(first),          chat::MemberRole(st.int64(first + 1)),
                        st.int64(first + 2) != 0, st.int64(first + 3) != 0,
                        st.int64(first + 4),      st.int64(first + 5)};
}

} // namespace

qint64 SqliteChat::createConversation(chat::ConvKind kind, const QString& name, qint64 owner,
                                      const QString& directKey, qint64 nowMs) {
    auto st = m_db.prepare(QStringLiteral("INSERT INTO conversations(kind, name, owner, "
                                          "direct_key, created_at) VALUES(?,?,?,?,?)"));
    st.bind(1, int(kind)).bind(2, name).bind(3, owner).bind(5, nowMs);
    if (directKey.isEmpty())
        st.bindNull(4);
    else
        st.bind(4, directKey);
    st.run();
    return m_db.lastInsertId();
}

std::optional<qint64> SqliteChat::directConversation(const QString& directKey) {
    auto st = m_db.prepare(QStringLiteral("SELECT id FROM conversations WHERE direct_key=?"));
    st.bind(1, directKey);
    return st.next() ? std::optional(st.int64(0)) : std::nullopt;
}

std::optional<ConversationRecord> SqliteChat::conversation(qint64 id) {
    auto st = m_db.prepare(QStringLiteral("SELECT id, kind, name, announcement, owner, last_seq, "
                                          "created_at FROM conversations WHERE id=?"));
    st.bind(1, id);
    if (!st.next()) return std::nullopt;
    return ConversationRecord{
        st.int64(0), chat::ConvKind(st.int64(1)), st.text(2), st.text(3), st.int64(4), st.int64(5),
        st.int64(6)};
}

void SqliteChat::updateConversation(qint64 id, const QString& name, const QString& announcement) {
    m_db.prepare(QStringLiteral("UPDATE conversations SET name=?, announcement=? WHERE id=?"))
        .bind(1, name)
        .bind(2, announcement)
        .bind(3, id)
        .run();
}

void SqliteChat::setOwner(qint64 id, qint64 owner) {
    m_db.prepare(QStringLiteral("UPDATE conversations SET owner=? WHERE id=?"))
        .bind(1, owner)
        .bind(2, id)
        .run();
}

void SqliteChat::addMember(qint64 conv, qint64 user, chat::MemberRole role, qint64 joinedSeq) {
    m_db.prepare(QStringLiteral("INSERT INTO conv_members(conv_id, user_id, role, last_read_seq, "
                                "joined_seq) VALUES(?,?,?,?,?)"))
        .bind(1, conv)
        .bind(2, user)
        .bind(3, int(role))
        .bind(4, joinedSeq) // what was said before joining is not "unread"
        .bind(5, joinedSeq)
        .run();
}

void SqliteChat::removeMember(qint64 conv, qint64 user) {
    m_db.prepare(QStringLiteral("DELETE FROM conv_members WHERE conv_id=? AND user_id=?"))
        .bind(1, conv)
        .bind(2, user)
        .run();
}

void SqliteChat::setRole(qint64 conv, qint64 user, chat::MemberRole role) {
    m_db.prepare(QStringLiteral("UPDATE conv_members SET role=? WHERE conv_id=? AND user_id=?"))
        .bind(1, int(role))
        .bind(2, conv)
        .bind(3, user)
        .run();
}

void SqliteChat::setFlags(qint64 conv, qint64 user, bool muted, bool pinned) {
    m_db.prepare(QStringLiteral(
                     "UPDATE conv_members SET muted=?, pinned=? WHERE conv_id=? AND user_id=?"))
        .bind(1, int(muted))
        .bind(2, int(pinned))
        .bind(3, conv)
        .bind(4, user)
        .run();
}

void SqliteChat::setLastRead(qint64 conv, qint64 user, qint64 seq) {
    m_db.prepare(QStringLiteral("UPDATE conv_members SET last_read_seq=max(last_read_seq, ?) "
                                "WHERE conv_id=? AND user_id=?"))
        .bind(1, seq)
        .bind(2, conv)
        .bind(3, user)
        .run();
}

std::optional<MemberRecord> SqliteChat::member(qint64 conv, qint64 user) {
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM conv_members WHERE conv_id=? AND "
                                          "user_id=?")
                               .arg(kMemberColumns));
    st.bind(1, conv).bind(2, user);
    return st.next() ? std::optional(readMember(st)) : std::nullopt;
}

QList<MemberRecord> SqliteChat::members(qint64 conv) {
    auto st =
        m_db.prepare(QStringLiteral("SELECT %1 FROM conv_members WHERE conv_id=? ORDER BY user_id")
                         .arg(kMemberColumns));
    st.bind(1, conv);
    QList<MemberRecord> out;
    while (st.next())
        out.append(readMember(st));
    return out;
}

QList<qint64> SqliteChat::memberIds(qint64 conv) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT user_id FROM conv_members WHERE conv_id=? ORDER BY user_id"));
    st.bind(1, conv);
    QList<qint64> out;
    while (st.next())
        out.append(st.int64(0));
    return out;
}

QList<ConversationListItem> SqliteChat::conversationsOf(qint64 user) {
    auto st = m_db.prepare(QStringLiteral(
        "SELECT c.id, c.kind, c.name, c.announcement, c.owner, c.last_seq, c.created_at, "
        "m.user_id, m.role, m.muted, m.pinned, m.last_read_seq, m.joined_seq, "
        "(SELECT count(*) FROM conv_members x WHERE x.conv_id = c.id), "
        "(SELECT count(*) FROM messages g WHERE g.conv_id = c.id AND g.seq > m.last_read_seq "
        " AND g.sender != m.user_id AND g.recalled = 0 AND g.kind != 2) "
        "FROM conv_members m JOIN conversations c ON c.id = m.conv_id WHERE m.user_id = ?"));
    st.bind(1, user);
    QList<ConversationListItem> out;
    while (st.next()) {
        ConversationListItem item;
        item.conv = {st.int64(0), chat::ConvKind(st.int64(1)),
                     st.text(2),  st.text(3),
                     st.int64(4), st.int64(5),
                     st.int64(6)};
        item.self = readMember(st, 7);
        item.memberCount = int(st.int64(13));
        item.unread = st.int64(14);
        out.append(item);
    }
    for (ConversationListItem& item : out)
        if (item.conv.lastSeq > 0) item.last = message(item.conv.id, item.conv.lastSeq);
    // Pinned first, then the most recent activity first.
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        const qint64 ta = a.last ? a.last->timeMs : a.conv.createdMs;
        const qint64 tb = b.last ? b.last->timeMs : b.conv.createdMs;
        return a.self.pinned != b.self.pinned ? a.self.pinned : ta > tb;
    });
    return out;
}

Message SqliteChat::insertMessage(Message m) {
    m_db.prepare(QStringLiteral("UPDATE conversations SET last_seq = last_seq + 1 WHERE id=?"))
        .bind(1, m.conv)
        .run();
    auto seq = m_db.prepare(QStringLiteral("SELECT last_seq FROM conversations WHERE id=?"));
    seq.bind(1, m.conv);
    m.seq = seq.next() ? seq.int64(0) : 0;
    m_db.prepare(QStringLiteral("INSERT INTO messages(%1) VALUES(?,?,?,?,?,?,?,?,?,?,0,?)")
                     .arg(kMessageColumns))
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
        .bind(11, m.file.id > 0 ? QString::fromUtf8(
                                      QJsonDocument(m.file.toJson()).toJson(QJsonDocument::Compact))
                                : QString())
        .run();
    return m;
}

std::optional<Message> SqliteChat::message(qint64 conv, qint64 seq) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM messages WHERE conv_id=? AND seq=?").arg(kMessageColumns));
    st.bind(1, conv).bind(2, seq);
    return st.next() ? std::optional(readMessage(st)) : std::nullopt;
}

QList<Message> SqliteChat::history(qint64 conv, qint64 before, int limit) {
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM messages WHERE conv_id=? AND seq<? "
                                          "ORDER BY seq DESC LIMIT ?")
                               .arg(kMessageColumns));
    st.bind(1, conv)
        .bind(2, before > 0 ? before : std::numeric_limits<qint64>::max())
        .bind(3, limit);
    QList<Message> out;
    while (st.next())
        out.prepend(readMessage(st)); // oldest first within the page
    return out;
}

void SqliteChat::markRecalled(qint64 conv, qint64 seq) {
    // The tombstone keeps no content: recalled text must not linger on the server either.
    m_db.prepare(QStringLiteral("UPDATE messages SET recalled=1, text='', file_ref='', "
                                "file_meta='', mentions='' WHERE conv_id=? AND seq=?"))
        .bind(1, conv)
        .bind(2, seq)
        .run();
}

QList<qint64> SqliteChat::sendersBetween(qint64 conv, qint64 after, qint64 upTo, qint64 reader) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT DISTINCT sender FROM messages WHERE conv_id=? AND seq>? AND "
                       "seq<=? AND sender!=? AND kind!=2 ORDER BY sender"));
    st.bind(1, conv).bind(2, after).bind(3, upTo).bind(4, reader);
    QList<qint64> out;
    while (st.next())
        out.append(st.int64(0));
    return out;
}

} // namespace zt::server
