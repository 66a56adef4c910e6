#include "RawClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace zt::test {

bool RawClient::open(const QUrl& url) {
    if (!m_wired) {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString& t) {
            m_received.append(QJsonDocument::fromJson(t.toUtf8()).object());
        });
        m_wired = true;
    }
    m_socket.setMaxAllowedIncomingMessageSize(8 << 20);
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(url);
    return connected.wait(5000) || isConnected();
}

void RawClient::sendText(const QByteArray& text) {
    m_socket.sendTextMessage(QString::fromUtf8(text));
}
void RawClient::sendBinary(const QByteArray& data) {
    m_socket.sendBinaryMessage(data);
}
void RawClient::sendJson(const QJsonObject& o) {
    sendText(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject RawClient::waitFor(const std::function<bool(const QJsonObject&)>& pred, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        for (qsizetype i = 0; i < m_received.size(); ++i)
            if (pred(m_received[i])) return m_received.takeAt(i);
        if (deadline.hasExpired()) return {};
        QTest::qWait(5);
    }
}

bool RawClient::hello() {
    sendJson({{QStringLiteral("type"), QStringLiteral("hello")},
              {QStringLiteral("versions"), QJsonArray{1}},
              {QStringLiteral("agent"), QStringLiteral("raw-test")}});
    return !waitFor([](const QJsonObject& o) {
                return o[QStringLiteral("type")] == QStringLiteral("welcome");
            }).isEmpty();
}

QJsonObject RawClient::request(const QString& op, const QJsonObject& args) {
    const QString id = QStringLiteral("r%1").arg(m_nextId++);
    sendJson({{QStringLiteral("type"), QStringLiteral("req")},
              {QStringLiteral("id"), id},
              {QStringLiteral("op"), op},
              {QStringLiteral("args"), args}});
    return waitFor([id](const QJsonObject& o) { return o[QStringLiteral("id")] == id; }, 10'000);
}

bool RawClient::login(const QString& user, const QString& password) {
    const QJsonObject res =
        request(QStringLiteral("auth.login"),
                {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
    return res[QStringLiteral("ok")].toBool();
}

bool RawClient::waitDisconnected(int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (isConnected() && !deadline.hasExpired())
        QTest::qWait(10);
    return !isConnected();
}

} // namespace zt::test
