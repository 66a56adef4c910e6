#include "ClientSession.h"
#include "EventHub.h"
#include "RequestRouter.h"
#include "protocol/ErrorCode.h"
#include "protocol/Protocol.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcSession, "zt.server.session")

namespace zt::server {

namespace errc = protocol::errc;
using protocol::kVersion;

namespace {
qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

ClientSession::ClientSession(QWebSocket* socket, const RequestRouter& router, EventHub& hub,
                             SessionLimits limits, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_router(router)
    , m_hub(hub)
    , m_limits(limits)
    , m_limiter(protocol::kRateLimitPerSecond, protocol::kRateLimitBurst)
    , m_lastReceivedMs(nowMs())
    , m_lastSentMs(m_lastReceivedMs) {
    m_socket->setParent(this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(protocol::kHardMaxFrameBytes));
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ClientSession::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &ClientSession::onBinary);
    connect(m_socket, &QWebSocket::disconnected, this, [this] { emit closed(this); });
    connect(m_socket, &QWebSocket::pong, this, [this] { m_lastReceivedMs = nowMs(); });
}

ClientSession::~ClientSession() {
    if (m_userId) m_hub.detach(m_userId, this);
}

QString ClientSession::peer() const {
    return m_socket->peerAddress().toString() + QLatin1Char(':') +
           QString::number(m_socket->peerPort());
}

void ClientSession::sendEncoded(const QByteArray& frame) {
    m_lastSentMs = nowMs();
    m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void ClientSession::reply(const protocol::Response& response) {
    sendEncoded(protocol::encode(response));
}

void ClientSession::sendError(const QString& code, const QString& message, const QString& replyTo) {
    sendEncoded(protocol::encode(protocol::ErrorFrame{{code, message}, replyTo}));
}

void ClientSession::close(QWebSocketProtocol::CloseCode code, const QString& reason) {
    m_socket->close(code, reason);
}

bool ClientSession::checkAuthenticated(const QString& requestId) {
    if (!m_userId) {
        reply(protocol::fail(requestId, errc::NotAuthenticated, QStringLiteral("log in first")));
        return false;
    }
    if (nowMs() >= m_expiresAtMs) {
        m_hub.detach(m_userId, this);
        m_userId = 0;
        reply(protocol::fail(requestId, errc::TokenExpired, QStringLiteral("session expired")));
        return false;
    }
    return true;
}

void ClientSession::authenticate(qint64 userId, const QByteArray& tokenHash, qint64 expiresAtMs) {
    if (m_userId) m_hub.detach(m_userId, this);
    m_userId = userId;
    m_tokenHash = tokenHash;
    m_expiresAtMs = expiresAtMs;
    m_hub.attach(userId, this);
}

void ClientSession::heartbeat(qint64 now) {
    if (m_userId && now >= m_expiresAtMs) { // no more pushes on an expired session
        m_hub.detach(m_userId, this);
        m_userId = 0;
        sendError(errc::TokenExpired, QStringLiteral("session expired"));
    }
    if (now - m_lastReceivedMs > m_limits.deadAfterMs) {
        qCInfo(lcSession) << "no frame from" << peer() << "for" << (now - m_lastReceivedMs) << "ms";
        m_socket->abort();
        return;
    }
    if (m_helloDone && now - m_lastSentMs >= m_limits.heartbeatMs)
        sendEncoded(protocol::encode(protocol::Ping{now}));
}

// Rate limit first: a flood must cost us as little as possible.
bool ClientSession::admit(const QString& requestIdHint) {
    m_lastReceivedMs = nowMs();
    if (m_limiter.allow(m_lastReceivedMs)) return true;
    if (++m_strikes >= protocol::kRateLimitStrikes) {
        qCWarning(lcSession) << "closing flooding connection" << peer();
        close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("rate limit"));
    } else if (m_strikes == 1 || m_strikes % 20 == 0) {
        sendError(errc::RateLimited, QStringLiteral("too many frames; slow down"), requestIdHint);
    }
    return false;
}

void ClientSession::onBinary(const QByteArray&) {
    if (admit({}))
        sendError(errc::BinaryNotSupported, QStringLiteral("only JSON text frames are accepted"));
}

void ClientSession::onText(const QString& text) {
    if (!admit({})) return;
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() > protocol::kMaxFrameBytes) {
        sendError(errc::FrameTooLarge,
                  QStringLiteral("frame exceeds %1 bytes").arg(protocol::kMaxFrameBytes));
        return;
    }
    const protocol::Decoded decoded = protocol::decode(utf8);
    if (!decoded.ok()) {
        qCInfo(lcSession) << "bad frame from" << peer() << ":" << decoded.error().message;
        sendError(decoded.error().code, decoded.error().message, decoded.requestId);
        return;
    }
    handleFrame(decoded.frame());
}

void ClientSession::handleFrame(const protocol::Frame& frame) {
    if (const auto* hello = std::get_if<protocol::Hello>(&frame)) return handleHello(*hello);
    if (!m_helloDone) return sendError(errc::HelloRequired, QStringLiteral("send hello first"));
    if (const auto* ping = std::get_if<protocol::Ping>(&frame))
        return sendEncoded(protocol::encode(protocol::Pong{ping->timeMs}));
    if (std::holds_alternative<protocol::Pong>(frame)) return;
    if (const auto* request = std::get_if<protocol::Request>(&frame))
        return m_router.dispatch(*this, *request);
    sendError(errc::UnknownType, QStringLiteral("clients may send hello, req, ping and pong only"));
}

void ClientSession::handleHello(const protocol::Hello& hello) {
    int chosen = 0;
    for (int v : hello.versions)
        if (v >= protocol::kMinVersion && v <= kVersion) chosen = qMax(chosen, v);
    if (!chosen) {
        sendError(errc::UnsupportedVersion, QStringLiteral("server speaks protocol %1..%2")
                                                .arg(protocol::kMinVersion)
                                                .arg(kVersion));
        return;
    }
    m_helloDone = true;
    sendEncoded(protocol::encode(
        protocol::Welcome{chosen, QStringLiteral("zhengtong-server/0.1"), nowMs()}));
}

} // namespace zt::server
