// The real server and the real client core: login, pushes, offline writes, crashes, gaps.
#include "ServerProcess.h"
#include "TestClient.h"
#include "chat/ChatService.h"
#include "store/Database.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;
using Status = core::ClientCore::Status;

namespace {

// Demo user ids follow seeding order: zhangwei 1, lina 2, wangfang 3.
constexpr qint64 kZhang = 1;
constexpr qint64 kLina = 2;
constexpr qint64 kWang = 3;

QStringList texts(chat::ChatService* chat, qint64 peer) {
    QStringList out;
    for (const auto& m : chat->latest(peer, 10'000))
        out << m.text;
    return out;
}

bool waitCount(chat::ChatService* chat, qint64 peer, int count, int timeoutMs = 15'000) {
    QDeadlineTimer deadline(timeoutMs);
    while (chat->latest(peer, 10'000).size() < count && !deadline.hasExpired())
        QTest::qWait(10);
    return chat->latest(peer, 10'000).size() == count;
}

} // namespace

class TestFoundation : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void loginAndReceivePush();
    void wrongPasswordIsReported();
    void unreachableServerIsReported();
    void offlineWritesSurviveServerKill();
    void outboxSurvivesClientCrash();
    void lostEventsAreFetchedAgain();
    void deadServerIsDetected();
    void eventsStayWithTheirOwner();

private:
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<test::ServerProcess> m_server;
};

void TestFoundation::init() {
    m_data = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<test::ServerProcess>(
        m_data->path(), QStringList{QStringLiteral("--heartbeat-ms"), QStringLiteral("300")});
    QVERIFY(m_server->start());
}

void TestFoundation::cleanup() {
    m_server.reset();
    m_data.reset();
}

void TestFoundation::loginAndReceivePush() {
    test::TestClient a, b;
    QVERIFY(a.signIn(m_server->url(), QStringLiteral("zhangwei")));
    QVERIFY(b.signIn(m_server->url(), QStringLiteral("lina")));
    QCOMPARE(a.core().account().displayName, QStringLiteral("张伟"));
    QVERIFY(!a.core().chat()->sendText(kLina, QStringLiteral("请于下午三点前报送材料")).isEmpty());
    QVERIFY(waitCount(b.core().chat(), kZhang, 1));
    QCOMPARE(texts(b.core().chat(), kZhang), QStringList{QStringLiteral("请于下午三点前报送材料")});
    QTRY_COMPARE(a.core().chat()->latest(kLina, 10).value(0).state, chat::DeliveryState::Sent);
    QCOMPARE(a.core().outbox()->pendingCount(), 0);
}

void TestFoundation::wrongPasswordIsReported() {
    test::TestClient a;
    a.core().signIn(m_server->url(), QStringLiteral("zhangwei"), QStringLiteral("wrong"), false);
    QTRY_COMPARE_WITH_TIMEOUT(a.lastErrorCode(), QStringLiteral("bad_credentials"), 10'000);
    QVERIFY(!a.lastError().isEmpty());
    QCOMPARE(a.core().status(), Status::SignedOut);
    a.core().signIn(m_server->url(), QStringLiteral("nobody"), QStringLiteral("x"), false);
    QTRY_COMPARE_WITH_TIMEOUT(a.lastErrorCode(), QStringLiteral("bad_credentials"), 10'000);
}

void TestFoundation::unreachableServerIsReported() {
    QUrl url = m_server->url();
    m_server->kill();
    test::TestClient a;
    a.core().signIn(url, QStringLiteral("zhangwei"), test::kDemoPassword, false);
    QTRY_COMPARE_WITH_TIMEOUT(a.lastErrorCode(), QStringLiteral("unreachable"), 10'000);
}

void TestFoundation::offlineWritesSurviveServerKill() {
    test::TestClient a(QString(), 300), b(QString(), 300);
    QVERIFY(a.signIn(m_server->url(), QStringLiteral("zhangwei")));
    QVERIFY(b.signIn(m_server->url(), QStringLiteral("lina")));
    m_server->kill();
    QTRY_VERIFY_WITH_TIMEOUT(a.core().status() != Status::Online, 5000);
    QStringList sent;
    for (int i = 0; i < 20; ++i) {
        sent << QStringLiteral("离线消息 %1").arg(i);
        QVERIFY(!a.core().chat()->sendText(kLina, sent.last()).isEmpty());
    }
    QCOMPARE(a.core().outbox()->pendingCount(), 20);
    QCOMPARE(texts(a.core().chat(), kLina), sent); // visible at once, as pending
    QVERIFY(m_server->start(m_server->url().port()));
    QVERIFY(a.waitStatus(Status::Online, 20'000));
    QTRY_COMPARE_WITH_TIMEOUT(a.core().outbox()->pendingCount(), 0, 15'000);
    QVERIFY(b.waitStatus(Status::Online, 20'000));
    QVERIFY(waitCount(b.core().chat(), kZhang, 20));
    QCOMPARE(texts(b.core().chat(), kZhang), sent); // same order, no duplicates
    QCOMPARE(texts(a.core().chat(), kLina), sent);
}

void TestFoundation::outboxSurvivesClientCrash() {
    QTemporaryDir profile;
    auto a = std::make_unique<test::TestClient>(profile.path());
    QVERIFY(a->signIn(m_server->url(), QStringLiteral("zhangwei")));
    a->core().goOffline();
    QVERIFY(!a->core().chat()->sendText(kWang, QStringLiteral("断电前写下的")).isEmpty());
    a->destroy(); // the process "dies" after the commit, before anything was sent
    a = std::make_unique<test::TestClient>(profile.path());
    QVERIFY(a->signIn(m_server->url(), QStringLiteral("zhangwei")));
    QTRY_COMPARE_WITH_TIMEOUT(a->core().outbox()->pendingCount(), 0, 10'000);
    test::TestClient wang;
    QVERIFY(wang.signIn(m_server->url(), QStringLiteral("wangfang")));
    QVERIFY(waitCount(wang.core().chat(), kZhang, 1));
    QCOMPARE(texts(wang.core().chat(), kZhang), QStringList{QStringLiteral("断电前写下的")});
}

void TestFoundation::lostEventsAreFetchedAgain() {
    test::TestClient a, b;
    QVERIFY(a.signIn(m_server->url(), QStringLiteral("zhangwei")));
    QVERIFY(b.signIn(m_server->url(), QStringLiteral("lina")));
    for (int i = 0; i < 3; ++i)
        b.core().chat()->sendText(kZhang, QStringLiteral("m%1").arg(i));
    QVERIFY(waitCount(a.core().chat(), kLina, 3));
    // Pretend A lost the last two events (e.g. restored an old cache): it must fetch them again.
    a.core().database()->exec(QStringLiteral("DELETE FROM messages WHERE text IN ('m1','m2')"));
    a.core().database()->exec(
        QStringLiteral("UPDATE kv SET value = value - 2 WHERE key='sync.last_seq'"));
    a.core().goOffline();
    a.core().goOnline(); // catch-up starts from the position in the store
    QVERIFY(a.waitStatus(Status::Online));
    b.core().chat()->sendText(kZhang, QStringLiteral("m3"));
    QVERIFY(waitCount(a.core().chat(), kLina, 4));
    QCOMPARE(texts(a.core().chat(), kLina),
             (QStringList{QStringLiteral("m0"), QStringLiteral("m1"), QStringLiteral("m2"),
                          QStringLiteral("m3")}));
}

void TestFoundation::deadServerIsDetected() {
    test::TestClient a(QString(), 200);
    QVERIFY(a.signIn(m_server->url(), QStringLiteral("zhangwei")));
    m_server->pause(); // socket stays open, nothing answers: only heartbeats can tell
    QTRY_VERIFY_WITH_TIMEOUT(a.core().status() != Status::Online, 3000);
    m_server->resume();
    QVERIFY(a.waitStatus(Status::Online, 15'000));
}

void TestFoundation::eventsStayWithTheirOwner() {
    test::TestClient a, b, c;
    QVERIFY(a.signIn(m_server->url(), QStringLiteral("zhangwei")));
    QVERIFY(b.signIn(m_server->url(), QStringLiteral("lina")));
    QVERIFY(c.signIn(m_server->url(), QStringLiteral("wangfang")));
    a.core().chat()->sendText(kWang, QStringLiteral("只给王芳"));
    QVERIFY(waitCount(c.core().chat(), kZhang, 1));
    QTest::qWait(300);
    QCOMPARE(b.core().chat()->messageCount(), 0);
}

QTEST_GUILESS_MAIN(TestFoundation)
#include "tst_foundation.moc"
