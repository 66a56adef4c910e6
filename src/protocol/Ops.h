#pragma once
// Typed arguments and results of the core operations (authentication and sync).
// Domain operations live in their domain folder (e.g. chat/ChatProtocol.h).
#include "Frame.h"

#include <QList>
#include <optional>

namespace zt::protocol {

namespace op {
inline const QString Login = QStringLiteral("auth.login");
inline const QString Resume = QStringLiteral("auth.resume");
inline const QString Logout = QStringLiteral("auth.logout");
inline const QString SyncFetch = QStringLiteral("sync.fetch");
} // namespace op

struct LoginArgs {
    QString user;
    QString password;
    QString device;
    QJsonObject toJson() const;
    static std::optional<LoginArgs> fromJson(const QJsonObject& o);
};

struct ResumeArgs {
    QString token;
    QJsonObject toJson() const;
    static std::optional<ResumeArgs> fromJson(const QJsonObject& o);
};

struct AuthResult {
    QString token; // only in the answer to auth.login
    qint64 userId = 0;
    QString userName;
    QString displayName;
    qint64 expiresAtMs = 0;
    qint64 headSeq = 0; // newest event sequence for this user
    QJsonObject toJson() const;
    static AuthResult fromJson(const QJsonObject& o);
};

struct LogoutArgs {
    bool everywhere = false;
    QJsonObject toJson() const;
    static std::optional<LogoutArgs> fromJson(const QJsonObject& o);
};

struct SyncFetchArgs {
    qint64 after = 0;
    int limit = kDefaultLimit;
    static constexpr int kDefaultLimit = 200;
    QJsonObject toJson() const;
    static std::optional<SyncFetchArgs> fromJson(const QJsonObject& o);
};

struct SyncFetchResult {
    QList<Event> events;
    bool more = false;
    qint64 head = 0;
    QJsonObject toJson() const;
    static SyncFetchResult fromJson(const QJsonObject& o);
};

// Every write carries a client-made unique id ("cid", 8..64 characters) in its args.
std::optional<QString> writeId(const QJsonObject& args);

} // namespace zt::protocol
