#pragma once
// One WebSocket connection: handshake, limits, heartbeats and the authenticated identity.
#include "protocol/Frame.h"
#include "protocol/TokenBucket.h"

#include <QObject>
#include <QWebSocketProtocol>

class QWebSocket;

namespace zt::server {

class RequestRouter;
class EventHub;

struct SessionLimits {
    int heartbeatMs;
    int deadAfterMs;
};

class ClientSession : public QObject {
    Q_OBJECT
public:
    ClientSession(QWebSocket* socket, const RequestRouter& router, EventHub& hub,
                  SessionLimits limits, QObject* parent = nullptr);
    ~ClientSession() override;

    void reply(const protocol::Response& response);
    void sendEncoded(const QByteArray& frame);
    void sendError(const QString& code, const QString& message, const QString& replyTo = {});
    void close(QWebSocketProtocol::CloseCode code, const QString& reason);

    // Answers not_authenticated / token_expired itself and returns false when not allowed.
    bool checkAuthenticated(const QString& requestId);
    void authenticate(qint64 userId, const QByteArray& tokenHash, qint64 expiresAtMs);
    qint64 userId() const { return m_userId; }
    QByteArray tokenHash() const { return m_tokenHash; }
    QString peer() const;
    bool loginInFlight() const { return m_loginInFlight; }
    void setLoginInFlight(bool value) { m_loginInFlight = value; }

    void heartbeat(qint64 nowMs); // called periodically by the server

signals:
    void closed(zt::server::ClientSession* session);

private:
    void onText(const QString& text);
    void onBinary(const QByteArray& data);
    bool admit(const QString& requestIdHint);
    void handleFrame(const protocol::Frame& frame);
    void handleHello(const protocol::Hello& hello);

    QWebSocket* m_socket;
    const RequestRouter& m_router;
    EventHub& m_hub;
    SessionLimits m_limits;
    protocol::TokenBucket m_limiter;
    bool m_helloDone = false;
    qint64 m_userId = 0;
    QByteArray m_tokenHash;
    qint64 m_expiresAtMs = 0;
    qint64 m_lastReceivedMs = 0;
    qint64 m_lastSentMs = 0;
    int m_strikes = 0;
    bool m_loginInFlight = false;
};

} // namespace zt::server
