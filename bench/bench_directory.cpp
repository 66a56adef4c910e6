// Directory benchmarks. Prints "name value unit":
//   dir_seed_full_s, dir_db_mb        (when it seeds the full-scale directory itself)
//   dir_search_server_ms_p50/p99      1,000 mixed queries against the full-scale directory
//   dir_children_ms_p99               children of random nodes
//   dir_search_local_ms_p99           per keystroke against a local cache of 100,000 people
//   dir_initial_sync_s                a new client copying its own county (delta sync start)
// Usage: bench_directory [--server ws://HOST:PORT] (an already seeded full-scale server)
#include "BenchClient.h"
#include "ServerProcess.h"
#include "Stats.h"
#include "TestClient.h"
#include "contacts/DirectoryCache.h"
#include "contacts/DirectoryService.h"
#include "contacts/DirectorySync.h"
#include "contacts/SearchTerms.h"
#include "core/ClientSchema.h"
#include "crypto/Kdf.h"
#include "server/directory/NameGenerator.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace zt;
using bench::spinUntil;

namespace {

double requestMs(bench::BenchClient& client, const QString& op, const QJsonObject& args) {
    double ms = -1;
    client.request(op, args, [&](qint64 ns) { ms = double(ns) / 1e6; });
    spinUntil([&] { return ms >= 0; }, 30'000);
    return ms;
}

// Names, pinyin prefixes, initials and unit words, as people type them.
QStringList mixedQueries(int count) {
    server::NameGenerator names(7);
    const QStringList units{QStringLiteral("教育局"), QStringLiteral("余杭"),
                            QStringLiteral("yuhang"), QStringLiteral("财政"),
                            QStringLiteral("wz"),     QStringLiteral("卫生健康"),
                            QStringLiteral("公安局"), QStringLiteral("hzs"),
                            QStringLiteral("街道"),   QStringLiteral("疾控")};
    QStringList out;
    for (int i = 0; out.size() < count; ++i) {
        const QString name = names.next();
        const auto keys = contacts::nameKeys(name, contacts::NameKind::Person);
        switch (i % 4) {
        case 0:
            out << name;
            break;
        case 1:
            out << keys.fullPinyin.value(0).left(3 + i % 5);
            break;
        case 2:
            out << keys.initials.value(0);
            break;
        default:
            out << units[i % units.size()];
        }
    }
    return out;
}

qint64 folderBytes(const QString& dir) {
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

// Sign-in to "up to date": the copy of 余杭区 (every node and person, listings rebuilt) is local.
void benchInitialSync(const QUrl& url) {
    test::TestClient client(QString(), 0, true);
    if (!client.signIn(url, QStringLiteral("zhangwei"))) qFatal("cannot sign in for the sync");
    QElapsedTimer clock;
    clock.start();
    bool done = false;
    QObject::connect(client.core().directory()->sync(), &contacts::DirectorySync::upToDate,
                     [&] { done = true; });
    if (!spinUntil([&] { return done; }, 600'000)) qFatal("the county copy did not finish");
    bench::report("dir_initial_sync_s", double(clock.elapsed()) / 1000.0, "s");
    bench::report("dir_initial_sync_people",
                  double(client.core().directory()->cache().personCount()), "people");
}

void benchServer(const QUrl& url) {
    bench::BenchClient client(url, bench::BenchClient::Auth::Login, QStringLiteral("lina"),
                              test::kDemoPassword);
    client.open();
    if (!spinUntil([&] { return client.ready(); }, 30'000))
        qFatal("cannot log in to %s", qPrintable(url.toString()));
    QList<double> search;
    QList<QPair<double, QString>> timed;
    for (const QString& q : mixedQueries(1000)) {
        search << requestMs(client, QStringLiteral("dir.search"),
                            {{QStringLiteral("q"), q}, {QStringLiteral("limit"), 20}});
        timed << qMakePair(search.back(), q);
    }
    bench::report("dir_search_server_ms_p50", bench::percentile(search, 50), "ms");
    bench::report("dir_search_server_ms_p99", bench::percentile(search, 99), "ms");
    std::sort(timed.begin(), timed.end(), [](const auto& a, const auto& b) { return a > b; });
    for (const auto& [ms, q] : timed.mid(0, 12)) // which query shapes to work on next
        fprintf(stderr, "# slowest: %s %.1f ms\n", qPrintable(q), ms);
    server::SeededRandom random(11);
    QList<double> children;
    for (int i = 0; i < 1000; ++i)
        children << requestMs(
            client, QStringLiteral("dir.children"),
            {{QStringLiteral("node"), 1 + random.below(300'000)}, {QStringLiteral("limit"), 100}});
    bench::report("dir_children_ms_p99", bench::percentile(children, 99), "ms");
    benchInitialSync(url);
}

void benchLocalSearch(int people) {
    QTemporaryDir dir;
    auto opened =
        store::Database::open(dir.filePath(QStringLiteral("local.db")), crypto::randomBytes(32));
    store::migrate(*opened.db, core::clientSchema());
    contacts::DirectoryCache cache(*opened.db);
    server::NameGenerator names(3);
    opened.db->transaction([&] {
        QList<contacts::PersonInfo> batch;
        for (int i = 1; i <= people; ++i) {
            batch << contacts::PersonInfo{
                i,
                0,
                names.next(),
                names.mobile(),
                false,
                {},
                {contacts::PositionInfo{1, QStringLiteral("余杭区教育局"), QStringLiteral("科员"),
                                        contacts::Rank::Clerk, QStringLiteral("教育"), 0}}};
            if (batch.size() == 1000) {
                cache.storePeople(batch);
                batch.clear();
            }
        }
        cache.storePeople(batch);
    });
    QList<double> ms;
    for (const QString& q : mixedQueries(200)) {
        for (qsizetype len = 1; len <= q.size(); ++len) { // every keystroke
            QElapsedTimer t;
            t.start();
            cache.search(q.left(len), 20);
            ms << double(t.nsecsElapsed()) / 1e6;
        }
    }
    bench::report("dir_search_local_ms_p50", bench::percentile(ms, 50), "ms");
    bench::report("dir_search_local_ms_p99", bench::percentile(ms, 99), "ms");
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("A seeded full-scale server."),
                                          QStringLiteral("URL"));
    const QCommandLineOption localOnly(QStringLiteral("local-only"),
                                       QStringLiteral("Only the local search figure."));
    const QCommandLineOption serverOnly(QStringLiteral("server-only"),
                                        QStringLiteral("Skip the local search figure."));
    parser.addOptions({serverOption, localOnly, serverOnly});
    parser.process(app);
    if (!parser.isSet(serverOnly)) benchLocalSearch(100'000);
    if (parser.isSet(localOnly)) return 0;
    if (parser.isSet(serverOption)) {
        benchServer(QUrl(parser.value(serverOption)));
        return 0;
    }
    QTemporaryDir data;
    QElapsedTimer seedClock;
    seedClock.start();
    test::ServerProcess server(data.path(),
                               {QStringLiteral("--demo-scale"), QStringLiteral("full")});
    if (!server.start(0, 1800'000)) qFatal("full-scale server did not start");
    bench::report("dir_seed_full_s", double(seedClock.elapsed()) / 1000.0, "s");
    bench::report("dir_db_mb", double(folderBytes(data.path())) / 1e6, "MB");
    benchServer(server.url());
    return 0;
}
