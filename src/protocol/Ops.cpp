#include "Ops.h"
#include "Protocol.h"

#include <QJsonArray>

namespace zt::protocol {
namespace {

bool nonEmptyString(const QJsonObject& o, const char* key, int maxLen) {
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() && !v.toString().isEmpty() && v.toString().size() <= maxLen;
}

bool optionalInteger(const QJsonObject& o, const char* key) {
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isUndefined() || (v.isDouble() && v.toDouble() == double(v.toInteger()));
}

} // namespace

QJsonObject LoginArgs::toJson() const {
    return {{QStringLiteral("user"), user},
            {QStringLiteral("password"), password},
            {QStringLiteral("device"), device}};
}

std::optional<LoginArgs> LoginArgs::fromJson(const QJsonObject& o) {
    if (!nonEmptyString(o, "user", 128) || !nonEmptyString(o, "password", 1024))
        return std::nullopt;
    return LoginArgs{o.value(QStringLiteral("user")).toString(),
                     o.value(QStringLiteral("password")).toString(),
                     o.value(QStringLiteral("device")).toString().left(128)};
}

QJsonObject ResumeArgs::toJson() const {
    return {{QStringLiteral("token"), token}};
}

std::optional<ResumeArgs> ResumeArgs::fromJson(const QJsonObject& o) {
    if (!nonEmptyString(o, "token", 256)) return std::nullopt;
    return ResumeArgs{o.value(QStringLiteral("token")).toString()};
}

QJsonObject AuthResult::toJson() const {
    QJsonObject o{{QStringLiteral("userId"), userId},
                  {QStringLiteral("userName"), userName},
                  {QStringLiteral("displayName"), displayName},
                  {QStringLiteral("expiresAt"), expiresAtMs},
                  {QStringLiteral("head"), headSeq}};
    if (!token.isEmpty()) o.insert(QStringLiteral("token"), token);
    return o;
}

AuthResult AuthResult::fromJson(const QJsonObject& o) {
    return AuthResult{o.value(QStringLiteral("token")).toString(),
                      o.value(QStringLiteral("userId")).toInteger(),
                      o.value(QStringLiteral("userName")).toString(),
                      o.value(QStringLiteral("displayName")).toString(),
                      o.value(QStringLiteral("expiresAt")).toInteger(),
                      o.value(QStringLiteral("head")).toInteger()};
}

QJsonObject LogoutArgs::toJson() const {
    return {{QStringLiteral("everywhere"), everywhere}};
}

std::optional<LogoutArgs> LogoutArgs::fromJson(const QJsonObject& o) {
    const QJsonValue v = o.value(QStringLiteral("everywhere"));
    if (!v.isUndefined() && !v.isBool()) return std::nullopt;
    return LogoutArgs{v.toBool(false)};
}

QJsonObject SyncFetchArgs::toJson() const {
    return {{QStringLiteral("after"), after}, {QStringLiteral("limit"), limit}};
}

std::optional<SyncFetchArgs> SyncFetchArgs::fromJson(const QJsonObject& o) {
    if (!optionalInteger(o, "after") || !optionalInteger(o, "limit")) return std::nullopt;
    SyncFetchArgs a;
    a.after = o.value(QStringLiteral("after")).toInteger(0);
    a.limit = int(o.value(QStringLiteral("limit")).toInteger(kDefaultLimit));
    if (a.after < 0 || a.limit < 1) return std::nullopt;
    a.limit = qMin(a.limit, kSyncPageMax);
    return a;
}

QJsonObject SyncFetchResult::toJson() const {
    QJsonArray list;
    for (const Event& e : events)
        list.append(protocol::toJson(e));
    return {{QStringLiteral("events"), list},
            {QStringLiteral("more"), more},
            {QStringLiteral("head"), head}};
}

SyncFetchResult SyncFetchResult::fromJson(const QJsonObject& o) {
    SyncFetchResult r;
    for (const QJsonValue& v : o.value(QStringLiteral("events")).toArray())
        r.events.append(eventFromJson(v.toObject()));
    r.more = o.value(QStringLiteral("more")).toBool();
    r.head = o.value(QStringLiteral("head")).toInteger();
    return r;
}

std::optional<QString> writeId(const QJsonObject& args) {
    const QJsonValue v = args.value(QStringLiteral("cid"));
    if (!v.isString() || v.toString().size() < 8 || v.toString().size() > 64) return std::nullopt;
    return v.toString();
}

} // namespace zt::protocol
