// A client-core process for crash tests. "queue" mode signs in, goes offline, commits N messages
// to the outbox, prints "queued N" and waits to be killed with SIGKILL. "drain" mode signs in on
// the same profile, waits until the outbox is empty, prints "drained" and exits 0.
#include "chat/ChatService.h"
#include "core/ClientCore.h"
#include "sync/Outbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

using namespace zt;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("URL"));
    const QCommandLineOption profile(QStringLiteral("profile"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption queue(QStringLiteral("queue"), QString(), QStringLiteral("N"));
    const QCommandLineOption peer(QStringLiteral("peer"), QString(), QStringLiteral("ID"),
                                  QStringLiteral("2"));
    parser.addOptions({server, profile, user, queue, peer});
    parser.process(app);

    core::ClientCore::Options options;
    options.profileDir = parser.value(profile);
    options.useKeychain = false;
    core::ClientCore core(options);
    QObject::connect(
        &core, &core::ClientCore::passphraseRequired, &core,
        [&core](bool, const QString&) { core.supplyPassphrase(QStringLiteral("crash test")); });
    QObject::connect(&core, &core::ClientCore::signInFailed, &app,
                     [](const QString& code, const QString&) {
                         std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(code));
                         QCoreApplication::exit(2);
                     });
    const int toQueue = parser.value(queue).toInt();
    bool done = false;
    QObject::connect(&core, &core::ClientCore::statusChanged, &app,
                     [&](core::ClientCore::Status s) {
                         if (s != core::ClientCore::Status::Online || done) return;
                         done = true;
                         if (toQueue > 0) {
                             core.goOffline();
                             for (int i = 0; i < toQueue; ++i)
                                 core.chat()->sendText(parser.value(peer).toLongLong(),
                                                       QStringLiteral("崩溃前的消息 %1").arg(i));
                             std::printf("queued %d\n", toQueue);
                             std::fflush(stdout); // now wait for SIGKILL
                             return;
                         }
                         auto* poll = new QTimer(&app);
                         QObject::connect(poll, &QTimer::timeout, &app, [&core] {
                             if (core.outbox()->pendingCount() == 0) {
                                 std::printf("drained\n");
                                 std::fflush(stdout);
                                 QCoreApplication::exit(0);
                             }
                         });
                         poll->start(50);
                     });
    core.signIn(QUrl(parser.value(server)), parser.value(user), QStringLiteral("Zhengtong@2026"),
                false);
    return app.exec();
}
