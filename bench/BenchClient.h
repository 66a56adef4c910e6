#pragma once
// A minimal protocol client for load benchmarks: many of them share one event loop.
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QWebSocket>
#include <functional>

namespace zt::bench {

class BenchClient : public QObject {
    Q_OBJECT
public:
    enum class Auth { Login, Resume };
    BenchClient(const QUrl& url, Auth auth, QString userOrToken, QString password = {});
    void open();
    bool ready() const { return m_ready; }
    QString token() const { return m_token; }
    // Sends a request; done(latencyNs) is called when its answer arrives.
    void request(const QString& op, const QJsonObject& args, std::function<void(qint64)> done);

signals:
    void becameReady();
    void failed(const QString& why);

private:
    void onText(const QString& text);
    void send(const QJsonObject& o);

    QWebSocket m_socket;
    QUrl m_url;
    Auth m_auth;
    QString m_user;
    QString m_password;
    QString m_token;
    bool m_ready = false;
    int m_nextId = 1;
    QString m_waitingId;
    QElapsedTimer m_clock;
    std::function<void(qint64)> m_done;
};

} // namespace zt::bench
