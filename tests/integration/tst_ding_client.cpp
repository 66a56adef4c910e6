// DING through the client core (DingService) against the real server (--demo): the recipient's
// client stores and acknowledges a DING as it arrives (also after being offline), the alert
// stays until Confirm (offline too, carried by the outbox), the sender sees each recipient's
// progress and the statistics, a re-DING inside the interval is refused with a clear reason.
#include "ServerProcess.h"
#include "TestClient.h"
#include "chat/DingService.h"
#include "chat/Messenger.h"
#include "files/FileCopies.h"
#include "files/FileProtocol.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;
using chat::DingService;

namespace {

constexpr int kTimeoutMs = 20'000;

DingService& dings(test::TestClient& c) {
    return *c.core().dings();
}

qint64 idOf(test::TestClient& c) {
    return c.core().account().userId;
}

std::optional<chat::DingRecipient> progressOf(test::TestClient& sender, qint64 ding, qint64 user) {
    for (const auto& r : dings(sender).recipients(ding))
        if (r.user == user) return r;
    return std::nullopt;
}

} // namespace

class TestDingClient : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void dingIsAcknowledgedOnArrivalAndStaysUntilConfirmed();
    void offlineRecipientAcknowledgesOnReconnect();
    void redoInsideTheIntervalIsRefusedClearly();
    void statisticsCountTheSendersDings();
    void attachmentIsUploadedFirstAndOnlyRecipientsReadIt();

private:
    QTemporaryDir m_data;
    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<test::TestClient> m_zeng, m_li, m_wang;
    qint64 m_ding = 0;
};

void TestDingClient::initTestCase() {
    QVERIFY(m_data.isValid());
    m_server = std::make_unique<test::ServerProcess>(
        m_data.path(), QStringList{QStringLiteral("--demo"), QStringLiteral("--ding-redo-ms"),
                                   QStringLiteral("600000")});
    QVERIFY(m_server->start());
    m_zeng = std::make_unique<test::TestClient>();
    m_li = std::make_unique<test::TestClient>();
    m_wang = std::make_unique<test::TestClient>();
    QVERIFY(m_zeng->signIn(m_server->url(), QStringLiteral("zengli")));
    QVERIFY(m_li->signIn(m_server->url(), QStringLiteral("lina")));
    QVERIFY(m_wang->signIn(m_server->url(), QStringLiteral("wangfang")));
}

void TestDingClient::dingIsAcknowledgedOnArrivalAndStaysUntilConfirmed() {
    QSignalSpy settled(&dings(*m_zeng), &DingService::sentSettled);
    QSignalSpy alerts(&dings(*m_li), &DingService::alertsChanged);
    const QString text = QStringLiteral("请于今天17点前报送防汛值班表");
    const QString cid = dings(*m_zeng).send({idOf(*m_li), idOf(*m_wang)}, text);
    QVERIFY(!cid.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), kTimeoutMs);
    m_ding = settled.at(0).at(1).toLongLong();
    QVERIFY(m_ding > 0);
    // 李娜's client has it as an alert and acknowledged it by itself.
    QTRY_VERIFY_WITH_TIMEOUT(!dings(*m_li).unconfirmed().isEmpty(), kTimeoutMs);
    QVERIFY(!alerts.isEmpty());
    QCOMPARE(dings(*m_li).unconfirmed().first().text, text);
    QCOMPARE(dings(*m_li).unconfirmed().first().sender, idOf(*m_zeng));
    dings(*m_zeng).loadStatus(m_ding);
    QTRY_VERIFY_WITH_TIMEOUT(progressOf(*m_zeng, m_ding, idOf(*m_li)) &&
                                 progressOf(*m_zeng, m_ding, idOf(*m_li))->deliveredMs > 0,
                             kTimeoutMs);
    QCOMPARE(progressOf(*m_zeng, m_ding, idOf(*m_li))->confirmedMs, 0);
    // Opening is not confirming: the alert stays.
    dings(*m_li).markRead(m_ding);
    QCOMPARE(dings(*m_li).unconfirmed().size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(progressOf(*m_zeng, m_ding, idOf(*m_li))->readMs > 0, kTimeoutMs);
    // Confirming offline clears the alert at once; the outbox carries it later.
    m_li->core().goOffline();
    QVERIFY(m_li->waitStatus(core::ClientCore::Status::Offline));
    dings(*m_li).confirm(m_ding);
    QVERIFY(dings(*m_li).unconfirmed().isEmpty());
    QTest::qWait(300);
    QCOMPARE(progressOf(*m_zeng, m_ding, idOf(*m_li))->confirmedMs, 0);
    m_li->core().goOnline();
    QTRY_VERIFY_WITH_TIMEOUT(progressOf(*m_zeng, m_ding, idOf(*m_li))->confirmedMs > 0, kTimeoutMs);
    const auto li = *progressOf(*m_zeng, m_ding, idOf(*m_li));
    QVERIFY(li.deliveredMs <= li.readMs && li.readMs <= li.confirmedMs);
}

