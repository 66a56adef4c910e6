#include "ConversationStore.h"
#include "MessageStore.h"
#include "WireHelpers.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace zt::chat {

namespace {

QString idsText(const QList<qint64>& ids) {
    return QString::fromUtf8(QJsonDocument(wire::toArray(ids)).toJson(QJsonDocument::Compact));
}

QList<qint64> idsFrom(const QString& text) {
    QList<qint64> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(v.toInteger());
    return out;
}

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.kind, c.name, c.announcement, c.owner, c.admins, c.member_count, c.peer, "
    "c.role, c.muted, c.pinned, c.last_read, c.last_seq, c.unread, c.mentioned, c.activity, "
    "c.member, d.text, m.local_id FROM conversations c "
    "LEFT JOIN chat_drafts d ON d.conv = c.id "
    "LEFT JOIN chat_messages m ON m.conv = c.id AND m.seq = c.last_seq ");

Conversation readRow(const store::Statement& st) {
    Conversation c;
    c.id = st.int64(0);
    c.kind = ConvKind(st.int64(1));
    c.name = st.text(2);
    c.announcement = st.text(3);
    c.owner = st.int64(4);
    c.admins = idsFrom(st.text(5));
    c.memberCount = int(st.int64(6));
    c.peer = st.int64(7);
    c.role = MemberRole(st.int64(8));
    c.muted = st.int64(9) != 0;
    c.pinned = st.int64(10) != 0;
    c.lastRead = st.int64(11);
    c.lastSeq = st.int64(12);
    c.unread = int(st.int64(13));
    c.mentioned = st.int64(14) != 0;
    c.activityMs = st.int64(15);
    c.member = st.int64(16) != 0;
    c.draft = st.isNull(17) ? QString() : st.text(17);
    return c;
}

} // namespace

void ConversationStore::ensure(qint64 conv) {
    m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO conversations(id) VALUES(?)"))
        .bind(1, conv)
        .run();
}

void ConversationStore::applyListItem(const ConvListItem& item) {
    const Conversation& c = item.conversation;
    ensure(c.id);
    m_db.prepare(QStringLiteral(
                     "UPDATE conversations SET kind=?, name=?, member_count=?, role=?, muted=?, "
                     "pinned=?, last_read=?, last_seq=MAX(last_seq, ?), unread=?, member=1, "
                     "activity=MAX(activity, ?) WHERE id=?"))
        .bind(1, int(c.kind))
        .bind(2, c.name)
        .bind(3, c.memberCount)
        .bind(4, int(c.role))
        .bind(5, c.muted ? 1 : 0)
        .bind(6, c.pinned ? 1 : 0)
        .bind(7, c.lastRead)
        .bind(8, c.lastSeq)
        .bind(9, c.unread)
        .bind(10, item.last ? item.last->timeMs : 0)
        .bind(11, c.id)
        .run();
}

void ConversationStore::applyInfo(const ConvInfo& info, qint64 self) {
    ensure(info.conv);
    const MemberRole role = info.owner == self           ? MemberRole::Owner
                            : info.admins.contains(self) ? MemberRole::Admin
                                                         : MemberRole::Member;
    m_db.prepare(QStringLiteral("UPDATE conversations SET kind=?, name=?, announcement=?, owner=?, "
                                "admins=?, member_count=?, role=? WHERE id=?"))
        .bind(1, int(info.kind))
        .bind(2, info.name)
        .bind(3, info.announcement)
        .bind(4, info.owner)
        .bind(5, idsText(info.admins))
        .bind(6, info.memberCount)
        .bind(7, int(role))
        .bind(8, info.conv)
        .run();
    if (info.self) {
        m_db.prepare(QStringLiteral("UPDATE conversations SET role=?, muted=?, pinned=?, "
                                    "last_read=MAX(last_read, ?), member=1 WHERE id=?"))
            .bind(1, int(info.self->role))
            .bind(2, info.self->muted ? 1 : 0)
            .bind(3, info.self->pinned ? 1 : 0)
            .bind(4, info.self->lastRead)
            .bind(5, info.conv)
            .run();
    }
    if (info.members.isEmpty()) return;
    m_db.prepare(QStringLiteral("DELETE FROM conv_members WHERE conv=?")).bind(1, info.conv).run();
    for (const auto& [user, role] : info.members)
        m_db.prepare(QStringLiteral("INSERT INTO conv_members(conv, user, role) VALUES(?,?,?)"))
            .bind(1, info.conv)
            .bind(2, user)
            .bind(3, int(role))
            .run();
}

