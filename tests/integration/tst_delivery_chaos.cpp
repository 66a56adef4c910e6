// At-least-once delivery with de-duplication, under fire: three real client processes send
// messages and DINGs to one group while the test kills them and the server with SIGKILL at
// random moments (seeded; the seed is printed) and starts them again. Afterwards every message
// and DING is on every member's client exactly once, and the conversation reads the same, in
// the same order, everywhere.
#include "ServerProcess.h"
#include "TestClient.h"
#include "chat/Messenger.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace zt;

namespace {

constexpr int kPerClient = 30; // messages each; a DING after every tenth
constexpr int kChaosMs = 15'000;
const QStringList kUsers{QStringLiteral("zhangwei"), QStringLiteral("lina"),
                         QStringLiteral("wangfang")};

struct Member {
    QString user;
    qint64 id = 0;
    std::unique_ptr<QTemporaryDir> profile;
    std::unique_ptr<QProcess> process;
};

} // namespace

class TestDeliveryChaos : public QObject {
    Q_OBJECT
private slots:
    void everyMessageArrivesOnceInOrderDespiteKills();

private:
    QStringList argsFor(const Member& m, bool drain) const;
    void startClient(Member& m, bool drain);

    std::unique_ptr<test::ServerProcess> m_server;
    std::vector<Member> m_members;
    qint64 m_conv = 0;
};

QStringList TestDeliveryChaos::argsFor(const Member& m, bool drain) const {
    QStringList others;
    for (const Member& o : m_members)
        if (o.id != m.id) others << QString::number(o.id);
    QStringList args{
        QStringLiteral("--server"),  m_server->url().toString(), QStringLiteral("--profile"),
        m.profile->path(),           QStringLiteral("--user"),   m.user,
        QStringLiteral("--conv"),    QString::number(m_conv),    QStringLiteral("--count"),
        QString::number(kPerClient), QStringLiteral("--others"), others.join(QLatin1Char(','))};
    if (drain)
        args << QStringLiteral("--drain") << QStringLiteral("--expect-total")
             << QString::number(kPerClient * m_members.size()) << QStringLiteral("--expect-dings")
             << QString::number((kPerClient / 10) * (m_members.size() - 1));
    return args;
}

void TestDeliveryChaos::startClient(Member& m, bool drain) {
    m.process = std::make_unique<QProcess>();
    m.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m.process->start(QStringLiteral(ZT_CHAOS_CLIENT_BIN), argsFor(m, drain));
}

void TestDeliveryChaos::everyMessageArrivesOnceInOrderDespiteKills() {
    QTemporaryDir data;
    m_server = std::make_unique<test::ServerProcess>(data.path());
    QVERIFY(m_server->start());
    {
        // The group, made by 张伟 through an ordinary client core.
        test::TestClient maker;
        QVERIFY(maker.signIn(m_server->url(), kUsers[0]));
        std::vector<std::unique_ptr<test::TestClient>> ids;
        for (const QString& u : kUsers) {
            Member m;
            m.user = u;
            m.profile = std::make_unique<QTemporaryDir>();
            m_members.push_back(std::move(m));
        }
        m_members[0].id = maker.core().account().userId;
        for (size_t i = 1; i < m_members.size(); ++i) {
            auto c = std::make_unique<test::TestClient>();
            QVERIFY(c->signIn(m_server->url(), kUsers[int(i)]));
            m_members[i].id = c->core().account().userId;
        }
        QSignalSpy created(maker.core().messenger(), &chat::Messenger::conversationCreated);
        maker.core().messenger()->createGroup(QStringLiteral("抗压测试群"),
                                              {m_members[1].id, m_members[2].id});
        QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty(), 20'000);
        m_conv = created.at(0).at(1).toLongLong();
    }
    for (Member& m : m_members)
        startClient(m, false);

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo() << "chaos seed" << seed;
    QRandomGenerator random(seed);
    QElapsedTimer clock;
    clock.start();
    int serverKills = 0, clientKills = 0;
    while (clock.elapsed() < kChaosMs) {
        QTest::qWait(int(random.bounded(300, 1200)));
        const int victim = int(random.bounded(int(m_members.size()) + 1));
        if (victim == int(m_members.size())) {
            QVERIFY(m_server->restart()); // SIGKILL, then up again on the same port and data
            ++serverKills;
        } else {
            Member& m = m_members[size_t(victim)];
            m.process->kill();
            m.process->waitForFinished(5'000);
            startClient(m, false);
            ++clientKills;
        }
    }
    qInfo() << "killed the server" << serverKills << "times and clients" << clientKills << "times";
    for (Member& m : m_members) {
        m.process->kill();
        m.process->waitForFinished(5'000);
        startClient(m, true);
    }
    std::map<QString, QStringList> messages, dings;
    for (Member& m : m_members) {
        QVERIFY2(m.process->waitForFinished(120'000), qPrintable(m.user));
        QCOMPARE(m.process->exitCode(), 0);
        const QStringList lines = QString::fromUtf8(m.process->readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.contains(QStringLiteral("done")));
        for (const QString& line : lines) {
            if (line.startsWith(QLatin1String("msg "))) messages[m.user] << line;
            if (line.startsWith(QLatin1String("ding "))) dings[m.user] << line.section(QLatin1Char(' '), 2);
        }
    }
    // Every member holds the same conversation, in the same order, each message once.
    const QStringList reference = messages[kUsers[0]];
    QCOMPARE(reference.size(), kPerClient * int(m_members.size()));
    for (const QString& u : kUsers)
        QCOMPARE(messages[u], reference);
    QSet<QString> texts;
    for (const QString& line : reference)
        texts.insert(line.section(QLatin1Char(' '), 3));
    QCOMPARE(texts.size(), reference.size()); // no duplicates
    for (const Member& m : m_members)
        for (int i = 0; i < kPerClient; ++i)
            QVERIFY2(texts.contains(m.user + QStringLiteral(" #") + QString::number(i)),
                     qPrintable(m.user + QString::number(i)));
    // Each member has every DING of the others once.
    for (const Member& m : m_members) {
        QStringList got = dings[m.user];
        got.sort();
        QStringList expected;
        for (const Member& o : m_members)
            if (o.id != m.id)
                for (int k = 0; k < kPerClient / 10; ++k)
                    expected << QString::number(o.id) + QStringLiteral(" DING ") + o.user +
                                    QStringLiteral(" #") + QString::number(k);
        expected.sort();
        QCOMPARE(got, expected);
    }
}

QTEST_GUILESS_MAIN(TestDeliveryChaos)
#include "tst_delivery_chaos.moc"
