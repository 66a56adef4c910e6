// Protocol codec: every frame survives a round trip; malformed input becomes a typed error.
#include "chat/ChatProtocol.h"
#include "protocol/ErrorCode.h"
#include "protocol/Frame.h"
#include "protocol/Ops.h"

#include <QJsonArray>
#include <QTest>

using namespace zt::protocol;

class TestProtocol : public QObject {
    Q_OBJECT
private slots:
    void roundTripsEveryFrame();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void keepsRequestIdOfBadFrame();
    void validatesOpArgs();
    void syncLimitIsCapped();
};

void TestProtocol::roundTripsEveryFrame() {
    const QList<Frame> frames{
        Hello{{1, 2}, QStringLiteral("t")},
        Welcome{1, QStringLiteral("s"), 42},
        Request{QStringLiteral("7"), QStringLiteral("chat.send"), {{QStringLiteral("a"), 1}}},
        ok(QStringLiteral("7"), {{QStringLiteral("x"), QStringLiteral("y")}}),
        fail(QStringLiteral("8"), errc::Forbidden, QStringLiteral("no")),
        Event{
            5, QStringLiteral("chat.message"), 99, {{QStringLiteral("k"), QStringLiteral("中文")}}},
        Ping{1},
        Pong{2},
        ErrorFrame{{errc::BadFrame, QStringLiteral("m")}, QStringLiteral("9")},
    };
    for (const Frame& f : frames) {
        const Decoded d = decode(encode(f));
        QVERIFY2(d.ok(), qPrintable(QString::fromUtf8(encode(f))));
        QCOMPARE(d.frame().index(), f.index());
        QCOMPARE(encode(d.frame()), encode(f));
    }
}

void TestProtocol::rejectsMalformed_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("not json") << QByteArray("{nope") << errc::BadFrame;
    QTest::newRow("array") << QByteArray("[1,2]") << errc::BadFrame;
    QTest::newRow("no type") << QByteArray(R"({"id":"1"})") << errc::BadFrame;
    QTest::newRow("type not string") << QByteArray(R"({"type":5})") << errc::BadFrame;
    QTest::newRow("unknown type") << QByteArray(R"({"type":"dance"})") << errc::UnknownType;
    QTest::newRow("req id number")
        << QByteArray(R"({"type":"req","id":1,"op":"x"})") << errc::BadFrame;
    QTest::newRow("req id too long")
        << QByteArray(R"({"type":"req","id":")" + QByteArray(65, 'a') + R"(","op":"x"})")
        << errc::BadFrame;
    QTest::newRow("req no op") << QByteArray(R"({"type":"req","id":"1"})") << errc::BadFrame;
    QTest::newRow("req args array")
        << QByteArray(R"({"type":"req","id":"1","op":"x","args":[]})") << errc::BadFrame;
    QTest::newRow("hello empty") << QByteArray(R"({"type":"hello","versions":[]})")
                                 << errc::BadFrame;
    QTest::newRow("hello strings")
        << QByteArray(R"({"type":"hello","versions":["1"]})") << errc::BadFrame;
    QTest::newRow("event seq float")
        << QByteArray(R"({"type":"event","seq":1.5,"kind":"k"})") << errc::BadFrame;
    QTest::newRow("empty") << QByteArray() << errc::BadFrame;
    QTest::newRow("invalid utf8") << QByteArray("{\"type\":\"\xff\xfe\"}") << errc::BadFrame;
}

void TestProtocol::rejectsMalformed() {
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    const Decoded d = decode(text);
    QVERIFY(!d.ok());
    QCOMPARE(d.error().code, code);
    QVERIFY(!d.error().message.isEmpty());
}

void TestProtocol::keepsRequestIdOfBadFrame() {
    const Decoded d = decode(R"({"type":"req","id":"abc","op":7})");
    QVERIFY(!d.ok());
    QCOMPARE(d.requestId, QStringLiteral("abc"));
}

void TestProtocol::validatesOpArgs() {
    QVERIFY(!LoginArgs::fromJson({{QStringLiteral("user"), QStringLiteral("a")}}));
    QVERIFY(LoginArgs::fromJson({{QStringLiteral("user"), QStringLiteral("a")},
                                 {QStringLiteral("password"), QStringLiteral("b")}}));
    QVERIFY(!SyncFetchArgs::fromJson({{QStringLiteral("after"), QStringLiteral("1")}}));
    QVERIFY(!SyncFetchArgs::fromJson({{QStringLiteral("after"), -1}}));
    const QJsonObject good{{QStringLiteral("cid"), QStringLiteral("12345678")},
                           {QStringLiteral("to"), 2},
                           {QStringLiteral("text"), QStringLiteral("你好")}};
    QVERIFY(zt::chat::SendArgs::fromJson(good));
    QJsonObject shortCid = good;
    shortCid[QStringLiteral("cid")] = QStringLiteral("1234");
    QVERIFY(!zt::chat::SendArgs::fromJson(shortCid));
    QJsonObject empty = good;
    empty[QStringLiteral("text")] = QString();
    QVERIFY(!zt::chat::SendArgs::fromJson(empty));
    QJsonObject huge = good;
    huge[QStringLiteral("text")] = QString(zt::chat::kMaxTextLength + 1, QLatin1Char('x'));
    QVERIFY(!zt::chat::SendArgs::fromJson(huge));
    QJsonObject badTo = good;
    badTo[QStringLiteral("to")] = QStringLiteral("2");
    QVERIFY(!zt::chat::SendArgs::fromJson(badTo));
}

void TestProtocol::syncLimitIsCapped() {
    const auto a = SyncFetchArgs::fromJson({{QStringLiteral("limit"), 100000}});
    QVERIFY(a);
    QCOMPARE(a->limit, 500);
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