void ConversationStore::setPeer(qint64 conv, qint64 peer) {
    m_db.prepare(QStringLiteral("UPDATE conversations SET peer=? WHERE id=?"))
        .bind(1, peer)
        .bind(2, conv)
        .run();
}

void ConversationStore::setSettings(qint64 conv, bool muted, bool pinned) {
    m_db.prepare(QStringLiteral("UPDATE conversations SET muted=?, pinned=? WHERE id=?"))
        .bind(1, muted ? 1 : 0)
        .bind(2, pinned ? 1 : 0)
        .bind(3, conv)
        .run();
}

void ConversationStore::setMember(qint64 conv, bool member) {
    m_db.prepare(QStringLiteral("UPDATE conversations SET member=? WHERE id=?"))
        .bind(1, member ? 1 : 0)
        .bind(2, conv)
        .run();
}

void ConversationStore::addMembers(qint64 conv, const QList<qint64>& users) {
    for (qint64 user : users)
        m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO conv_members(conv, user) VALUES(?,?)"))
            .bind(1, conv)
            .bind(2, user)
            .run();
}

void ConversationStore::removeMembers(qint64 conv, const QList<qint64>& users) {
    for (qint64 user : users)
        m_db.prepare(QStringLiteral("DELETE FROM conv_members WHERE conv=? AND user=?"))
            .bind(1, conv)
            .bind(2, user)
            .run();
}

void ConversationStore::noteMessage(const Message& m) {
    m_db.prepare(QStringLiteral("UPDATE conversations SET last_seq=MAX(last_seq, ?), "
                                "activity=MAX(activity, ?) WHERE id=?"))
        .bind(1, m.seq)
        .bind(2, m.timeMs)
        .bind(3, m.conv)
        .run();
}

void ConversationStore::setCounters(qint64 conv, qint64 lastRead, int unread, bool mentioned) {
    m_db.prepare(QStringLiteral(
                     "UPDATE conversations SET last_read=?, unread=?, mentioned=? WHERE id=?"))
        .bind(1, lastRead)
        .bind(2, unread)
        .bind(3, mentioned ? 1 : 0)
        .bind(4, conv)
        .run();
}

void ConversationStore::setHistoryFloor(qint64 conv, qint64 floor) {
    m_db.prepare(QStringLiteral("UPDATE conversations SET history_floor=? WHERE id=?"))
        .bind(1, floor)
        .bind(2, conv)
        .run();
}

void ConversationStore::setOthersRead(qint64 conv, qint64 user, qint64 upTo) {
    m_db.prepare(QStringLiteral(
                     "INSERT OR IGNORE INTO conv_read_marks(conv, user, up_to) VALUES(?,?,0)"))
        .bind(1, conv)
        .bind(2, user)
        .run();
    m_db.prepare(QStringLiteral(
                     "UPDATE conv_read_marks SET up_to=MAX(up_to, ?) WHERE conv=? AND user=?"))
        .bind(1, upTo)
        .bind(2, conv)
        .bind(3, user)
        .run();
}

void ConversationStore::setDraft(qint64 conv, const QString& text) {
    if (text.trimmed().isEmpty()) {
        m_db.prepare(QStringLiteral("DELETE FROM chat_drafts WHERE conv=?")).bind(1, conv).run();
        return;
    }
    m_db.prepare(
            QStringLiteral("INSERT OR REPLACE INTO chat_drafts(conv, text, updated) VALUES(?,?,?)"))
        .bind(1, conv)
        .bind(2, text)
        .bind(3, QDateTime::currentMSecsSinceEpoch())
        .run();
}

