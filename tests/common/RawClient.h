#pragma once
// A bare WebSocket client for protocol-level tests: sends exactly the bytes a test wants and
// collects what the server answers. Deliberately independent of net::Connection.
#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QWebSocket>
#include <functional>

namespace zt::test {

class RawClient {
public:
    bool open(const QUrl& url);
    void sendText(const QByteArray& text);
    void sendBinary(const QByteArray& data);
    void sendJson(const QJsonObject& o);
    bool hello();                                                    // hello + wait for welcome
    QJsonObject request(const QString& op, const QJsonObject& args); // waits for res with our id
    bool login(const QString& user, const QString& password);
    // Waits for the next frame matching pred; null object on timeout.
    QJsonObject waitFor(const std::function<bool(const QJsonObject&)>& pred, int timeoutMs = 5000);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool waitDisconnected(int timeoutMs = 5000);
    QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }
    QList<QJsonObject>& received() { return m_received; }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_received;
    int m_nextId = 1;
    bool m_wired = false;
};

} // namespace zt::test
