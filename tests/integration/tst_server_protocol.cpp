// Bad input at the wire: every case gets its documented answer and the server keeps serving.
#include "RawClient.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using zt::test::RawClient;

namespace {
QString typeOf(const QJsonObject& o) {
    return o[QStringLiteral("type")].toString();
}
QString codeOf(const QJsonObject& o) {
    return o[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString();
}
const QString kPassword = QStringLiteral("Zhengtong@2026");
auto isError(const QString& code) {
    return [code](const QJsonObject& o) {
        return typeOf(o) == QStringLiteral("error") && codeOf(o) == code;
    };
}
} // namespace

class TestServerProtocol : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void versionMismatchGetsErrorFrame();
    void helloRequiredFirst();
    void malformedFramesGetErrors();
    void binaryFramesRefused();
    void oversizedFrameRefused();
    void floodIsLimitedAndOthersKeepWorking();
    void requestsNeedAuthentication();
    void wrongTokenRefused();
    void retriedWriteAppliesOnce();
    void unknownOpAndBadArgs();
    void logoutEverywhereRevokes();
    void expiredTokenRefused();

private:
    QTemporaryDir m_data;
    std::unique_ptr<zt::test::ServerProcess> m_server;
};

void TestServerProtocol::initTestCase() {
    m_server = std::make_unique<zt::test::ServerProcess>(m_data.path());
    QVERIFY(m_server->start());
}

void TestServerProtocol::cleanupTestCase() {
    m_server.reset();
}

void TestServerProtocol::versionMismatchGetsErrorFrame() {
    RawClient c;
    QVERIFY(c.open(m_server->url()));
    c.sendJson({{QStringLiteral("type"), QStringLiteral("hello")},
                {QStringLiteral("versions"), QJsonArray{99}}});
    QVERIFY(!c.waitFor(isError(QStringLiteral("unsupported_version"))).isEmpty());
    QVERIFY(c.isConnected()); // an answer, not a dropped socket
}

void TestServerProtocol::helloRequiredFirst() {
    RawClient c;
    QVERIFY(c.open(m_server->url()));
    c.sendJson({{QStringLiteral("type"), QStringLiteral("req")},
                {QStringLiteral("id"), QStringLiteral("1")},
                {QStringLiteral("op"), QStringLiteral("auth.login")}});
    QVERIFY(!c.waitFor(isError(QStringLiteral("hello_required"))).isEmpty());
}

void TestServerProtocol::malformedFramesGetErrors() {
    RawClient c;
    QVERIFY(c.open(m_server->url()));
    QVERIFY(c.hello());
    c.sendText("{not json");
    QVERIFY(!c.waitFor(isError(QStringLiteral("bad_frame"))).isEmpty());
    c.sendText(R"({"type":"req","id":"x1","op":42})");
    const QJsonObject wrongType = c.waitFor(isError(QStringLiteral("bad_frame")));
    QCOMPARE(wrongType[QStringLiteral("id")].toString(), QStringLiteral("x1"));
    c.sendText(R"({"type":"teleport"})");
    QVERIFY(!c.waitFor(isError(QStringLiteral("unknown_type"))).isEmpty());
    c.sendText(R"({"type":"welcome","version":1})");
    QVERIFY(!c.waitFor(isError(QStringLiteral("unknown_type"))).isEmpty());
    c.sendText(R"({"type":"ping","t":5})");
    QVERIFY(!c.waitFor([](const QJsonObject& o) {
                  return typeOf(o) == QStringLiteral("pong");
              }).isEmpty());
}

void TestServerProtocol::binaryFramesRefused() {
    RawClient c;
    QVERIFY(c.open(m_server->url()));
    c.sendBinary(QByteArray(100, '\x01'));
    QVERIFY(!c.waitFor(isError(QStringLiteral("binary_not_supported"))).isEmpty());
    QVERIFY(c.hello()); // still usable
}

