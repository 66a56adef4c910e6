// kill -9 of a real client process right after it committed writes offline: after a restart,
// every queued message reaches its recipient exactly once, in order.
#include "RawClient.h"
#include "ServerProcess.h"
#include "TestClient.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;

class TestClientCrash : public QObject {
    Q_OBJECT
private slots:
    void queuedWritesSurviveSigkill();
};

void TestClientCrash::queuedWritesSurviveSigkill() {
    QTemporaryDir data, profile;
    test::ServerProcess server(data.path());
    QVERIFY(server.start());
    const QStringList common{QStringLiteral("--server"),  server.url().toString(),
                             QStringLiteral("--profile"), profile.path(),
                             QStringLiteral("--user"),    QStringLiteral("zhangwei")};
    QProcess writer;
    writer.start(QStringLiteral(ZT_OUTBOX_CLIENT_BIN),
                 common + QStringList{QStringLiteral("--queue"), QStringLiteral("8")});
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += writer.readAllStandardOutput()).contains("queued 8"), 20'000);
    writer.kill(); // SIGKILL: no destructor, no flush, nothing sent
    QVERIFY(writer.waitForFinished(5000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    QProcess drainer;
    drainer.start(QStringLiteral(ZT_OUTBOX_CLIENT_BIN), common);
    QVERIFY(drainer.waitForFinished(30'000));
    QCOMPARE(drainer.exitCode(), 0);
    QVERIFY(drainer.readAllStandardOutput().contains("drained"));

    test::RawClient lina;
    QVERIFY(lina.open(server.url()) && lina.hello() &&
            lina.login(QStringLiteral("lina"), test::kDemoPassword));
    const QJsonObject page =
        lina.request(QStringLiteral("sync.fetch"), {{QStringLiteral("after"), 0}});
    QStringList texts;
    for (const QJsonValue& e :
         page[QStringLiteral("result")].toObject()[QStringLiteral("events")].toArray())
        texts << e.toObject()[QStringLiteral("data")].toObject()[QStringLiteral("text")].toString();
    QStringList expected;
    for (int i = 0; i < 8; ++i)
        expected << QStringLiteral("崩溃前的消息 %1").arg(i);
    QCOMPARE(texts, expected); // all of them, once each, in order
}

QTEST_GUILESS_MAIN(TestClientCrash)
#include "tst_client_crash.moc"
