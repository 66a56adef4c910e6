// A client-core process for the delivery chaos test (tst_delivery_chaos). It signs in on its
// profile and sends its share of messages to one conversation — "<user> #i", i counted on from
// what its store already holds, so a restart after SIGKILL goes on where the last commit ended —
// with a DING to the other members after every tenth. With --drain it sends nothing new but
// waits until its outbox is empty and its store holds the whole conversation (--expect-total
// text messages) and every DING it should receive (--expect-dings); then it prints what it holds,
// one line per message ("msg SEQ SENDER TEXT") and per DING ("ding ID SENDER TEXT"), and exits.
#include "chat/DingService.h"
#include "chat/DingStore.h"
#include "chat/MessageStore.h"
#include "chat/Messenger.h"
#include "core/ClientCore.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

using namespace zt;

namespace {

struct Options {
    qint64 conv = 0;
    int count = 0;
    int expectTotal = 0;
    int expectDings = 0;
    bool drain = false;
    QList<qint64> others;
    QString prefix;
};

QList<chat::StoredMessage> history(core::ClientCore& core, qint64 conv) {
    return chat::MessageStore(*core.database()).pageAfter(conv, 0, 100'000);
}

int ownSoFar(core::ClientCore& core, const Options& o) {
    int n = 0;
    for (const auto& m :
         history(core, o.conv) + chat::MessageStore(*core.database()).unnumbered(o.conv))
        n += m.message.text.startsWith(o.prefix);
    return n;
}

bool complete(core::ClientCore& core, const Options& o) {
    if (core.outbox()->pendingCount() > 0) return false;
    const auto all = history(core, o.conv);
    int texts = 0;
    for (int i = 0; i < all.size(); ++i) {
        if (all[i].message.seq != i + 1) return false; // a gap: not caught up yet
        texts += all[i].message.kind == chat::MessageKind::Text;
    }
    return texts >= o.expectTotal &&
           chat::DingStore(*core.database()).received(10'000).size() >= o.expectDings;
}

void dump(core::ClientCore& core, const Options& o) {
    for (const auto& m : history(core, o.conv))
        if (m.message.kind == chat::MessageKind::Text)
            std::printf("msg %lld %lld %s\n", m.message.seq, m.message.sender,
                        qPrintable(m.message.text));
    for (const auto& d : chat::DingStore(*core.database()).received(10'000))
        std::printf("ding %lld %lld %s\n", d.id, d.sender, qPrintable(d.text));
    std::printf("done\n");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("URL"));
    const QCommandLineOption profile(QStringLiteral("profile"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption conv(QStringLiteral("conv"), QString(), QStringLiteral("ID"));
    const QCommandLineOption count(QStringLiteral("count"), QString(), QStringLiteral("N"));
    const QCommandLineOption others(QStringLiteral("others"), QString(), QStringLiteral("IDS"));
    const QCommandLineOption total(QStringLiteral("expect-total"), QString(), QStringLiteral("N"));
    const QCommandLineOption dings(QStringLiteral("expect-dings"), QString(), QStringLiteral("N"));
    const QCommandLineOption drain(QStringLiteral("drain"));
    parser.addOptions({server, profile, user, conv, count, others, total, dings, drain});
    parser.process(app);
    Options o;
    o.conv = parser.value(conv).toLongLong();
    o.count = parser.value(count).toInt();
    o.expectTotal = parser.value(total).toInt();
    o.expectDings = parser.value(dings).toInt();
    o.drain = parser.isSet(drain);
    o.prefix = parser.value(user) + QStringLiteral(" #");
    for (const QString& id : parser.value(others).split(QLatin1Char(','), Qt::SkipEmptyParts))
        o.others << id.toLongLong();

    core::ClientCore::Options options;
    options.profileDir = parser.value(profile);
    options.useKeychain = false;
    options.syncDirectoryRegion = false;
    core::ClientCore core(options);
    QObject::connect(
        &core, &core::ClientCore::passphraseRequired, &core,
        [&core](bool, const QString&) { core.supplyPassphrase(QStringLiteral("chaos test")); });
    QObject::connect(&core, &core::ClientCore::signInFailed, &app,
                     [](const QString& code, const QString&) {
                         std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(code));
                         QCoreApplication::exit(2);
                     });
    auto* tick = new QTimer(&app);
    QObject::connect(tick, &QTimer::timeout, &app, [&] {
        if (!core.messenger()) return;
        if (o.drain) {
            if (complete(core, o)) {
                tick->stop();
                dump(core, o);
                QCoreApplication::exit(0);
            }
            return;
        }
        // Each send commits its row and its outbox row together: a kill lands before or after,
        // never between; what is in the store says where to go on.
        const int next = ownSoFar(core, o);
        const int dingsSent = int(chat::DingStore(*core.database()).sent(10'000).size());
        if (!o.others.isEmpty() && dingsSent < next / 10) {
            core.dings()->send(o.others,
                               QStringLiteral("DING ") + o.prefix + QString::number(dingsSent));
            return;
        }
        if (next < o.count) core.messenger()->sendText(o.conv, o.prefix + QString::number(next));
    });
    QObject::connect(&core, &core::ClientCore::ready, tick, [tick] { tick->start(30); });
    core.signIn(QUrl(parser.value(server)), parser.value(user), QStringLiteral("Zhengtong@2026"),
                false);
    return app.exec();
}
