#include "BenchClient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace zt::bench {

BenchClient::BenchClient(const QUrl& url, Auth auth, QString userOrToken, QString password)
    : m_url(url)
    , m_auth(auth)
    , m_password(std::move(password)) {
    (auth == Auth::Login ? m_user : m_token) = std::move(userOrToken);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        send({{QStringLiteral("type"), QStringLiteral("hello")},
              {QStringLiteral("versions"), QJsonArray{1}}});
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &BenchClient::onText);
    connect(&m_socket, &QWebSocket::disconnected, this,
            [this] { emit failed(m_socket.errorString()); });
}

void BenchClient::open() {
    m_socket.open(m_url);
}

void BenchClient::send(const QJsonObject& o) {
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

void BenchClient::request(const QString& op, const QJsonObject& args,
                          std::function<void(qint64)> done) {
    m_waitingId = QString::number(m_nextId++);
    m_done = std::move(done);
    m_clock.start();
    send({{QStringLiteral("type"), QStringLiteral("req")},
          {QStringLiteral("id"), m_waitingId},
          {QStringLiteral("op"), op},
          {QStringLiteral("args"), args}});
}

void BenchClient::onText(const QString& text) {
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = o[QStringLiteral("type")].toString();
    if (type == QLatin1String("welcome")) {
        if (m_auth == Auth::Login)
            request(QStringLiteral("auth.login"),
                    {{QStringLiteral("user"), m_user}, {QStringLiteral("password"), m_password}},
                    {});
        else
            request(QStringLiteral("auth.resume"), {{QStringLiteral("token"), m_token}}, {});
        return;
    }
    if (type != QLatin1String("res") || o[QStringLiteral("id")].toString() != m_waitingId) return;
    const qint64 ns = m_clock.nsecsElapsed();
    if (!m_ready) {
        if (!o[QStringLiteral("ok")].toBool())
            return emit failed(
                o[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString());
        if (m_auth == Auth::Login)
            m_token = o[QStringLiteral("result")].toObject()[QStringLiteral("token")].toString();
        m_ready = true;
        emit becameReady();
        return;
    }
    if (auto done = std::exchange(m_done, {})) done(ns);
}

} // namespace zt::bench
