// zhengtong-server: the reference server. Prints "listening on ws://HOST:PORT" once ready.
// `zhengtong-server verify FILE` checks an exported approval bundle offline instead.
#include "Platform.h"
#include "VerifyCommand.h"
#include "server/DemoSeed.h"
#include "server/Server.h"
#include "server/directory/DirectorySeeder.h"
#include "server/storage/ServerStorage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <cstdio>

namespace {

struct Args {
    zt::server::ServerOptions options;
    bool demo = false;
    bool fullScale = false;
};

bool parseListen(const QString& value, zt::server::ServerOptions& options) {
    const int colon = value.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = value.mid(colon + 1).toUInt(&portOk);
    QString host = value.left(colon);
    if (host.startsWith(QLatin1Char('['))) host = host.mid(1, host.size() - 2);
    if (colon < 0 || !portOk || port > 65535 || !options.host.setAddress(host)) return false;
    options.port = quint16(port);
    return true;
}

void applyLogLevel(const QString& level) {
    if (level == QLatin1String("debug"))
        QLoggingCategory::setFilterRules(QStringLiteral("zt.*.debug=true"));
    else if (level == QLatin1String("warning"))
        QLoggingCategory::setFilterRules(QStringLiteral("zt.*.info=false"));
    else
        QLoggingCategory::setFilterRules(QStringLiteral("zt.*.debug=false\nzt.*.info=true"));
}

// Conversation and DING timings: tests shorten them.
void applyChatOptions(const QCommandLineParser& parser, const QCommandLineOption& recallWindow,
                      const QCommandLineOption& dingRedo, const QCommandLineOption& dingCheck,
                      zt::server::ChatOptions& chat) {
    if (parser.isSet(recallWindow)) chat.recallWindowMs = parser.value(recallWindow).toLongLong();
    if (parser.isSet(dingRedo)) chat.dingRedoIntervalMs = parser.value(dingRedo).toLongLong();
    if (parser.isSet(dingCheck)) chat.dingCheckMs = qMax(100, parser.value(dingCheck).toInt());
}

Args parseArgs(const QCoreApplication& app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Zhengtong reference server"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("Address to listen on (port 0 picks a free port)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8765"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("Folder holding all server state."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Seed the demo organisation and accounts."));
    const QCommandLineOption cert(QStringLiteral("tls-cert"),
                                  QStringLiteral("PEM certificate: serve wss."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"),
                                 QStringLiteral("PEM private key for --tls-cert."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"),
                                      QStringLiteral("debug, info or warning."),
                                      QStringLiteral("LEVEL"), QStringLiteral("info"));
    const QCommandLineOption heartbeat(QStringLiteral("heartbeat-ms"),
                                       QStringLiteral("Heartbeat interval (testing)."),
                                       QStringLiteral("MS"));
    const QCommandLineOption tokenLifetime(
        QStringLiteral("token-lifetime-s"),
        QStringLiteral("Session token lifetime in seconds (default 30 days)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption scale(
        QStringLiteral("demo-scale"),
        QStringLiteral("demo (one county of people, starts in seconds) or full "
                       "(the whole province: ~1.3 M people, minutes)."),
        QStringLiteral("SCALE"), QStringLiteral("demo"));
    const QCommandLineOption policy(
        QStringLiteral("directory-policy"),
        QStringLiteral("JSON file with the directory visibility policy."), QStringLiteral("FILE"));
    const QCommandLineOption recallWindow(
        QStringLiteral("recall-window-ms"),
        QStringLiteral("How long a sender may recall a message (default 120000; testing)."),
        QStringLiteral("MS"));
    const QCommandLineOption dingRedo(
        QStringLiteral("ding-redo-ms"),
        QStringLiteral("Shortest interval between DING (re)sends (default 300000; testing)."),
        QStringLiteral("MS"));
    const QCommandLineOption dingCheck(
        QStringLiteral("ding-check-ms"),
        QStringLiteral("How often scheduled DINGs are checked (default 5000)."),
        QStringLiteral("MS"));
    parser.addOptions({listen, data, demo, cert, key, logLevel, heartbeat, tokenLifetime, scale,
                       policy, recallWindow, dingRedo, dingCheck});
    parser.process(app);

    Args args;
    if (!parseListen(parser.value(listen), args.options)) {
        std::fprintf(stderr, "invalid --listen value; expected HOST:PORT\n");
        std::exit(2);
    }
    args.options.dataDir = parser.isSet(data)
                               ? parser.value(data)
                               : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    args.options.tlsCertFile = parser.value(cert);
    args.options.tlsKeyFile = parser.value(key);
    if (args.options.tlsCertFile.isEmpty() != args.options.tlsKeyFile.isEmpty()) {
        std::fprintf(stderr, "--tls-cert and --tls-key go together\n");
        std::exit(2);
    }
    if (parser.isSet(heartbeat)) {
        args.options.heartbeatMs = parser.value(heartbeat).toInt();
        args.options.deadAfterMs = args.options.heartbeatMs * 3;
    }
    if (parser.isSet(tokenLifetime))
        args.options.tokenLifetimeMs = parser.value(tokenLifetime).toLongLong() * 1000;
    applyChatOptions(parser, recallWindow, dingRedo, dingCheck, args.options.chat);
    args.demo = parser.isSet(demo);
    if (parser.value(scale) != QLatin1String("demo") &&
        parser.value(scale) != QLatin1String("full")) {
        std::fprintf(stderr, "--demo-scale is demo or full\n");
        std::exit(2);
    }
    args.fullScale = parser.value(scale) == QLatin1String("full");
    if (parser.isSet(policy)) {
        QString error;
        const auto loaded = zt::server::DirectoryPolicy::load(parser.value(policy), &error);
        if (!loaded) {
            std::fprintf(stderr, "zhengtong-server: %s\n", qPrintable(error));
            std::exit(2);
        }
        args.options.directoryPolicy = *loaded;
    }
    applyLogLevel(parser.value(logLevel));
    return args;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Zhengtong"));
    QCoreApplication::setApplicationName(QStringLiteral("zhengtong-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZT_VERSION));
    if (const QStringList arguments = app.arguments();
        arguments.size() > 1 && arguments.at(1) == QLatin1String(zt::server::kVerifyCommand))
        return zt::server::runVerifyCommand(arguments.mid(2));
    const Args args = parseArgs(app);

    raiseFileLimit();
    zt::server::Server server;
    QString error;
    if (!server.start(args.options, &error)) {
        std::fprintf(stderr, "zhengtong-server: %s\n", qPrintable(error));
        return 1;
    }
    if (args.demo) {
        for (const auto& account : zt::server::seedDemo(server.storage()))
            std::printf("demo user %s password %s (%s)\n", qPrintable(account.user),
                        qPrintable(zt::server::kDemoPassword),
                        account.displayName.toUtf8().constData());
        const auto report = zt::server::DirectorySeeder(server.storage())
                                .seed(args.fullScale ? zt::server::DirectoryScale::Full
                                                     : zt::server::DirectoryScale::Demo);
        if (!report.alreadySeeded)
            std::printf("directory seeded: %lld nodes, %lld people in %lld ms\n",
                        qlonglong(report.nodes), qlonglong(report.people),
                        qlonglong(report.elapsedMs));
    }
    std::printf("listening on %s\n", server.url().toString().toUtf8().constData());
    std::fflush(stdout);
    quitOnTerminationSignals(&app);
    return app.exec();
}
