#pragma once
// auth.login / auth.resume / auth.logout. Password checks run on a worker thread so a login
// never stalls other connections.
#include "ServerContext.h"
#include "protocol/Frame.h"

#include <QObject>

namespace zt::server {

class RequestRouter;
class ClientSession;

class AuthHandler : public QObject {
public:
    AuthHandler(ServerContext ctx, qint64 tokenLifetimeMs, QObject* parent = nullptr);
    void registerRoutes(RequestRouter& router);

private:
    void login(ClientSession& session, const protocol::Request& request);
    void finishLogin(ClientSession& session, const QString& requestId, qint64 userId,
                     const QString& device);
    void resume(ClientSession& session, const protocol::Request& request);
    void logout(ClientSession& session, const protocol::Request& request);
    void replyAuthenticated(ClientSession& session, const QString& requestId, qint64 userId,
                            const QString& token, qint64 expiresAtMs);

    static constexpr int kMaxConcurrentLogins = 32;
    ServerContext m_ctx;
    int m_loginsInFlight = 0;
    qint64 m_tokenLifetimeMs;
    QString m_dummyHash; // verified for unknown users so timing does not reveal who exists
};

} // namespace zt::server