void ConversationStore::markDetailFetched(qint64 conv) {
    m_db.prepare(QStringLiteral("UPDATE conversations SET detail_fetched=1 WHERE id=?"))
        .bind(1, conv)
        .run();
}

std::optional<Conversation> ConversationStore::get(qint64 conv) {
    Conversation c;
    qint64 lastLocal = 0;
    {
        auto st = m_db.prepare(kSelect + QStringLiteral("WHERE c.id=?"));
        st.bind(1, conv);
        if (!st.next()) return std::nullopt;
        c = readRow(st);
        lastLocal = st.isNull(18) ? 0 : st.int64(18);
    }
    if (lastLocal > 0)
        if (auto m = MessageStore(m_db).byLocalId(lastLocal)) c.last = m->message;
    return c;
}

QList<Conversation> ConversationStore::list(int limit) {
    auto st = m_db.prepare(kSelect + QStringLiteral("WHERE c.member=1 OR c.last_seq>0 "
                                                    "ORDER BY c.pinned DESC, c.activity DESC, "
                                                    "c.id DESC LIMIT ?"));
    st.bind(1, limit);
    QList<Conversation> out;
    QList<qint64> lastIds;
    while (st.next()) {
        out.append(readRow(st));
        lastIds.append(st.isNull(18) ? 0 : st.int64(18));
    }
    MessageStore messages(m_db);
    for (int i = 0; i < out.size(); ++i)
        if (lastIds[i] > 0)
            if (auto m = messages.byLocalId(lastIds[i])) out[i].last = m->message;
    return out;
}

QList<qint64> ConversationStore::members(qint64 conv) {
    auto st =
        m_db.prepare(QStringLiteral("SELECT user FROM conv_members WHERE conv=? ORDER BY user"));
    st.bind(1, conv);
    QList<qint64> out;
    while (st.next())
        out.append(st.int64(0));
    return out;
}

QList<qint64> ConversationStore::needingDetail() {
    auto st = m_db.prepare(QStringLiteral(
        "SELECT id FROM conversations WHERE detail_fetched=0 AND member=1 ORDER BY id"));
    QList<qint64> out;
    while (st.next())
        out.append(st.int64(0));
    return out;
}

std::optional<qint64> ConversationStore::directWith(qint64 peer) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT id FROM conversations WHERE kind=? AND peer=? LIMIT 1"));
    st.bind(1, int(ConvKind::Direct)).bind(2, peer);
    if (!st.next()) return std::nullopt;
    return st.int64(0);
}

qint64 ConversationStore::historyFloor(qint64 conv) {
    auto st = m_db.prepare(QStringLiteral("SELECT history_floor FROM conversations WHERE id=?"));
    st.bind(1, conv);
    return st.next() ? st.int64(0) : 0;
}

int ConversationStore::unreadBy(qint64 conv, qint64 seq, qint64 sender) {
    auto st = m_db.prepare(QStringLiteral(
        "SELECT (SELECT member_count FROM conversations WHERE id=?1) - 1 - "
        "(SELECT count(*) FROM conv_read_marks WHERE conv=?1 AND user<>?3 AND up_to>=?2)"));
    st.bind(1, conv).bind(2, seq).bind(3, sender);
    return st.next() ? std::max(0, int(st.int64(0))) : 0;
}

qint64 ConversationStore::othersReadUpTo(qint64 conv, qint64 user) {
    auto st =
        m_db.prepare(QStringLiteral("SELECT up_to FROM conv_read_marks WHERE conv=? AND user=?"));
    st.bind(1, conv).bind(2, user);
    return st.next() ? st.int64(0) : 0;
}

int ConversationStore::totalUnread(bool includeMuted) {
    auto st = m_db.prepare(QStringLiteral(
        "SELECT COALESCE(SUM(unread), 0) FROM conversations WHERE member=1 AND (muted=0 OR ?)"));
    st.bind(1, includeMuted ? 1 : 0);
    return st.next() ? int(st.int64(0)) : 0;
}

} // namespace zt::chat
