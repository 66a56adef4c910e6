#include "BenchWire.h"
#include "Stats.h"
#include "crypto/Kdf.h"
#include "server/storage/SqliteStorage.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace zt::bench {

qint64 nowNs() {
    static const QElapsedTimer clock = [] {
        QElapsedTimer c;
        c.start();
        return c;
    }();
    return clock.nsecsElapsed();
}

double cpuMs(qint64 pid) {
#ifdef Q_OS_UNIX
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13) return -1;
    const double ticks = double(fields[11].toLongLong() + fields[12].toLongLong());
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
#else
    Q_UNUSED(pid);
    return -1;
#endif
}

qint64 writtenBytes(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/io").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("wchar: ")) return line.mid(7).toLongLong();
    return -1;
}

double runQueueWaitMs(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/schedstat").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    const QList<QByteArray> fields = f.readAll().trimmed().split(' ');
    return fields.size() < 2 ? -1 : double(fields[1].toLongLong()) / 1e6;
}

QList<BenchAccount> seedAccounts(const QString& dataDir, int count) {
    QString error;
    auto storage = server::SqliteStorage::open(dataDir, &error);
    if (!storage) qFatal("cannot open server storage: %s", qPrintable(error));
    const qint64 expires = QDateTime::currentMSecsSinceEpoch() + 24LL * 3600 * 1000;
    QList<BenchAccount> out;
    storage->transaction([&] {
        for (int i = 0; i < count; ++i) {
            BenchAccount a;
            a.id = storage->createUser(QStringLiteral("bench%1").arg(i),
                                       QStringLiteral("压测%1").arg(i), QStringLiteral("-"));
            a.token = QStringLiteral("bench-session-token-%1").arg(i, 6, 10, QLatin1Char('0'));
            storage->createSession(crypto::sha256(a.token.toLatin1()), a.id, expires,
                                   QStringLiteral("bench"));
            out.append(a);
        }
    });
    return out;
}

WireClient::WireClient(const QUrl& url, BenchAccount account)
    : m_url(url)
    , m_account(std::move(account)) {
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        send({{QStringLiteral("type"), QStringLiteral("hello")},
              {QStringLiteral("versions"), QJsonArray{1}}});
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &WireClient::onText);
    connect(&m_socket, &QWebSocket::disconnected, this,
            [this] { emit failed(m_socket.errorString()); });
}

WireClient::~WireClient() {
    m_socket.disconnect(this); // closing at the end is no failure
}

void WireClient::open() {
    m_socket.open(m_url);
}

void WireClient::send(const QJsonObject& o) {
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

void WireClient::request(const QString& op, const QJsonObject& args, ResultFn done) {
    const QString id = QString::number(m_nextId++);
    m_pending.insert(id, std::move(done));
    send({{QStringLiteral("type"), QStringLiteral("req")},
          {QStringLiteral("id"), id},
          {QStringLiteral("op"), op},
          {QStringLiteral("args"), args}});
}

void WireClient::onText(const QString& text) {
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = o[QStringLiteral("type")].toString();
    if (type == QLatin1String("event")) {
        if (m_onEvent) m_onEvent(*this, o);
    } else if (type == QLatin1String("res")) {
        const auto it = m_pending.find(o[QStringLiteral("id")].toString());
        if (it == m_pending.end()) return;
        ResultFn done = std::move(*it);
        m_pending.erase(it);
        if (done) done(o);
    } else if (type == QLatin1String("ping")) { // answered, or the server drops a quiet client
        send({{QStringLiteral("type"), QStringLiteral("pong")},
              {QStringLiteral("t"), o[QStringLiteral("t")]}});
    } else if (type == QLatin1String("welcome")) {
        request(
            QStringLiteral("auth.resume"), {{QStringLiteral("token"), m_account.token}},
            [this](const QJsonObject& res) {
                if (!res[QStringLiteral("ok")].toBool())
                    return emit failed(
                        res[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString());
                m_ready = true;
                emit becameReady();
            });
    }
}

void connectClients(const QUrl& url, const QList<BenchAccount>& accounts, int count,
                    std::vector<std::unique_ptr<WireClient>>& pool) {
    if (count > accounts.size()) qFatal("only %d accounts seeded", int(accounts.size()));
    auto ready = std::make_shared<int>(
        int(std::count_if(pool.begin(), pool.end(), [](const auto& c) { return c->ready(); })));
    while (int(pool.size()) < count) {
        const int i = int(pool.size());
        pool.push_back(std::make_unique<WireClient>(url, accounts[i]));
        WireClient* client = pool.back().get();
        QObject::connect(client, &WireClient::becameReady, [ready] { ++*ready; });
        QObject::connect(client, &WireClient::failed, [i](const QString& why) {
            qFatal("client %d failed: %s", i, qPrintable(why));
        });
        client->open();
        if (i % 50 == 49) spinUntil([&] { return *ready > i - 25; }, 10'000);
    }
    if (!spinUntil([&] { return *ready == count; }, 60'000))
        qFatal("only %d of %d clients became ready", *ready, count);
}

} // namespace zt::bench
