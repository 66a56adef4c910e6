// Client cold start: process start to main window shown, with a populated encrypted store,
// offscreen. Prints client_cold_start_ms (median of runs) and client_first_window_pss_mb.
#include "BenchSeed.h"
#include "ServerProcess.h"
#include "Stats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace zt;

namespace {

qint64 pssKb(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    static const QRegularExpression pss(QStringLiteral("Pss:\\s+(\\d+) kB"));
    const auto m = pss.match(QString::fromLatin1(f.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

QStringList clientArgs(const QString& profile, const QUrl& server) {
    return {QStringLiteral("--profile"),
            profile,
            QStringLiteral("--server"),
            server.toString(),
            QStringLiteral("--no-keychain"),
            QStringLiteral("--passphrase-env"),
            QStringLiteral("ZT_BENCH_PASSPHRASE"),
            QStringLiteral("--lang"),
            QStringLiteral("zh_CN")};
}

QProcessEnvironment benchEnv() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("ZT_BENCH_PASSPHRASE"), QStringLiteral("bench passphrase"));
    env.insert(QStringLiteral("ZT_BENCH_PASSWORD"), QStringLiteral("Zhengtong@2026"));
    return env;
}

// First run: sign in and catch up the backlog, so later runs open a populated store.
void populate(const QString& profile, const QUrl& server) {
    QProcess p;
    p.setProcessEnvironment(benchEnv());
    p.start(QStringLiteral(ZT_CLIENT_BIN),
            clientArgs(profile, server) +
                QStringList{QStringLiteral("--user"), QStringLiteral("zhangwei"),
                            QStringLiteral("--password-env"), QStringLiteral("ZT_BENCH_PASSWORD"),
                            QStringLiteral("--quit-when-online")});
    if (!p.waitForFinished(300'000) || p.exitCode() != 0)
        qFatal("populating the client store failed: %s", p.readAllStandardError().constData());
}

struct Sample {
    double ms;
    qint64 pssKb;
};

Sample coldStart(const QString& profile, const QUrl& server) {
    QProcess p;
    p.setProcessEnvironment(benchEnv());
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral(ZT_CLIENT_BIN),
            clientArgs(profile, server) + QStringList{QStringLiteral("--startup-probe")});
    QByteArray out;
    while (!out.contains("first_window_shown")) {
        if (!p.waitForReadyRead(30'000))
            qFatal("client did not show its window: %s", p.readAllStandardError().constData());
        out += p.readAllStandardOutput();
    }
    const Sample s{double(clock.nsecsElapsed()) / 1e6, pssKb(p.processId())};
    p.kill();
    p.waitForFinished();
    return s;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int messages = 10'000;
    QTemporaryDir data, profile;
    bench::seedBacklog(data.path(), messages);
    test::ServerProcess server(data.path());
    if (!server.start()) qFatal("server did not start");
    populate(profile.path(), server.url());
    QList<double> ms, pss;
    for (int i = 0; i < 7; ++i) {
        const Sample s = coldStart(profile.path(), server.url());
        ms << s.ms;
        pss << double(s.pssKb) / 1024.0;
    }
    bench::report("client_cold_start_ms", bench::percentile(ms, 50), "ms");
    bench::report("client_first_window_pss_mb", bench::percentile(pss, 50), "MiB");
    return 0;
}
