#pragma once
// Small strict readers for the chat and DING typed forms: integers must be whole numbers, id
// lists must hold positive, distinct ids.
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <optional>

namespace zt::chat::wire {

inline bool isInteger(const QJsonValue& v) {
    return v.isDouble() && v.toDouble() == double(v.toInteger());
}

// A positive integer member, or nullopt.
inline std::optional<qint64> positive(const QJsonObject& o, const QString& key) {
    const QJsonValue v = o.value(key);
    if (!isInteger(v) || v.toInteger() <= 0) return std::nullopt;
    return v.toInteger();
}

// A non-negative integer member; absent gives fallback; anything else nullopt.
inline std::optional<qint64> natural(const QJsonObject& o, const QString& key, qint64 fallback) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) return fallback;
    if (!isInteger(v) || v.toInteger() < 0) return std::nullopt;
    return v.toInteger();
}

// An array of distinct positive ids (absent: empty); nullopt when malformed or over max.
inline std::optional<QList<qint64>> ids(const QJsonObject& o, const QString& key, int max) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) return QList<qint64>{};
    if (!v.isArray() || v.toArray().size() > max) return std::nullopt;
    QList<qint64> out;
    QSet<qint64> seen; // lists reach 2,000 ids: no quadratic duplicate check
    for (const QJsonValue& item : v.toArray()) {
        if (!isInteger(item) || item.toInteger() <= 0 || seen.contains(item.toInteger()))
            return std::nullopt;
        seen.insert(item.toInteger());
        out.append(item.toInteger());
    }
    return out;
}

inline QJsonArray toArray(const QList<qint64>& list) {
    QJsonArray a;
    for (qint64 id : list)
        a.append(id);
    return a;
}

// An optional string member of at most max characters (absent: nullopt in *out, still valid).
inline bool optionalText(const QJsonObject& o, const QString& key, int max,
                         std::optional<QString>* out) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) return true;
    if (!v.isString() || v.toString().size() > max) return false;
    *out = v.toString();
    return true;
}

inline std::optional<bool> optionalBool(const QJsonObject& o, const QString& key, bool* valid) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) return std::nullopt;
    if (!v.isBool()) *valid = false;
    return v.toBool();
}

} // namespace zt::chat::wire
