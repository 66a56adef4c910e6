#include "SqliteStorage.h"
#include "SqliteSchema.h"
#include "store/Migrator.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>

namespace zt::server {
namespace {

QByteArray compact(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

UserRecord readUser(store::Statement& st) {
    return UserRecord{st.int64(0), st.text(1), st.text(2), st.text(3)};
}

} // namespace

std::unique_ptr<SqliteStorage> SqliteStorage::open(const QString& dir, QString* error) {
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create data folder %1").arg(dir);
        return nullptr;
    }
    auto opened = store::Database::open(QDir(dir).filePath(QStringLiteral("server.db")));
    if (!opened.db) {
        *error = opened.message;
        return nullptr;
    }
    try {
        opened.db->exec(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                                       "PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536;"));
        if (store::migrate(*opened.db, serverSchema()) == store::MigrateResult::TooNew) {
            *error = QStringLiteral("server.db was written by a newer server version");
            return nullptr;
        }
    } catch (const store::DbError& e) {
        *error = QString::fromUtf8(e.what());
        return nullptr;
    }
    return std::unique_ptr<SqliteStorage>(new SqliteStorage(std::move(opened.db)));
}

void SqliteStorage::transaction(const std::function<void()>& fn) {
    m_db->transaction(fn);
}

qint64 SqliteStorage::createUser(const QString& name, const QString& displayName,
                                 const QString& passwordHash) {
    m_db->prepare(
            QStringLiteral("INSERT INTO users(name, display_name, password_hash) VALUES(?,?,?)"))
        .bind(1, name)
        .bind(2, displayName)
        .bind(3, passwordHash)
        .run();
    return m_db->lastInsertId();
}

std::optional<UserRecord> SqliteStorage::userByName(const QString& name) {
    auto st = m_db->prepare(
        QStringLiteral("SELECT id, name, display_name, password_hash FROM users WHERE name=?"));
    st.bind(1, name);
    return st.next() ? std::optional(readUser(st)) : std::nullopt;
}

std::optional<UserRecord> SqliteStorage::userById(qint64 id) {
    auto st = m_db->prepare(
        QStringLiteral("SELECT id, name, display_name, password_hash FROM users WHERE id=?"));
    st.bind(1, id);
    return st.next() ? std::optional(readUser(st)) : std::nullopt;
}

qint64 SqliteStorage::userCount() {
    auto st = m_db->prepare(QStringLiteral("SELECT count(*) FROM users"));
    return st.next() ? st.int64(0) : 0;
}

void SqliteStorage::createSession(const QByteArray& tokenHash, qint64 userId, qint64 expiresAtMs,
                                  const QString& device) {
    m_db->prepare(QStringLiteral("INSERT INTO sessions(token_hash, user_id, expires_at, device, "
                                 "created_at) VALUES(?,?,?,?,?)"))
        .bind(1, tokenHash)
        .bind(2, userId)
        .bind(3, expiresAtMs)
        .bind(4, device)
        .bind(5, QDateTime::currentMSecsSinceEpoch())
        .run();
}

std::optional<SessionRecord> SqliteStorage::session(const QByteArray& tokenHash) {
    auto st = m_db->prepare(
        QStringLiteral("SELECT user_id, expires_at FROM sessions WHERE token_hash=?"));
    st.bind(1, tokenHash);
    return st.next() ? std::optional(SessionRecord{st.int64(0), st.int64(1)}) : std::nullopt;
}

void SqliteStorage::revokeSession(const QByteArray& tokenHash) {
    m_db->prepare(QStringLiteral("DELETE FROM sessions WHERE token_hash=?"))
        .bind(1, tokenHash)
        .run();
}

void SqliteStorage::revokeAllSessions(qint64 userId) {
    m_db->prepare(QStringLiteral("DELETE FROM sessions WHERE user_id=?")).bind(1, userId).run();
}

protocol::Event SqliteStorage::appendEvent(qint64 userId, const QString& kind,
                                           const QJsonObject& data) {
    m_db->prepare(QStringLiteral("UPDATE users SET head_seq = head_seq + 1 WHERE id=?"))
        .bind(1, userId)
        .run();
    const protocol::Event event{headSeq(userId), kind, QDateTime::currentMSecsSinceEpoch(), data};
    m_db->prepare(
            QStringLiteral("INSERT INTO events(user_id, seq, kind, time, data) VALUES(?,?,?,?,?)"))
        .bind(1, userId)
        .bind(2, event.seq)
        .bind(3, kind)
        .bind(4, event.timeMs)
        .bind(5, compact(data))
        .run();
    return event;
}

QList<protocol::Event> SqliteStorage::eventsAfter(qint64 userId, qint64 after, int limit) {
    auto st = m_db->prepare(QStringLiteral("SELECT seq, kind, time, data FROM events "
                                           "WHERE user_id=? AND seq>? ORDER BY seq LIMIT ?"));
    st.bind(1, userId).bind(2, after).bind(3, limit);
    QList<protocol::Event> out;
    while (st.next())
        out.append(
            {st.int64(0), st.text(1), st.int64(2), QJsonDocument::fromJson(st.blob(3)).object()});
    return out;
}

qint64 SqliteStorage::headSeq(qint64 userId) {
    auto st = m_db->prepare(QStringLiteral("SELECT head_seq FROM users WHERE id=?"));
    st.bind(1, userId);
    return st.next() ? st.int64(0) : 0;
}

std::optional<QJsonObject> SqliteStorage::appliedWrite(qint64 userId, const QString& cid) {
    auto st = m_db->prepare(
        QStringLiteral("SELECT result FROM applied_writes WHERE user_id=? AND cid=?"));
    st.bind(1, userId).bind(2, cid);
    if (!st.next()) return std::nullopt;
    return QJsonDocument::fromJson(st.blob(0)).object();
}

void SqliteStorage::recordWrite(qint64 userId, const QString& cid, const QJsonObject& result) {
    m_db->prepare(QStringLiteral(
                      "INSERT INTO applied_writes(user_id, cid, result, time) VALUES(?,?,?,?)"))
        .bind(1, userId)
        .bind(2, cid)
        .bind(3, compact(result))
        .bind(4, QDateTime::currentMSecsSinceEpoch())
        .run();
}

qint64 SqliteStorage::insertDirectMessage(qint64 from, qint64 to, const QString& cid,
                                          const QString& text, qint64 timeMs) {
    m_db->prepare(QStringLiteral("INSERT INTO direct_messages(sender, recipient, cid, text, time) "
                                 "VALUES(?,?,?,?,?)"))
        .bind(1, from)
        .bind(2, to)
        .bind(3, cid)
        .bind(4, text)
        .bind(5, timeMs)
        .run();
    return m_db->lastInsertId();
}

} // namespace zt::server
