#include "DirectoryProtocol.h"

#include <QJsonArray>

namespace zt::contacts {

namespace {

QString key(const char* k) {
    return QString::fromLatin1(k);
}

bool isInt(const QJsonObject& o, const char* k) {
    const QJsonValue v = o.value(key(k));
    return v.isUndefined() || (v.isDouble() && v.toDouble() == double(v.toInteger()));
}

template <typename T> QJsonArray toArray(const QList<T>& items) {
    QJsonArray a;
    for (const T& item : items)
        a.append(item.toJson());
    return a;
}

template <typename T> QList<T> fromArray(const QJsonValue& v) {
    QList<T> out;
    for (const QJsonValue& item : v.toArray())
        out.append(T::fromJson(item.toObject()));
    return out;
}

} // namespace

QString rankName(Rank rank) {
    static const QStringList names{QString(),
                                   QStringLiteral("科员"),
                                   QStringLiteral("副科"),
                                   QStringLiteral("正科"),
                                   QStringLiteral("副处"),
                                   QStringLiteral("正处"),
                                   QStringLiteral("副厅"),
                                   QStringLiteral("正厅")};
    return names.value(int(rank));
}

QJsonObject NodeInfo::toJson() const {
    return {{key("id"), id},
            {key("parent"), parentId},
            {key("kind"), int(kind)},
            {key("level"), level},
            {key("code"), code},
            {key("name"), name},
            {key("members"), memberCount},
            {key("children"), childCount}};
}

NodeInfo NodeInfo::fromJson(const QJsonObject& o) {
    return {o[key("id")].toInteger(),         o[key("parent")].toInteger(),
            NodeKind(o[key("kind")].toInt()), o[key("level")].toInt(),
            o[key("code")].toString(),        o[key("name")].toString(),
            o[key("members")].toInt(),        o[key("children")].toInt()};
}

QJsonObject PositionInfo::toJson() const {
    return {{key("node"), nodeId},    {key("unit"), unitName}, {key("title"), title},
            {key("rank"), int(rank)}, {key("line"), line},     {key("roles"), roles}};
}

PositionInfo PositionInfo::fromJson(const QJsonObject& o) {
    return {o[key("node")].toInteger(),   o[key("unit")].toString(), o[key("title")].toString(),
            Rank(o[key("rank")].toInt()), o[key("line")].toString(), o[key("roles")].toInt()};
}

QJsonObject PersonInfo::toJson() const {
    return {{key("id"), id},
            {key("user"), userId},
            {key("name"), name},
            {key("mobile"), mobile},
            {key("masked"), mobileMasked},
            {key("office"), officePhone},
            {key("positions"), toArray(positions)}};
}

PersonInfo PersonInfo::fromJson(const QJsonObject& o) {
    return {o[key("id")].toInteger(),
            o[key("user")].toInteger(),
            o[key("name")].toString(),
            o[key("mobile")].toString(),
            o[key("masked")].toBool(),
            o[key("office")].toString(),
            fromArray<PositionInfo>(o[key("positions")])};
}

QJsonObject ChildrenArgs::toJson() const {
    return {{key("node"), node}, {key("offset"), offset}, {key("limit"), limit}};
}

std::optional<ChildrenArgs> ChildrenArgs::fromJson(const QJsonObject& o) {
    if (!isInt(o, "node") || !isInt(o, "offset") || !isInt(o, "limit")) return std::nullopt;
    ChildrenArgs a{o[key("node")].toInteger(0), int(o[key("offset")].toInteger(0)),
                   int(o[key("limit")].toInteger(100))};
    if (a.node < 0 || a.offset < 0 || a.limit < 1) return std::nullopt;
    a.limit = qMin(a.limit, 500);
    return a;
}

QJsonObject ChildrenResult::toJson() const {
    return {{key("path"), toArray(path)},
            {key("nodes"), toArray(nodes)},
            {key("people"), toArray(people)},
            {key("totalNodes"), totalNodes},
            {key("totalPeople"), totalPeople}};
}

ChildrenResult ChildrenResult::fromJson(const QJsonObject& o) {
    return {fromArray<NodeInfo>(o[key("path")]), fromArray<NodeInfo>(o[key("nodes")]),
            fromArray<PersonInfo>(o[key("people")]), o[key("totalNodes")].toInt(),
            o[key("totalPeople")].toInt()};
}

QJsonObject SearchArgs::toJson() const {
    return {{key("q"), query},        {key("region"), region}, {key("line"), line},
            {key("rank"), int(rank)}, {key("role"), role},     {key("offset"), offset},
            {key("limit"), limit}};
}

std::optional<SearchArgs> SearchArgs::fromJson(const QJsonObject& o) {
    const QJsonValue q = o.value(key("q"));
    if (!q.isString() || q.toString().size() > 64) return std::nullopt;
    for (const char* k : {"region", "rank", "role", "offset", "limit"})
        if (!isInt(o, k)) return std::nullopt;
    SearchArgs a{q.toString(),
                 o[key("region")].toInteger(0),
                 o[key("line")].toString(),
                 Rank(qBound(0, o[key("rank")].toInt(0), int(Rank::Bureau))),
                 o[key("role")].toInt(0),
                 int(o[key("offset")].toInteger(0)),
                 int(o[key("limit")].toInteger(20))};
    if (a.region < 0 || a.offset < 0 || a.offset > 1000 || a.limit < 1) return std::nullopt;
    a.limit = qMin(a.limit, 100);
    return a;
}

QJsonObject SearchHit::toJson() const {
    QJsonArray marksJson;
    for (const auto& [start, length] : marks)
        marksJson.append(QJsonArray{start, length});
    return {
        {key("person"), person.toJson()}, {key("match"), matchClass}, {key("marks"), marksJson}};
}

SearchHit SearchHit::fromJson(const QJsonObject& o) {
    SearchHit h{PersonInfo::fromJson(o[key("person")].toObject()), o[key("match")].toInt(), {}};
    for (const QJsonValue& m : o[key("marks")].toArray())
        h.marks.append({m.toArray().at(0).toInt(), m.toArray().at(1).toInt()});
    return h;
}

QJsonObject SearchResult::toJson() const {
    return {{key("people"), toArray(people)}, {key("units"), toArray(units)}, {key("more"), more}};
}

SearchResult SearchResult::fromJson(const QJsonObject& o) {
    return {fromArray<SearchHit>(o[key("people")]), fromArray<NodeInfo>(o[key("units")]),
            o[key("more")].toBool()};
}

QJsonObject UsersArgs::toJson() const {
    QJsonArray a;
    for (qint64 u : users)
        a.append(u);
    return {{key("users"), a}};
}

std::optional<UsersArgs> UsersArgs::fromJson(const QJsonObject& o) {
    const QJsonValue v = o.value(key("users"));
    if (!v.isArray() || v.toArray().size() > kMaxUsersLookup) return std::nullopt;
    UsersArgs args;
    for (const QJsonValue& u : v.toArray()) {
        if (!u.isDouble() || u.toInteger() <= 0) return std::nullopt;
        args.users.append(u.toInteger());
    }
    return args;
}

std::optional<PersonArgs> PersonArgs::fromJson(const QJsonObject& o) {
    const QJsonValue id = o.value(key("id"));
    if (!id.isDouble() || id.toInteger() <= 0) return std::nullopt;
    return PersonArgs{id.toInteger()};
}

} // namespace zt::contacts