void TestServerProtocol::oversizedFrameRefused() {
    RawClient c;
    QVERIFY(c.open(m_server->url()));
    QVERIFY(c.hello());
    c.sendText(R"({"type":"ping","pad":")" + QByteArray(1'500'000, 'a') + R"("})");
    QVERIFY(!c.waitFor(isError(QStringLiteral("frame_too_large")), 10'000).isEmpty());
    c.sendText(QByteArray(5 << 20, 'b')); // past the hard limit: closed with 1009
    QVERIFY(c.waitDisconnected(10'000));
    QCOMPARE(c.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
}

void TestServerProtocol::floodIsLimitedAndOthersKeepWorking() {
    RawClient flooder, other;
    QVERIFY(flooder.open(m_server->url()));
    QVERIFY(other.open(m_server->url()));
    QVERIFY(flooder.hello());
    for (int i = 0; i < 3000; ++i)
        flooder.sendText(R"({"type":"ping","t":1})");
    QVERIFY(!flooder.waitFor(isError(QStringLiteral("rate_limited")), 10'000).isEmpty());
    QVERIFY(flooder.waitDisconnected(10'000));
    QCOMPARE(flooder.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QVERIFY(other.hello());
    QVERIFY(other.login(QStringLiteral("lina"), kPassword));
}

void TestServerProtocol::requestsNeedAuthentication() {
    RawClient c;
    QVERIFY(c.open(m_server->url()));
    QVERIFY(c.hello());
    const QJsonObject res = c.request(QStringLiteral("sync.fetch"), {});
    QCOMPARE(res[QStringLiteral("ok")].toBool(), false);
    QCOMPARE(codeOf(res), QStringLiteral("not_authenticated"));
    const QJsonObject send =
        c.request(QStringLiteral("chat.send"), {{QStringLiteral("cid"), QStringLiteral("abcdefgh")},
                                                {QStringLiteral("to"), 1},
                                                {QStringLiteral("text"), QStringLiteral("x")}});
    QCOMPARE(codeOf(send), QStringLiteral("not_authenticated"));
}

void TestServerProtocol::wrongTokenRefused() {
    RawClient c;
    QVERIFY(c.open(m_server->url()));
    QVERIFY(c.hello());
    const QJsonObject res = c.request(QStringLiteral("auth.resume"),
                                      {{QStringLiteral("token"), QStringLiteral("forged")}});
    QCOMPARE(codeOf(res), QStringLiteral("token_invalid"));
    const QJsonObject bad = c.request(QStringLiteral("auth.login"),
                                      {{QStringLiteral("user"), QStringLiteral("lina")},
                                       {QStringLiteral("password"), QStringLiteral("nope")}});
    QCOMPARE(codeOf(bad), QStringLiteral("bad_credentials"));
}

void TestServerProtocol::retriedWriteAppliesOnce() {
    RawClient a, b;
    QVERIFY(a.open(m_server->url()) && a.hello() && a.login(QStringLiteral("zhangwei"), kPassword));
    QVERIFY(b.open(m_server->url()) && b.hello() && b.login(QStringLiteral("wangfang"), kPassword));
    const QJsonObject args{{QStringLiteral("cid"), QStringLiteral("retry-0001")},
                           {QStringLiteral("to"), 3},
                           {QStringLiteral("text"), QStringLiteral("重复发送")}};
    const QJsonObject first = a.request(QStringLiteral("chat.send"), args);
    const QJsonObject second = a.request(QStringLiteral("chat.send"), args);
    QVERIFY(first[QStringLiteral("ok")].toBool());
    QCOMPARE(second[QStringLiteral("result")], first[QStringLiteral("result")]);
    QTest::qWait(300);
    const QJsonObject page =
        b.request(QStringLiteral("sync.fetch"), {{QStringLiteral("after"), 0}});
    int copies = 0;
    for (const auto& e :
         page[QStringLiteral("result")].toObject()[QStringLiteral("events")].toArray())
        copies += e.toObject()[QStringLiteral("data")].toObject()[QStringLiteral("cid")] ==
                  QStringLiteral("retry-0001");
    QCOMPARE(copies, 1);
}

void TestServerProtocol::unknownOpAndBadArgs() {
    RawClient c;
    QVERIFY(c.open(m_server->url()) && c.hello() && c.login(QStringLiteral("lina"), kPassword));
    QCOMPARE(codeOf(c.request(QStringLiteral("nuke.everything"), {})),
             QStringLiteral("unknown_op"));
    QCOMPARE(codeOf(c.request(QStringLiteral("chat.send"),
                              {{QStringLiteral("to"), QStringLiteral("me")}})),
             QStringLiteral("bad_args"));
    QCOMPARE(codeOf(c.request(QStringLiteral("chat.send"),
                              {{QStringLiteral("cid"), QStringLiteral("abcdefgh9")},
                               {QStringLiteral("to"), 9999},
                               {QStringLiteral("text"), QStringLiteral("x")}})),
             QStringLiteral("not_found"));
    QCOMPARE(codeOf(c.request(QStringLiteral("sync.fetch"), {{QStringLiteral("after"), -5}})),
             QStringLiteral("bad_args"));
}

void TestServerProtocol::logoutEverywhereRevokes() {
    RawClient one, two;
    QVERIFY(one.open(m_server->url()) && one.hello());
    const QJsonObject login = one.request(QStringLiteral("auth.login"),
                                          {{QStringLiteral("user"), QStringLiteral("zengli")},
                                           {QStringLiteral("password"), kPassword}});
    const QString token =
        login[QStringLiteral("result")].toObject()[QStringLiteral("token")].toString();
    QVERIFY(!token.isEmpty());
    QVERIFY(two.open(m_server->url()) && two.hello() &&
            two.login(QStringLiteral("zengli"), kPassword));
    QVERIFY(two.request(QStringLiteral("auth.logout"),
                        {{QStringLiteral("everywhere"), true}})[QStringLiteral("ok")]
                .toBool());
    QVERIFY(one.waitDisconnected());
    RawClient three;
    QVERIFY(three.open(m_server->url()) && three.hello());
    QCOMPARE(
        codeOf(three.request(QStringLiteral("auth.resume"), {{QStringLiteral("token"), token}})),
        QStringLiteral("token_invalid"));
}

void TestServerProtocol::expiredTokenRefused() {
    QTemporaryDir data;
    zt::test::ServerProcess shortLived(data.path(),
                                       {QStringLiteral("--token-lifetime-s"), QStringLiteral("1")});
    QVERIFY(shortLived.start());
    RawClient c;
    QVERIFY(c.open(shortLived.url()) && c.hello());
    const QJsonObject login =
        c.request(QStringLiteral("auth.login"), {{QStringLiteral("user"), QStringLiteral("lina")},
                                                 {QStringLiteral("password"), kPassword}});
    const QString token =
        login[QStringLiteral("result")].toObject()[QStringLiteral("token")].toString();
    QVERIFY(c.request(QStringLiteral("sync.fetch"), {})[QStringLiteral("ok")].toBool());
    QTest::qWait(1200);
    // Told exactly once: in the answer to the next request, or by the server's own sweep first.
    const QString first = codeOf(c.request(QStringLiteral("sync.fetch"), {}));
    if (first != QStringLiteral("token_expired")) {
        QCOMPARE(first, QStringLiteral("not_authenticated"));
        QVERIFY(!c.waitFor(isError(QStringLiteral("token_expired")), 100).isEmpty());
    }
    QCOMPARE(codeOf(c.request(QStringLiteral("sync.fetch"), {})),
             QStringLiteral("not_authenticated"));
    RawClient d;
    QVERIFY(d.open(shortLived.url()) && d.hello());
    QCOMPARE(codeOf(d.request(QStringLiteral("auth.resume"), {{QStringLiteral("token"), token}})),
             QStringLiteral("token_expired"));
}

QTEST_GUILESS_MAIN(TestServerProtocol)
#include "tst_server_protocol.moc"
