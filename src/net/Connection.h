#pragma once
// One logical link to the server: WebSocket, version handshake, authentication, heartbeats,
// request/response matching and reconnect with back-off. It knows nothing of domains.
#include "Backoff.h"
#include "protocol/Frame.h"
#include "protocol/Ops.h"
#include "protocol/TokenBucket.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <functional>

class QWebSocket;
class QTimer;

namespace zt::net {

class Connection : public QObject {
    Q_OBJECT
public:
    enum class State { Offline, Connecting, Authenticating, Ready };
    Q_ENUM(State)

    using ResponseHandler = std::function<void(const protocol::Response&)>;

    explicit Connection(QObject* parent = nullptr);
    ~Connection() override;

    void setServer(const QUrl& url) { m_url = url; }
    QUrl server() const { return m_url; }
    void setExtraCaCertificates(const QList<QSslCertificate>& certs) { m_extraCa = certs; }
    void setHeartbeat(int intervalMs, int deadAfterMs);

    // Log in with a password once; afterwards (and on reconnect) the token is used.
    void loginWithPassword(const QString& user, const QString& password, const QString& device);
    // Connect with a stored token, reconnecting until stop() or an authentication failure.
    void startWithToken(const QString& token);
    void stop();
    void reconnectNow(); // e.g. when the OS reports the network back

    State state() const { return m_state; }
    QString token() const { return m_token; }
    int nextRetryInMs() const;

    // Sends a request when Ready; otherwise the handler gets errc::Disconnected at once.
    void request(const QString& op, const QJsonObject& args, ResponseHandler handler,
                 int timeoutMs = 30'000);

signals:
    void stateChanged(zt::net::Connection::State state);
    void authenticated(const zt::protocol::AuthResult& result);
    // Authentication refused (bad password, expired or revoked token): no automatic retry.
    void authFailed(const zt::protocol::Error& error);
    // A problem that stops reconnecting (protocol mismatch, TLS failure on first contact).
    void fatalError(const zt::protocol::Error& error);
    void transientError(const QString& message);
    void retryScheduled(int delayMs);
    void eventReceived(const zt::protocol::Event& event);

private:
    struct Pending {
        ResponseHandler handler;
        qint64 deadlineMs;
    };

    void openSocket();
    void onConnected();
    void onDisconnected();
    void onText(const QString& text);
    void onWelcome();
    void onAuthResponse(const protocol::Response& response);
    void handleFrame(const protocol::Frame& frame);
    void send(const protocol::Frame& frame);
    void sendBytes(const QByteArray& bytes);
    void flushPaced();
    void sendRequest(const protocol::Request& req, ResponseHandler handler, int timeoutMs);
    void onTick();
    void setState(State state);
    void scheduleReconnect();
    void failAllPending(const QString& code, const QString& message);

    QUrl m_url;
    QList<QSslCertificate> m_extraCa;
    QWebSocket* m_socket = nullptr;
    QTimer* m_tick;
    QTimer* m_retryTimer;
    QTimer* m_paceTimer;
    // Stay under the server's rate limit (50/s, burst 200) however fast views ask for data.
    protocol::TokenBucket m_pace{40, 150};
    QList<QByteArray> m_paced;
    Backoff m_backoff;
    State m_state = State::Offline;
    bool m_wanted = false; // reconnect after drops
    QString m_token;
    QString m_loginUser;
    QString m_loginPassword; // held only until the login answer arrives
    QString m_device;
    QHash<QString, Pending> m_pending;
    quint64 m_nextId = 1;
    qint64 m_lastReceivedMs = 0;
    qint64 m_lastSentMs = 0;
    int m_heartbeatMs;
    int m_deadAfterMs;
};

} // namespace zt::net
