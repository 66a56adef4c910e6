#pragma once
// Many lightweight protocol clients in one event loop for the messaging benchmarks: accounts and
// session tokens written straight into a server's data folder (no scrypt per login), clients that
// resume those sessions, keep several requests in flight and hand every event to a callback.
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QWebSocket>
#include <functional>
#include <memory>
#include <vector>

namespace zt::bench {

struct BenchAccount {
    qint64 id = 0;
    QString token;
};

// Adds `count` accounts, each with a live session, to a server's data folder while the server
// is stopped (it has made its schema and demo data once). Returns them in creation order.
// (Not server::seedDemo here: it drags the whole server library into the program.)
QList<BenchAccount> seedAccounts(const QString& dataDir, int count);

class WireClient : public QObject {
    Q_OBJECT
public:
    using EventFn = std::function<void(WireClient& self, const QJsonObject& event)>;
    using ResultFn = std::function<void(const QJsonObject& res)>;

    WireClient(const QUrl& url, BenchAccount account);
    ~WireClient() override;
    void open();
    bool ready() const { return m_ready; }
    qint64 userId() const { return m_account.id; }
    void setOnEvent(EventFn fn) { m_onEvent = std::move(fn); }
    // Several may be in flight; done gets the whole `res` frame.
    void request(const QString& op, const QJsonObject& args, ResultFn done = {});

signals:
    void becameReady();
    void failed(const QString& why);

private:
    void onText(const QString& text);
    void send(const QJsonObject& o);

    QWebSocket m_socket;
    QUrl m_url;
    BenchAccount m_account;
    bool m_ready = false;
    int m_nextId = 1;
    QHash<QString, ResultFn> m_pending;
    EventFn m_onEvent;
};

// Grows `pool` to the first `count` accounts, all authenticated (a few dozen connects at a time
// so the accept backlog is never overrun). Fatal when they do not all come up within a minute.
void connectClients(const QUrl& url, const QList<BenchAccount>& accounts, int count,
                    std::vector<std::unique_ptr<WireClient>>& pool);

// A monotonic clock shared by the benchmarks, in nanoseconds since the program started.
qint64 nowNs();
// CPU time (user + system) a process has used so far, in ms, from /proc (Linux; -1 elsewhere).
double cpuMs(qint64 pid);
// Bytes a process has written through write(2) and friends so far (/proc/PID/io wchar; -1).
qint64 writtenBytes(qint64 pid);
// Time the process's main thread has waited for a CPU while runnable, in ms (/proc/PID/schedstat,
// second field; -1 elsewhere). High against its CPU time: other work on the machine delays it.
double runQueueWaitMs(qint64 pid);

} // namespace zt::bench
