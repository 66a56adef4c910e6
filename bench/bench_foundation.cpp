// Foundation benchmarks against the real server process on loopback. Prints "name value unit":
//   connect_login_ms_p50/p99, roundtrip_ms_p50/p99, server_rss_mb_per_1k_idle, catchup_events_per_s
#include "BenchClient.h"
#include "BenchSeed.h"
#include "ServerProcess.h"
#include "Stats.h"
#include "TestClient.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <memory>

using namespace zt;
using bench::BenchClient;
using bench::spinUntil;

namespace {

void benchLogins(const QUrl& url, int count) {
    QList<double> ms;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer clock;
        clock.start();
        BenchClient c(url, BenchClient::Auth::Login, QStringLiteral("lina"), test::kDemoPassword);
        c.open();
        if (!spinUntil([&] { return c.ready(); }, 10'000)) qFatal("login %d did not complete", i);
        ms << double(clock.nsecsElapsed()) / 1e6;
    }
    bench::report("connect_login_ms_p50", bench::percentile(ms, 50), "ms");
    bench::report("connect_login_ms_p99", bench::percentile(ms, 99), "ms");
}

void benchIdleAndRoundtrip(const test::ServerProcess& server, int clients, int requests) {
    BenchClient first(server.url(), BenchClient::Auth::Login, QStringLiteral("wangfang"),
                      test::kDemoPassword);
    first.open();
    spinUntil([&] { return first.ready(); }, 10'000);
    const qint64 baseKb = bench::residentKb(server.pid());
    std::vector<std::unique_ptr<BenchClient>> pool;
    int ready = 0;
    for (int i = 0; i < clients; ++i) {
        pool.push_back(
            std::make_unique<BenchClient>(server.url(), BenchClient::Auth::Resume, first.token()));
        QObject::connect(pool.back().get(), &BenchClient::becameReady, [&] { ++ready; });
        pool.back()->open();
        if (i % 50 == 49)
            spinUntil([&] { return ready > i - 25; }, 10'000); // do not overrun the accept backlog
    }
    if (!spinUntil([&] { return ready == clients; }, 60'000))
        qFatal("only %d of %d clients became ready", ready, clients);
    spinUntil([] { return false; }, 1000); // let allocations settle
    const qint64 loadedKb = bench::residentKb(server.pid());
    bench::report("server_rss_mb_per_1k_idle",
                  double(loadedKb - baseKb) / 1024.0 * 1000.0 / clients, "MB");

    QList<double> ms;
    for (int i = 0; i < requests; ++i) {
        BenchClient& c = *pool[size_t((i * 7919) % clients)];
        bool answered = false;
        c.request(QStringLiteral("sync.fetch"), {{QStringLiteral("after"), 1'000'000'000}},
                  [&](qint64 ns) {
                      ms << double(ns) / 1e6;
                      answered = true;
                  });
        spinUntil([&] { return answered; }, 10'000);
    }
    bench::report("roundtrip_ms_p50", bench::percentile(ms, 50), "ms");
    bench::report("roundtrip_ms_p99", bench::percentile(ms, 99), "ms");
}

void benchCatchup(const QUrl& url, int events) {
    test::TestClient client;
    QElapsedTimer clock;
    qint64 elapsedNs = -1;
    QObject::connect(&client.core(), &core::ClientCore::ready, [&] {
        QObject::connect(client.core().syncEngine(), &sync::SyncEngine::catchingUpChanged,
                         [&](bool on) {
                             if (on)
                                 clock.start();
                             else if (clock.isValid())
                                 elapsedNs = clock.nsecsElapsed();
                         });
    });
    client.signIn(url, QStringLiteral("zhangwei"), false);
    if (!spinUntil(
            [&] { return elapsedNs >= 0 && client.core().syncEngine()->lastSeq() >= events; },
            600'000))
        qFatal("catch-up did not finish");
    bench::report("catchup_events_per_s", double(events) / (double(elapsedNs) / 1e9), "events/s");
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Idle clients."),
                                     QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption logins(QStringLiteral("logins"), QStringLiteral("Logins to time."),
                                    QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption events(QStringLiteral("events"),
                                    QStringLiteral("Backlog to catch up."), QStringLiteral("N"),
                                    QStringLiteral("100000"));
    parser.addOptions({clients, logins, events});
    parser.process(app);

    QTemporaryDir data;
    bench::seedBacklog(data.path(), parser.value(events).toInt());
    test::ServerProcess server(data.path());
    if (!server.start()) qFatal("server did not start");
    benchLogins(server.url(), parser.value(logins).toInt());
    benchIdleAndRoundtrip(server, parser.value(clients).toInt(), 2000);
    benchCatchup(server.url(), parser.value(events).toInt());
    return 0;
}
