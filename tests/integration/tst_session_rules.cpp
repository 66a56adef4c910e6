// Session edge cases through the real server: expiry mid-connection, sign-out revocation,
// one store per account, cids unique per sender only, catch-up pages capped by size.
#include "RawClient.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "chat/ChatService.h"
#include "sync/Outbox.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;
using Status = core::ClientCore::Status;

namespace {
constexpr qint64 kZhang = 1;
constexpr qint64 kLina = 2;
QString codeOf(const QJsonObject& o) {
    return o[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString();
}
} // namespace

class TestSessionRules : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void expiredSessionStopsTheClient();
    void signOutRevokesTheToken();
    void anotherAccountGetsAnotherStore();
    void cidIsUniquePerSenderOnly();
    void catchUpPagesAreCappedBySize();

private:
    QTemporaryDir m_data;
    std::unique_ptr<test::ServerProcess> m_server;
};

void TestSessionRules::initTestCase() {
    m_server = std::make_unique<test::ServerProcess>(m_data.path());
    QVERIFY(m_server->start());
}

void TestSessionRules::expiredSessionStopsTheClient() {
    QTemporaryDir data;
    test::ServerProcess shortLived(data.path(),
                                   {QStringLiteral("--token-lifetime-s"), QStringLiteral("2"),
                                    QStringLiteral("--heartbeat-ms"), QStringLiteral("300")});
    QVERIFY(shortLived.start());
    test::TestClient a;
    QVERIFY(a.signIn(shortLived.url(), QStringLiteral("zhangwei")));
    QTRY_COMPARE_WITH_TIMEOUT(a.lastErrorCode(), QStringLiteral("token_expired"), 10'000);
    QTRY_COMPARE(a.core().status(), Status::Offline); // not "online" with a dead session
    QVERIFY(a.core().connection().token().isEmpty()); // never offered again
}

void TestSessionRules::signOutRevokesTheToken() {
    test::TestClient a;
    QVERIFY(a.signIn(m_server->url(), QStringLiteral("zhangwei")));
    const QString token = a.core().connection().token();
    a.core().signOut(false);
    QCOMPARE(a.core().status(), Status::SignedOut);
    test::RawClient raw;
    QVERIFY(raw.open(m_server->url()) && raw.hello());
    QTRY_COMPARE_WITH_TIMEOUT(
        codeOf(raw.request(QStringLiteral("auth.resume"), {{QStringLiteral("token"), token}})),
        QStringLiteral("token_invalid"), 5000);
}

void TestSessionRules::anotherAccountGetsAnotherStore() {
    test::TestClient a;
    QVERIFY(a.signIn(m_server->url(), QStringLiteral("zhangwei")));
    a.core().chat()->sendText(kLina, QStringLiteral("张伟的消息"));
    QTRY_COMPARE_WITH_TIMEOUT(a.core().outbox()->pendingCount(), 0, 10'000);
    const QString firstDir = a.core().accountDir();
    QVERIFY(a.signIn(m_server->url(), QStringLiteral("wangfang")));
    QVERIFY(a.core().accountDir() != firstDir);
    QCOMPARE(a.core().account().userName, QStringLiteral("wangfang"));
    QCOMPARE(a.core().chat()->latest(kLina, 10).size(), 0); // nothing of zhangwei's
}

void TestSessionRules::cidIsUniquePerSenderOnly() {
    test::TestClient a;
    QVERIFY(a.signIn(m_server->url(), QStringLiteral("zhangwei")));
    const QString cid = a.core().chat()->sendText(kLina, QStringLiteral("我的消息"));
    QTRY_COMPARE_WITH_TIMEOUT(a.core().outbox()->pendingCount(), 0, 10'000);
    test::RawClient lina; // a peer reusing a cid it saw must not overwrite our message
    QVERIFY(lina.open(m_server->url()) && lina.hello() &&
            lina.login(QStringLiteral("lina"), test::kDemoPassword));
    const QJsonObject res = lina.request(QStringLiteral("chat.send"),
                                         {{QStringLiteral("cid"), cid},
                                          {QStringLiteral("to"), kZhang},
                                          {QStringLiteral("text"), QStringLiteral("同一个 cid")}});
    QVERIFY(res[QStringLiteral("ok")].toBool());
    QTRY_VERIFY_WITH_TIMEOUT(
        a.core().chat()->latest(kLina, 2).value(1).text == QStringLiteral("同一个 cid"), 10'000);
    const auto messages = a.core().chat()->latest(kLina, 2);
    QCOMPARE(messages[0].text, QStringLiteral("我的消息")); // still ours, still there
    QCOMPARE(messages[0].cid, messages[1].cid);
}

void TestSessionRules::catchUpPagesAreCappedBySize() {
    test::RawClient sender, reader;
    QVERIFY(sender.open(m_server->url()) && sender.hello() &&
            sender.login(QStringLiteral("shanxiaoming"), test::kDemoPassword));
    QVERIFY(reader.open(m_server->url()) && reader.hello() &&
            reader.login(QStringLiteral("zengli"), test::kDemoPassword));
    const QString text(9000, QChar(0x6587)); // 9,000 × 文: 27 KB of UTF-8 each
    for (int i = 0; i < 60; ++i)
        QVERIFY(sender
                    .request(QStringLiteral("chat.send"),
                             {{QStringLiteral("cid"), QStringLiteral("big-%1-xxxx").arg(i)},
                              {QStringLiteral("to"), 5},
                              {QStringLiteral("text"), text}})[QStringLiteral("ok")]
                    .toBool());
    const QJsonObject page =
        reader.request(QStringLiteral("sync.fetch"),
                       {{QStringLiteral("after"), 0}, {QStringLiteral("limit"), 500}});
    const QJsonObject result = page[QStringLiteral("result")].toObject();
    QVERIFY(result[QStringLiteral("more")].toBool());
    const qsizetype count = result[QStringLiteral("events")].toArray().size();
    QVERIFY2(count > 1 && count < 60, qPrintable(QString::number(count)));
}

QTEST_GUILESS_MAIN(TestSessionRules)
#include "tst_session_rules.moc"