void TestDingClient::offlineRecipientAcknowledgesOnReconnect() {
    m_wang->core().goOffline();
    QVERIFY(m_wang->waitStatus(core::ClientCore::Status::Offline));
    QSignalSpy settled(&dings(*m_zeng), &DingService::sentSettled);
    dings(*m_zeng).send({idOf(*m_wang)}, QStringLiteral("明早8点前到岗"));
    QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), kTimeoutMs);
    const qint64 ding = settled.at(0).at(1).toLongLong();
    dings(*m_zeng).loadStatus(ding);
    QTRY_VERIFY_WITH_TIMEOUT(progressOf(*m_zeng, ding, idOf(*m_wang)).has_value(), kTimeoutMs);
    QCOMPARE(progressOf(*m_zeng, ding, idOf(*m_wang))->deliveredMs, 0);
    m_wang->core().goOnline();
    QTRY_VERIFY_WITH_TIMEOUT(dings(*m_wang).unconfirmed().size() == 2, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(progressOf(*m_zeng, ding, idOf(*m_wang))->deliveredMs > 0, kTimeoutMs);
}

void TestDingClient::redoInsideTheIntervalIsRefusedClearly() {
    QSignalSpy refused(&dings(*m_zeng), &DingService::refused);
    dings(*m_zeng).redo(m_ding);
    QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), kTimeoutMs);
    QVERIFY(refused.at(0).at(0).toString().contains(QLatin1String("5")));
}

void TestDingClient::statisticsCountTheSendersDings() {
    QSignalSpy stats(&dings(*m_zeng), &DingService::statsLoaded);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    dings(*m_zeng).loadStats(now - 3'600'000, now + 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(!stats.isEmpty(), kTimeoutMs);
    const auto report = stats.at(0).at(0).value<chat::DingReport>();
    QCOMPARE(report.dings.size(), 2);
    QCOMPARE(report.total.recipients, 3);
    QCOMPARE(report.total.delivered, 3);
    QCOMPARE(report.total.confirmed, 1);
    QCOMPARE(report.total.arrivalRate, 1.0);
    QCOMPARE(report.total.confirmationRate, 1.0 / 3);
    QVERIFY(report.total.avgHandlingMs > 0);
    QVERIFY(!report.units.isEmpty());
}

// One attachment: sent offline it waits with the DING; the recipient gets its description and
// the bytes; someone not among the recipients gets not_found for the file.
void TestDingClient::attachmentIsUploadedFirstAndOnlyRecipientsReadIt() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("值班表.xlsx"));
    const QByteArray content = QByteArray(700'000, 'x') + QByteArrayLiteral("防汛值班表");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(content) == content.size());
    f.close();
    m_zeng->core().goOffline();
    QVERIFY(m_zeng->waitStatus(core::ClientCore::Status::Offline));
    QSignalSpy settled(&dings(*m_zeng), &DingService::sentSettled);
    const QString cid = dings(*m_zeng).sendWithFile(
        {idOf(*m_li)}, QStringLiteral("请查收附件并确认"), path, QStringLiteral("application/zip"));
    QVERIFY(!cid.isEmpty());
    QTest::qWait(300);
    QVERIFY(settled.isEmpty()); // nothing leaves while offline
    m_zeng->core().goOnline();
    QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), kTimeoutMs);
    QCOMPARE(settled.first().at(0).toString(), cid);
    const qint64 ding = settled.first().at(1).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(dings(*m_li).ding(ding).has_value(), kTimeoutMs);
    const files::FileMeta file = dings(*m_li).ding(ding)->attachmentFile;
    QCOMPARE(file.name, QStringLiteral("值班表.xlsx"));
    QCOMPARE(file.size, content.size());
    files::FileCopies& copies = *m_li->core().fileCopies();
    QSignalSpy saved(&copies, &files::FileCopies::saved);
    const QString copy = dir.filePath(QStringLiteral("copy.xlsx"));
    copies.save(file, copy);
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), kTimeoutMs);
    QVERIFY2(saved.first().at(2).toBool(), qPrintable(saved.first().at(3).toString()));
    QFile back(copy);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), content);
    // 王芳 was not a recipient of this DING.
    std::optional<protocol::Response> answer;
    m_wang->core().connection().request(files::op::Get, files::GetArgs{file.id, 0, 100}.toJson(),
                                        [&](const protocol::Response& r) { answer = r; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kTimeoutMs);
    QVERIFY(!answer->ok);
    QCOMPARE(answer->error.code, QStringLiteral("not_found"));
}

QTEST_GUILESS_MAIN(TestDingClient)
#include "tst_ding_client.moc"
