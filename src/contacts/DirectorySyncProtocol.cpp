#include "DirectorySyncProtocol.h"

#include <QJsonArray>

namespace zt::contacts {

namespace {

QString key(const char* k) {
    return QString::fromLatin1(k);
}

const QStringList kKinds{QStringLiteral("node"), QStringLiteral("person"),
                         QStringLiteral("person_removed")};

bool isWholeNumber(const QJsonValue& v) {
    return v.isUndefined() || (v.isDouble() && v.toDouble() == double(v.toInteger()));
}

} // namespace

QJsonObject ChangeEntry::toJson() const {
    QJsonObject o{{key("v"), version}, {key("kind"), kKinds.at(int(kind))}, {key("id"), id}};
    if (node) o.insert(key("node"), node->toJson());
    if (person) o.insert(key("person"), person->toJson());
    QJsonArray ids;
    for (const qint64 n : listings)
        ids.append(n);
    o.insert(key("listings"), ids);
    return o;
}

ChangeEntry ChangeEntry::fromJson(const QJsonObject& o) {
    ChangeEntry c;
    c.version = o[key("v")].toInteger();
    c.kind = Kind(qMax(0, int(kKinds.indexOf(o[key("kind")].toString()))));
    c.id = o[key("id")].toInteger();
    if (o.contains(key("node"))) c.node = NodeInfo::fromJson(o[key("node")].toObject());
    if (o.contains(key("person"))) c.person = PersonInfo::fromJson(o[key("person")].toObject());
    for (const QJsonValue& v : o[key("listings")].toArray())
        c.listings << v.toInteger();
    return c;
}

QJsonObject ChangesArgs::toJson() const {
    return {{key("since"), since}, {key("limit"), limit}};
}

std::optional<ChangesArgs> ChangesArgs::fromJson(const QJsonObject& o) {
    if (!isWholeNumber(o.value(key("since"))) || !isWholeNumber(o.value(key("limit"))))
        return std::nullopt;
    ChangesArgs a{o[key("since")].toInteger(), o[key("limit")].toInt(200)};
    if (a.since < 0 || a.limit <= 0) return std::nullopt;
    a.limit = qMin(a.limit, 500);
    return a;
}

QJsonObject ChangesResult::toJson() const {
    QJsonArray list;
    for (const ChangeEntry& c : changes)
        list.append(c.toJson());
    return {{key("changes"), list}, {key("version"), version}, {key("more"), more}};
}

ChangesResult ChangesResult::fromJson(const QJsonObject& o) {
    ChangesResult r;
    for (const QJsonValue& v : o[key("changes")].toArray())
        r.changes << ChangeEntry::fromJson(v.toObject());
    r.version = o[key("version")].toInteger();
    r.more = o[key("more")].toBool();
    return r;
}

QJsonObject SnapshotArgs::toJson() const {
    return {{key("after"), after}, {key("limit"), limit}};
}

std::optional<SnapshotArgs> SnapshotArgs::fromJson(const QJsonObject& o) {
    if (!isWholeNumber(o.value(key("after"))) || !isWholeNumber(o.value(key("limit"))))
        return std::nullopt;
    SnapshotArgs a{o[key("after")].toInteger(), o[key("limit")].toInt(200)};
    if (a.after < 0 || a.limit <= 0) return std::nullopt;
    a.limit = qMin(a.limit, 500);
    return a;
}

QJsonObject SnapshotResult::toJson() const {
    QJsonArray n, p;
    for (const NodeInfo& node : nodes)
        n.append(node.toJson());
    for (const PersonInfo& person : people)
        p.append(person.toJson());
    return {{key("version"), version},
            {key("region"), region},
            {key("nodes"), n},
            {key("people"), p},
            {key("next"), next}};
}

SnapshotResult SnapshotResult::fromJson(const QJsonObject& o) {
    SnapshotResult r;
    r.version = o[key("version")].toInteger();
    r.region = o[key("region")].toInteger();
    for (const QJsonValue& v : o[key("nodes")].toArray())
        r.nodes << NodeInfo::fromJson(v.toObject());
    for (const QJsonValue& v : o[key("people")].toArray())
        r.people << PersonInfo::fromJson(v.toObject());
    r.next = o[key("next")].toInteger();
    return r;
}

QJsonObject AdminArgs::toJson() const {
    QJsonObject o{{key("cid"), cid}};
    const auto put = [&](const char* k, const QJsonValue& v, bool present) {
        if (present) o.insert(key(k), v);
    };
    put("person", person, person != 0);
    put("node", node, node != 0);
    put("target", target, target != 0);
    put("name", name, !name.isEmpty());
    put("mobile", mobile, !mobile.isEmpty());
    put("title", title, !title.isEmpty());
    put("rank", int(rank), rank != Rank::None);
    put("line", line, !line.isEmpty());
    return o;
}

AdminArgs AdminArgs::fromJson(const QJsonObject& o) {
    const auto id = [&](const char* k) {
        const QJsonValue v = o.value(key(k));
        return isWholeNumber(v) ? qMax<qint64>(0, v.toInteger()) : 0;
    };
    const int rank = o[key("rank")].toInt();
    return {o[key("cid")].toString(),
            id("person"),
            id("node"),
            id("target"),
            o[key("name")].toString().trimmed(),
            o[key("mobile")].toString().trimmed(),
            o[key("title")].toString().trimmed(),
            rank >= 0 && rank <= int(Rank::Bureau) ? Rank(rank) : Rank::None,
            o[key("line")].toString().trimmed()};
}

AdminArgs AdminArgs::move(qint64 person, qint64 from, qint64 to) {
    AdminArgs a;
    a.person = person;
    a.node = from;
    a.target = to;
    return a;
}

AdminArgs AdminArgs::rename(qint64 node, const QString& name) {
    AdminArgs a;
    a.node = node;
    a.name = name;
    return a;
}

AdminArgs AdminArgs::remove(qint64 person) {
    AdminArgs a;
    a.person = person;
    return a;
}

} // namespace zt::contacts
