#include "Connection.h"
#include "protocol/ErrorCode.h"
#include "protocol/Protocol.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcNet, "zt.net")

namespace zt::net {

namespace errc = protocol::errc;

namespace {
qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}
const QString kTlsError = QStringLiteral("tls_error");
const QString kUnreachable = QStringLiteral("unreachable");
} // namespace

Connection::Connection(QObject* parent)
    : QObject(parent)
    , m_tick(new QTimer(this))
    , m_retryTimer(new QTimer(this))
    , m_paceTimer(new QTimer(this))
    , m_heartbeatMs(protocol::kHeartbeatIntervalMs)
    , m_deadAfterMs(protocol::kDeadAfterMs) {
    m_tick->setInterval(500);
    connect(m_tick, &QTimer::timeout, this, &Connection::onTick);
    m_paceTimer->setSingleShot(true);
    m_paceTimer->setInterval(25);
    connect(m_paceTimer, &QTimer::timeout, this, &Connection::flushPaced);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &Connection::openSocket);
}

Connection::~Connection() {
    m_wanted = false;
    if (m_socket) m_socket->disconnect(this);
}

void Connection::setHeartbeat(int intervalMs, int deadAfterMs) {
    m_heartbeatMs = intervalMs;
    m_deadAfterMs = deadAfterMs;
    m_tick->setInterval(qMax(50, qMin(500, intervalMs / 4)));
}

void Connection::loginWithPassword(const QString& user, const QString& password,
                                   const QString& device) {
    stop();
    m_loginUser = user;
    m_loginPassword = password;
    m_device = device;
    m_token.clear();
    m_wanted = false; // a first login reports failures instead of retrying forever
    openSocket();
}

void Connection::startWithToken(const QString& token) {
    stop();
    m_token = token;
    m_wanted = true;
    m_backoff.reset();
    openSocket();
}

void Connection::stop() {
    m_wanted = false;
    m_retryTimer->stop();
    m_tick->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    failAllPending(errc::Disconnected, QStringLiteral("connection stopped"));
    setState(State::Offline);
}

void Connection::reconnectNow() {
    if (m_wanted && m_state == State::Offline) {
        m_retryTimer->stop();
        openSocket();
    }
}

int Connection::nextRetryInMs() const {
    return m_retryTimer->isActive() ? m_retryTimer->remainingTime() : -1;
}

void Connection::openSocket() {
    m_paced.clear(); // frames for an old socket; their requests have already failed
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QStringLiteral("zhengtong"), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(protocol::kHardMaxFrameBytes));
    if (!m_extraCa.isEmpty()) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.addCaCertificates(m_extraCa);
        m_socket->setSslConfiguration(config);
    }
    connect(m_socket, &QWebSocket::connected, this, &Connection::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &Connection::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &Connection::onText);
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        const QString why = errors.isEmpty() ? QString() : errors.first().errorString();
        qCWarning(lcNet) << "TLS error:" << why;
        m_wanted = false;        // never retry into a certificate we cannot trust
        m_loginPassword.clear(); // reported here, not again as "unreachable" on disconnect
        emit fatalError({kTlsError, why});
    });
    setState(State::Connecting);
    m_socket->open(m_url);
}

void Connection::onConnected() {
    m_lastReceivedMs = m_lastSentMs = nowMs();
    m_tick->start();
    send(protocol::Hello{{protocol::kVersion}, QStringLiteral("zhengtong/0.1")});
}

void Connection::onDisconnected() {
    const QString reason = m_socket ? m_socket->errorString() : QString();
    const bool neverReady = m_state == State::Connecting || m_state == State::Authenticating;
    m_tick->stop();
    failAllPending(errc::Disconnected, QStringLiteral("connection lost"));
    setState(State::Offline);
    qCInfo(lcNet) << "disconnected:" << reason;
    if (!m_wanted && neverReady && !m_loginPassword.isEmpty()) {
        m_loginPassword.clear();
        emit fatalError({kUnreachable, reason});
        return;
    }
    emit transientError(reason);
    scheduleReconnect();
}

void Connection::scheduleReconnect() {
    if (!m_wanted) return;
    const int delay = m_backoff.nextDelayMs();
    m_retryTimer->start(delay);
    emit retryScheduled(delay);
}

void Connection::send(const protocol::Frame& frame) {
    sendBytes(protocol::encode(frame));
}

void Connection::sendBytes(const QByteArray& bytes) {
    if (!m_socket) return;
    if (!m_paced.isEmpty() || !m_pace.allow(nowMs())) { // keep order: queue behind the others
        m_paced.append(bytes);
        if (!m_paceTimer->isActive()) m_paceTimer->start();
        return;
    }
    m_lastSentMs = nowMs();
    m_socket->sendTextMessage(QString::fromUtf8(bytes));
}

void Connection::flushPaced() {
    while (m_socket && !m_paced.isEmpty() && m_pace.allow(nowMs())) {
        m_lastSentMs = nowMs();
        m_socket->sendTextMessage(QString::fromUtf8(m_paced.takeFirst()));
    }
    if (!m_socket) m_paced.clear();
    if (!m_paced.isEmpty()) m_paceTimer->start();
}

void Connection::onText(const QString& text) {
    m_lastReceivedMs = nowMs();
    const protocol::Decoded decoded = protocol::decode(text.toUtf8());
    if (!decoded.ok()) {
        qCWarning(lcNet) << "ignoring malformed frame from server:" << decoded.error().message;
        return;
    }
    handleFrame(decoded.frame());
}

