#include "ConversationEvents.h"
#include "WireHelpers.h"

#include <QJsonArray>

namespace zt::chat {

namespace {

QString key(const char* k) {
    return QString::fromLatin1(k);
}

qint64 integer(const QJsonObject& o, const char* k) {
    return o.value(key(k)).toInteger();
}

QList<qint64> idList(const QJsonObject& o, const char* k) {
    return wire::ids(o, key(k), kMaxGroupMembers).value_or(QList<qint64>{});
}

} // namespace

std::optional<MemberRole> memberRoleFromString(const QString& s) {
    for (MemberRole r : {MemberRole::Member, MemberRole::Admin, MemberRole::Owner})
        if (toString(r) == s) return r;
    return std::nullopt;
}

std::optional<ConvKind> convKindFromString(const QString& s) {
    for (ConvKind k : {ConvKind::Direct, ConvKind::Group})
        if (toString(k) == s) return k;
    return std::nullopt;
}

std::optional<ConvInfo> ConvInfo::fromJson(const QJsonObject& o) {
    ConvInfo c;
    c.conv = integer(o, "conv");
    const auto kind = convKindFromString(o.value(key("kind")).toString());
    if (c.conv <= 0 || !kind) return std::nullopt;
    c.kind = *kind;
    c.name = o.value(key("name")).toString();
    c.announcement = o.value(key("announcement")).toString();
    c.owner = integer(o, "owner");
    c.admins = idList(o, "admins");
    c.memberCount = int(integer(o, "memberCount"));
    for (const QJsonValue& v : o.value(key("members")).toArray()) {
        const QJsonObject m = v.toObject();
        const auto role = memberRoleFromString(m.value(key("role")).toString());
        if (integer(m, "user") > 0 && role) c.members.append({integer(m, "user"), *role});
    }
    if (o.contains(key("lastSeq"))) c.lastSeq = integer(o, "lastSeq");
    if (o.value(key("self")).isObject()) {
        const QJsonObject s = o.value(key("self")).toObject();
        Conversation self;
        self.role =
            memberRoleFromString(s.value(key("role")).toString()).value_or(MemberRole::Member);
        self.muted = s.value(key("muted")).toBool();
        self.pinned = s.value(key("pinned")).toBool();
        self.lastRead = integer(s, "lastRead");
        c.self = self;
    }
    return c;
}

std::optional<ConvListItem> ConvListItem::fromJson(const QJsonObject& o) {
    ConvListItem item;
    Conversation& c = item.conversation;
    c.id = integer(o, "conv");
    const auto kind = convKindFromString(o.value(key("kind")).toString());
    if (c.id <= 0 || !kind) return std::nullopt;
    c.kind = *kind;
    c.name = o.value(key("name")).toString();
    c.memberCount = int(integer(o, "memberCount"));
    c.role = memberRoleFromString(o.value(key("role")).toString()).value_or(MemberRole::Member);
    c.muted = o.value(key("muted")).toBool();
    c.pinned = o.value(key("pinned")).toBool();
    c.lastRead = integer(o, "lastRead");
    c.lastSeq = integer(o, "lastSeq");
    c.unread = int(integer(o, "unread"));
    if (o.value(key("last")).isObject())
        item.last = Message::fromJson(o.value(key("last")).toObject());
    return item;
}

std::optional<RecalledEvent> RecalledEvent::fromJson(const QJsonObject& o) {
    RecalledEvent e{integer(o, "conv"), integer(o, "seq"), integer(o, "by")};
    if (e.conv <= 0 || e.seq <= 0) return std::nullopt;
    return e;
}

std::optional<ReadEvent> ReadEvent::fromJson(const QJsonObject& o) {
    ReadEvent e{integer(o, "conv"), integer(o, "reader"), integer(o, "upTo")};
    if (e.conv <= 0 || e.reader <= 0) return std::nullopt;
    return e;
}

std::optional<MembersEvent> MembersEvent::fromJson(const QJsonObject& o) {
    MembersEvent e{integer(o, "conv"), idList(o, "users"), integer(o, "by")};
    if (e.conv <= 0) return std::nullopt;
    return e;
}

std::optional<SettingsEvent> SettingsEvent::fromJson(const QJsonObject& o) {
    SettingsEvent e{integer(o, "conv"), o.value(key("muted")).toBool(),
                    o.value(key("pinned")).toBool()};
    if (e.conv <= 0) return std::nullopt;
    return e;
}

HistoryPage HistoryPage::fromJson(const QJsonObject& o) {
    HistoryPage page;
    for (const QJsonValue& v : o.value(key("messages")).toArray())
        if (auto m = Message::fromJson(v.toObject())) page.messages.append(*m);
    page.more = o.value(key("more")).toBool();
    return page;
}

std::optional<Receipts> receiptsFromJson(const QJsonObject& o) {
    Receipts r{integer(o, "conv"), integer(o, "seq"), idList(o, "readBy"), idList(o, "unreadBy")};
    if (r.conv <= 0 || r.seq <= 0) return std::nullopt;
    return r;
}

} // namespace zt::chat
