#include "AuthHandler.h"
#include "ClientSession.h"
#include "EventHub.h"
#include "RequestRouter.h"
#include "crypto/Kdf.h"
#include "protocol/ErrorCode.h"
#include "protocol/Ops.h"
#include "storage/ServerStorage.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcAuth, "zt.server.auth")

namespace zt::server {

namespace errc = protocol::errc;
using protocol::Request;

AuthHandler::AuthHandler(ServerContext ctx, qint64 tokenLifetimeMs, QObject* parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_tokenLifetimeMs(tokenLifetimeMs)
    , m_dummyHash(crypto::hashPassword(QStringLiteral("x"))) {
}

void AuthHandler::registerRoutes(RequestRouter& router) {
    using A = RequestRouter::Access;
    router.add(protocol::op::Login, A::Anonymous,
               [this](ClientSession& s, const Request& r) { login(s, r); });
    router.add(protocol::op::Resume, A::Anonymous,
               [this](ClientSession& s, const Request& r) { resume(s, r); });
    router.add(protocol::op::Logout, A::Authenticated,
               [this](ClientSession& s, const Request& r) { logout(s, r); });
}

void AuthHandler::login(ClientSession& session, const Request& request) {
    const auto args = protocol::LoginArgs::fromJson(request.args);
    if (!args) {
        session.reply(protocol::fail(request.id, errc::BadArgs,
                                     QStringLiteral("user and password required")));
        return;
    }
    const auto user = m_ctx.storage.userByName(args->user);
    const QString hash = user ? user->passwordHash : m_dummyHash;
    const qint64 userId = user ? user->id : 0;
    QPointer<ClientSession> target(&session);
    QPointer<AuthHandler> self(this);
    const QString id = request.id;
    const QString password = args->password;
    const QString device = args->device;
    // Each check costs 32 MiB and ~0.1 s: one at a time per connection, a bounded number in all.
    if (session.loginInFlight() || m_loginsInFlight >= kMaxConcurrentLogins) {
        session.reply(protocol::fail(request.id, errc::RateLimited,
                                     QStringLiteral("too many logins at once; try again")));
        return;
    }
    session.setLoginInFlight(true);
    ++m_loginsInFlight;
    QThreadPool::globalInstance()->start([=] {
        const bool ok = crypto::verifyPassword(password, hash) && userId != 0;
        QMetaObject::invokeMethod(self.data(), [=] {
            if (!self) return;
            --self->m_loginsInFlight;
            if (!target) return;
            target->setLoginInFlight(false);
            if (!ok) {
                qCInfo(lcAuth) << "failed login from" << target->peer();
                target->reply(protocol::fail(id, errc::BadCredentials,
                                             QStringLiteral("wrong user name or password")));
                return;
            }
            self->finishLogin(*target, id, userId, device);
        });
    });
}

void AuthHandler::finishLogin(ClientSession& session, const QString& requestId, qint64 userId,
                              const QString& device) {
    const QString token = QString::fromLatin1(crypto::randomBytes(32).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QByteArray tokenHash = crypto::sha256(token.toLatin1());
    const qint64 expires = QDateTime::currentMSecsSinceEpoch() + m_tokenLifetimeMs;
    try {
        m_ctx.storage.createSession(tokenHash, userId, expires, device);
    } catch (const std::exception& e) {
        qCWarning(lcAuth) << "cannot store session:" << e.what();
        session.reply(protocol::fail(requestId, errc::Internal, QStringLiteral("login failed")));
        return;
    }
    session.authenticate(userId, tokenHash, expires);
    qCInfo(lcAuth) << "user" << userId << "logged in from" << session.peer();
    try {
        replyAuthenticated(session, requestId, userId, token, expires);
    } catch (const std::exception& e) { // runs outside the router's guard (after the worker)
        qCWarning(lcAuth) << "cannot complete login:" << e.what();
        session.reply(protocol::fail(requestId, errc::Internal, QStringLiteral("login failed")));
    }
}

void AuthHandler::resume(ClientSession& session, const Request& request) {
    const auto args = protocol::ResumeArgs::fromJson(request.args);
    if (!args) {
        session.reply(protocol::fail(request.id, errc::BadArgs, QStringLiteral("token required")));
        return;
    }
    const QByteArray tokenHash = crypto::sha256(args->token.toLatin1());
    const auto record = m_ctx.storage.session(tokenHash);
    if (!record) {
        session.reply(protocol::fail(request.id, errc::TokenInvalid,
                                     QStringLiteral("unknown or revoked token")));
        return;
    }
    if (record->expiresAtMs <= QDateTime::currentMSecsSinceEpoch()) {
        m_ctx.storage.revokeSession(tokenHash);
        session.reply(
            protocol::fail(request.id, errc::TokenExpired, QStringLiteral("session expired")));
        return;
    }
    session.authenticate(record->userId, tokenHash, record->expiresAtMs);
    replyAuthenticated(session, request.id, record->userId, {}, record->expiresAtMs);
}

void AuthHandler::logout(ClientSession& session, const Request& request) {
    const auto args = protocol::LogoutArgs::fromJson(request.args);
    if (!args) {
        session.reply(
            protocol::fail(request.id, errc::BadArgs, QStringLiteral("everywhere must be a bool")));
        return;
    }
    const qint64 userId = session.userId();
    if (args->everywhere)
        m_ctx.storage.revokeAllSessions(userId);
    else
        m_ctx.storage.revokeSession(session.tokenHash());
    session.reply(protocol::ok(request.id));
    const QList<ClientSession*> affected =
        args->everywhere ? m_ctx.hub.sessionsOf(userId) : QList<ClientSession*>{&session};
    for (ClientSession* s : affected)
        s->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("logged out"));
}

void AuthHandler::replyAuthenticated(ClientSession& session, const QString& requestId,
                                     qint64 userId, const QString& token, qint64 expiresAtMs) {
    const auto user = m_ctx.storage.userById(userId);
    protocol::AuthResult result{token,
                                userId,
                                user ? user->name : QString(),
                                user ? user->displayName : QString(),
                                expiresAtMs,
                                m_ctx.storage.headSeq(userId)};
    session.reply(protocol::ok(requestId, result.toJson()));
}

} // namespace zt::server