void Connection::handleFrame(const protocol::Frame& frame) {
    if (std::holds_alternative<protocol::Welcome>(frame)) return onWelcome();
    if (const auto* ping = std::get_if<protocol::Ping>(&frame))
        return send(protocol::Pong{ping->timeMs});
    if (const auto* event = std::get_if<protocol::Event>(&frame)) {
        if (m_state == State::Ready) emit eventReceived(*event);
        return;
    }
    if (const auto* response = std::get_if<protocol::Response>(&frame)) {
        const auto pending = m_pending.take(response->id);
        if (m_state == State::Ready && !response->ok &&
            (response->error.code == errc::TokenExpired ||
             response->error.code == errc::NotAuthenticated)) {
            m_wanted = false;
            m_token.clear();
            if (pending.handler) pending.handler(*response);
            emit authFailed(response->error);
            stop();
            return;
        }
        if (pending.handler) pending.handler(*response);
        return;
    }
    if (const auto* error = std::get_if<protocol::ErrorFrame>(&frame)) {
        qCWarning(lcNet) << "server error:" << error->error.code << error->error.message;
        if (error->error.code == errc::UnsupportedVersion) {
            m_wanted = false;
            m_loginPassword.clear();
            emit fatalError(error->error);
            stop();
        } else if (error->error.code == errc::TokenExpired && m_state == State::Ready) {
            m_wanted = false; // the server ended the session: sign in again
            m_token.clear();
            emit authFailed(error->error);
            stop();
        } else if (!error->replyTo.isEmpty()) {
            const auto pending = m_pending.take(error->replyTo);
            if (pending.handler)
                pending.handler(
                    protocol::fail(error->replyTo, error->error.code, error->error.message));
        }
    }
}

void Connection::onWelcome() {
    setState(State::Authenticating);
    auto handler = [this](const protocol::Response& r) { onAuthResponse(r); };
    if (!m_loginPassword.isEmpty()) {
        const protocol::LoginArgs args{m_loginUser, m_loginPassword, m_device};
        sendRequest({QString(), protocol::op::Login, args.toJson()}, handler, 60'000);
    } else {
        sendRequest({QString(), protocol::op::Resume, protocol::ResumeArgs{m_token}.toJson()},
                    handler, 30'000);
    }
}

void Connection::onAuthResponse(const protocol::Response& response) {
    const bool passwordLogin = !m_loginPassword.isEmpty();
    if (!response.ok && response.error.code == errc::Disconnected)
        return; // onDisconnected reports a failed first login or schedules the reconnect
    m_loginPassword.clear();
    if (!response.ok && response.error.code == errc::Timeout) {
        if (passwordLogin) {
            emit fatalError({kUnreachable, QStringLiteral("the server did not answer the login")});
            stop();
        } else if (m_socket) {
            m_socket->abort(); // reconnect with back-off
        }
        return;
    }
    if (!response.ok) {
        m_wanted = false;
        m_token.clear(); // refused: never offer it again
        emit authFailed(response.error);
        stop();
        return;
    }
    const protocol::AuthResult result = protocol::AuthResult::fromJson(response.result);
    if (!result.token.isEmpty()) m_token = result.token;
    m_wanted = true;
    m_backoff.reset();
    setState(State::Ready);
    emit authenticated(result);
}

void Connection::request(const QString& op, const QJsonObject& args, ResponseHandler handler,
                         int timeoutMs) {
    if (m_state != State::Ready) {
        handler(protocol::fail(QString(), errc::Disconnected, QStringLiteral("not connected")));
        return;
    }
    sendRequest({QString(), op, args}, std::move(handler), timeoutMs);
}

void Connection::sendRequest(const protocol::Request& req, ResponseHandler handler, int timeoutMs) {
    protocol::Request r = req;
    r.id = QString::number(m_nextId++);
    const QByteArray bytes = protocol::encode(r);
    if (bytes.size() > protocol::kMaxFrameBytes) { // the server would refuse it without an id
        handler(
            protocol::fail(r.id, errc::FrameTooLarge, QStringLiteral("request too large to send")));
        return;
    }
    m_pending.insert(r.id, Pending{std::move(handler), nowMs() + timeoutMs});
    sendBytes(bytes);
}

void Connection::onTick() {
    const qint64 now = nowMs();
    if (m_socket && now - m_lastReceivedMs > m_deadAfterMs) {
        qCInfo(lcNet) << "server silent for" << (now - m_lastReceivedMs) << "ms; reconnecting";
        m_socket->abort(); // emits disconnected → reconnect with back-off
        return;
    }
    if (now - m_lastSentMs >= m_heartbeatMs) send(protocol::Ping{now});
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->deadlineMs <= now) {
            const auto handler = it->handler;
            const QString id = it.key();
            it = m_pending.erase(it);
            handler(protocol::fail(id, errc::Timeout, QStringLiteral("no answer in time")));
        } else {
            ++it;
        }
    }
}

void Connection::setState(State state) {
    if (m_state == state) return;
    m_state = state;
    emit stateChanged(state);
}

void Connection::failAllPending(const QString& code, const QString& message) {
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.begin(); it != pending.end(); ++it)
        it->handler(protocol::fail(it.key(), code, message));
}

} // namespace zt::net
