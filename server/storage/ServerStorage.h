#pragma once
// What request handling needs from persistent storage, and nothing more. SqliteStorage is the
// embedded default; a PostgreSQL backend implements the same interface.
#include "ApprovalStorage.h"
#include "ChatStorage.h"
#include "DirectoryStorage.h"
#include "FileStorage.h"
#include "protocol/Frame.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace zt::server {

struct UserRecord {
    qint64 id = 0;
    QString name;
    QString displayName;
    QString passwordHash;
};

struct SessionRecord {
    qint64 userId = 0;
    qint64 expiresAtMs = 0;
};

class ServerStorage {
public:
    virtual ~ServerStorage() = default;

    // Runs fn atomically; any exception rolls everything back and propagates.
    virtual void transaction(const std::function<void()>& fn) = 0;

    virtual qint64 createUser(const QString& name, const QString& displayName,
                              const QString& passwordHash) = 0;
    virtual std::optional<UserRecord> userByName(const QString& name) = 0;
    virtual std::optional<UserRecord> userById(qint64 id) = 0;
    virtual qint64 userCount() = 0;

    virtual void createSession(const QByteArray& tokenHash, qint64 userId, qint64 expiresAtMs,
                               const QString& device) = 0;
    virtual std::optional<SessionRecord> session(const QByteArray& tokenHash) = 0;
    virtual void revokeSession(const QByteArray& tokenHash) = 0;
    virtual void revokeAllSessions(qint64 userId) = 0;

    // Appends to the user's event stream, assigning the next sequence number.
    virtual protocol::Event appendEvent(qint64 userId, const QString& kind,
                                        const QJsonObject& data) = 0;
    virtual QList<protocol::Event> eventsAfter(qint64 userId, qint64 after, int limit) = 0;
    virtual qint64 headSeq(qint64 userId) = 0;

    // Idempotent writes: the first result of (user, cid) is kept and returned on retries.
    virtual std::optional<QJsonObject> appliedWrite(qint64 userId, const QString& cid) = 0;
    virtual void recordWrite(qint64 userId, const QString& cid, const QJsonObject& result) = 0;

    virtual DirectoryStorage& directory() = 0;
    virtual ApprovalStorage& approval() = 0;
    virtual ChatStorage& chat() = 0; // conversations, messages, DINGs
    virtual FileStorage& files() = 0;

    // Legacy 1:1 chat.send (kept for the existing client; conversations live in chat()).
    virtual qint64 insertDirectMessage(qint64 from, qint64 to, const QString& cid,
                                       const QString& text, qint64 timeMs) = 0;
};

} // namespace zt::server
