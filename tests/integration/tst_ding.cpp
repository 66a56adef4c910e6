// DING against the real server: the lifecycle (send → ack/delivered → read → confirm, with
// ding.updated to the sender), an offline recipient catching up through sync.fetch, who may do
// what, redo and its interval, a DING from a message, a scheduled DING sent by the server while
// the sender is offline, and the statistics arithmetic on a known set.
#include "RawClient.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "chat/ConversationProtocol.h"
#include "chat/DingProtocol.h"
#include "chat/DingStats.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <map>

using namespace zt;

namespace {

const QString kOk = QStringLiteral("ok");
constexpr int kRedoMs = 1500;

QString cid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString outcome(const QJsonObject& res) {
    if (res.value(QStringLiteral("ok")).toBool()) return kOk;
    const QJsonObject e = res.value(QStringLiteral("error")).toObject();
    return e.value(QStringLiteral("code")).toString() + QLatin1Char('/') +
           e.value(QStringLiteral("message")).toString();
}

QString code(const QJsonObject& res) {
    return outcome(res).section(QLatin1Char('/'), 0, 0);
}

QJsonObject resultOf(const QJsonObject& res) {
    return res.value(QStringLiteral("result")).toObject();
}

qint64 num(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toInteger();
}

struct Party {
    std::unique_ptr<test::RawClient> client;
    qint64 id = 0;
};

} // namespace

class TestDing : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void lifecycle();
    void offlineRecipientGetsItOnSync();
    void onlyTheRightPeopleMayAct();
    void redoWaitsForTheInterval();
    void dingFromAMessage();
    void scheduledDingGoesOutWithSenderOffline();
    void statisticsArithmetic();
    void statisticsOnKnownTimes();
    void scheduledDingSurvivesRestart();

private:
    Party& p(const char* name) { return m_parties.at(QLatin1String(name)); }
    bool connect(const char* name);
    QJsonObject req(const char* who, const QString& op, const QJsonObject& args) {
        return p(who).client->request(op, args);
    }
    qint64 sendDing(const char* who, std::initializer_list<const char*> to, qint64 atMs = 0);
    QString step(const char* who, const QString& op, qint64 ding) {
        return outcome(req(who, op, chat::DingRefArgs{cid(), ding}.toJson()));
    }
    QJsonObject status(const char* who, qint64 ding) {
        return req(who, chat::op::DingStatus, chat::DingRefArgs{{}, ding}.toJson());
    }
    QJsonObject recipient(qint64 ding, const char* who);
    QList<QJsonObject> events(const char* who, const QString& kind, qint64 ding);
    QJsonObject liveEvent(const char* who, const QString& kind, qint64 ding, int timeoutMs);

    QTemporaryDir m_data;
    std::unique_ptr<test::ServerProcess> m_server;
    std::map<QString, Party> m_parties;
};

void TestDing::initTestCase() {
    m_server = std::make_unique<test::ServerProcess>(
        m_data.path(), QStringList{QStringLiteral("--ding-redo-ms"), QString::number(kRedoMs),
                                   QStringLiteral("--ding-check-ms"), QStringLiteral("200")});
    QVERIFY(m_server->start());
    for (const char* name : {"zhangwei", "lina", "wangfang", "shanxiaoming", "zengli"})
        QVERIFY(connect(name));
}

bool TestDing::connect(const char* name) {
    Party& party = m_parties[QLatin1String(name)];
    party.client = std::make_unique<test::RawClient>();
    if (!party.client->open(m_server->url()) || !party.client->hello()) return false;
    const QJsonObject login = party.client->request(
        QStringLiteral("auth.login"), {{QStringLiteral("user"), QLatin1String(name)},
                                       {QStringLiteral("password"), test::kDemoPassword}});
    party.id = num(resultOf(login), "userId");
    return party.id > 0;
}

qint64 TestDing::sendDing(const char* who, std::initializer_list<const char*> to, qint64 atMs) {
    chat::DingSendArgs args;
    args.cid = cid();
    args.text = QStringLiteral("请于今天17点前报送材料");
    args.atMs = atMs;
    for (const char* name : to)
        args.recipients.append(p(name).id);
    return num(resultOf(req(who, chat::op::DingSend, args.toJson())), "ding");
}

QJsonObject TestDing::recipient(qint64 ding, const char* who) {
    for (const QJsonValue& v :
         resultOf(status("zhangwei", ding)).value(QStringLiteral("recipients")).toArray())
        if (v[QStringLiteral("user")].toInteger() == p(who).id) return v.toObject();
    return {};
}

QList<QJsonObject> TestDing::events(const char* who, const QString& kind, qint64 ding) {
    QList<QJsonObject> out;
    qint64 after = 0;
    for (bool more = true; more;) {
        const QJsonObject page =
            resultOf(req(who, QStringLiteral("sync.fetch"),
                         {{QStringLiteral("after"), after}, {QStringLiteral("limit"), 500}}));
        for (const QJsonValue& v : page.value(QStringLiteral("events")).toArray()) {
            after = v[QStringLiteral("seq")].toInteger();
            const QJsonObject data = v[QStringLiteral("data")].toObject();
            if (v[QStringLiteral("kind")].toString() == kind && num(data, "ding") == ding)
                out.append(data);
        }
        more = page.value(QStringLiteral("more")).toBool();
    }
    return out;
}

QJsonObject TestDing::liveEvent(const char* who, const QString& kind, qint64 ding, int timeoutMs) {
    return p(who)
        .client
        ->waitFor(
            [&](const QJsonObject& o) {
                return o[QStringLiteral("type")] == QStringLiteral("event") &&
                       o[QStringLiteral("kind")].toString() == kind &&
                       o[QStringLiteral("data")][QStringLiteral("ding")].toInteger() == ding;
            },
            timeoutMs)
        .value(QStringLiteral("data"))
        .toObject();
}

void TestDing::lifecycle() {
    const qint64 ding = sendDing("zhangwei", {"lina"});
    QVERIFY(ding > 0);
    const QJsonObject notice = liveEvent("lina", chat::event::DingNew, ding, 5000);
    QCOMPARE(num(notice, "sender"), p("zhangwei").id);
    QCOMPARE(recipient(ding, "lina").value(QStringLiteral("delivered")).toInteger(), 0);
    QCOMPARE(step("lina", chat::op::DingAck, ding), kOk);
    QVERIFY(num(liveEvent("zhangwei", chat::event::DingUpdated, ding, 5000), "delivered") > 0);
    QTest::qWait(20);
    QCOMPARE(step("lina", chat::op::DingReadOp, ding), kOk);
    QTest::qWait(20);
    QCOMPARE(step("lina", chat::op::DingConfirm, ding), kOk);
    QCOMPARE(step("lina", chat::op::DingConfirm, ding), kOk); // again: nothing changes
    const QJsonObject r = recipient(ding, "lina");
    QVERIFY(num(r, "delivered") > 0);
    QVERIFY(num(r, "read") > num(r, "delivered"));
    QVERIFY(num(r, "confirmed") > num(r, "read"));
    QCOMPARE(events("zhangwei", chat::event::DingUpdated, ding).size(), 3);
}

void TestDing::offlineRecipientGetsItOnSync() {
    p("wangfang").client.reset(); // offline
    const qint64 sentAt = QDateTime::currentMSecsSinceEpoch();
    const qint64 ding = sendDing("zhangwei", {"wangfang"});
    QTest::qWait(300);
    QCOMPARE(num(recipient(ding, "wangfang"), "delivered"), 0);
    QVERIFY(connect("wangfang"));
    const QList<QJsonObject> caught = events("wangfang", chat::event::DingNew, ding);
    QCOMPARE(caught.size(), 1);
    // The client acknowledges what sync.fetch brought: that is the delivery time.
    const qint64 beforeAck = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(step("wangfang", chat::op::DingAck, ding), kOk);
    const qint64 delivered = num(recipient(ding, "wangfang"), "delivered");
    QVERIFY(delivered >= beforeAck && delivered >= sentAt + 300);
}

void TestDing::onlyTheRightPeopleMayAct() {
    const qint64 ding = sendDing("zhangwei", {"lina"});
    QCOMPARE(code(status("lina", ding)), QStringLiteral("not_found"));
    QCOMPARE(code(req("lina", chat::op::DingRedo, chat::DingRefArgs{cid(), ding}.toJson())),
             QStringLiteral("not_found"));
    QCOMPARE(step("zengli", chat::op::DingConfirm, ding), QStringLiteral("not_found/no such ding"));
    QCOMPARE(step("zengli", chat::op::DingAck, ding), QStringLiteral("not_found/no such ding"));
    QCOMPARE(step("zhangwei", chat::op::DingConfirm, ding),
             QStringLiteral("not_found/no such ding")); // the sender is no recipient
    const QJsonObject stats = resultOf(
        req("lina", chat::op::DingStats, chat::DingStatsArgs{0, 4'000'000'000'000}.toJson()));
    QCOMPARE(num(stats.value(QStringLiteral("total")).toObject(), "recipients"), 0);
    chat::DingSendArgs none{cid(), {}, 0, 0, QStringLiteral("x"), {}, 0};
    QCOMPARE(code(req("lina", chat::op::DingSend, none.toJson())), QStringLiteral("bad_args"));
}

void TestDing::redoWaitsForTheInterval() {
    const qint64 ding = sendDing("zhangwei", {"lina", "shanxiaoming"});
    QCOMPARE(step("lina", chat::op::DingConfirm, ding), kOk);
    const QJsonObject early =
        req("zhangwei", chat::op::DingRedo, chat::DingRefArgs{cid(), ding}.toJson());
    QCOMPARE(code(early), chat::errc::TooSoon);
    QTest::qWait(kRedoMs + 200);
    const QJsonObject redo =
        req("zhangwei", chat::op::DingRedo, chat::DingRefArgs{cid(), ding}.toJson());
    QCOMPARE(outcome(redo), kOk);
    QCOMPARE(num(resultOf(redo), "recipients"), 1);
    QCOMPARE(events("shanxiaoming", chat::event::DingNew, ding).size(), 2);
    QCOMPARE(num(events("shanxiaoming", chat::event::DingNew, ding).last(), "round"), 1);
    QCOMPARE(events("lina", chat::event::DingNew, ding).size(), 1); // confirmed: not bothered
    QCOMPARE(code(req("zhangwei", chat::op::DingRedo, chat::DingRefArgs{cid(), ding}.toJson())),
             chat::errc::TooSoon);
}

void TestDing::dingFromAMessage() {
    chat::CreateConvArgs group{cid(), chat::ConvKind::Group, {p("lina").id, p("zengli").id}, {}};
    const qint64 conv =
        num(resultOf(req("zhangwei", chat::op::ConvCreate, group.toJson())), "conv");
    chat::SendMsgArgs msg;
    msg.cid = cid();
    msg.conv = conv;
    msg.text = QStringLiteral("明早八点集合");
    const qint64 seq = num(resultOf(req("zhangwei", chat::op::MsgSend, msg.toJson())), "seq");
    chat::DingSendArgs args{cid(), {}, conv, seq, {}, {}, 0};
    const QJsonObject sent = req("zhangwei", chat::op::DingSend, args.toJson());
    QCOMPARE(num(resultOf(sent), "recipients"), 2);
    const qint64 ding = num(resultOf(sent), "ding");
    const QList<QJsonObject> got = events("zengli", chat::event::DingNew, ding);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().value(QStringLiteral("text")).toString(), QStringLiteral("明早八点集合"));
    args.cid = cid();
    QCOMPARE(code(req("wangfang", chat::op::DingSend, args.toJson())), QStringLiteral("not_found"));
}

void TestDing::scheduledDingGoesOutWithSenderOffline() {
    const qint64 at = QDateTime::currentMSecsSinceEpoch() + 1500;
    const qint64 ding = sendDing("shanxiaoming", {"lina"}, at);
    QCOMPARE(num(resultOf(status("shanxiaoming", ding)), "sent"), 0);
    p("shanxiaoming").client.reset(); // the sender goes offline
    QVERIFY(liveEvent("lina", chat::event::DingNew, ding, 1000).isEmpty()); // not yet
    const QJsonObject notice = liveEvent("lina", chat::event::DingNew, ding, 5000);
    QVERIFY(!notice.isEmpty());
    QVERIFY(num(notice, "time") >= at);
    QVERIFY(num(notice, "time") < at + 2000);
    QVERIFY(connect("shanxiaoming"));
}

// 4 recipients: 3 deliver, 2 confirm → 75 % arrival, 50 % confirmation, and the mean handling
// time recomputed from the recorded times; per unit, each demo account sits in its own unit.
void TestDing::statisticsArithmetic() {
    const qint64 ding = sendDing("zengli", {"zhangwei", "lina", "wangfang", "shanxiaoming"});
    QCOMPARE(step("lina", chat::op::DingAck, ding), kOk);
    QCOMPARE(step("wangfang", chat::op::DingAck, ding), kOk);
    QCOMPARE(step("shanxiaoming", chat::op::DingAck, ding), kOk);
    QTest::qWait(50);
    QCOMPARE(step("lina", chat::op::DingConfirm, ding), kOk);
    QTest::qWait(120);
    QCOMPARE(step("wangfang", chat::op::DingConfirm, ding), kOk);
    const QJsonObject st = resultOf(status("zengli", ding));
    qint64 handling = 0;
    for (const QJsonValue& v : st.value(QStringLiteral("recipients")).toArray())
        if (v[QStringLiteral("confirmed")].toInteger() > 0)
            handling += v[QStringLiteral("confirmed")].toInteger() -
                        v[QStringLiteral("delivered")].toInteger();
    const qint64 created = num(st, "created");
    const QJsonObject stats = resultOf(
        req("zengli", chat::op::DingStats, chat::DingStatsArgs{created, created}.toJson()));
    const QJsonObject total = stats.value(QStringLiteral("total")).toObject();
    QCOMPARE(num(total, "recipients"), 4);
    QCOMPARE(num(total, "delivered"), 3);
    QCOMPARE(num(total, "confirmed"), 2);
    QCOMPARE(total.value(QStringLiteral("arrivalRate")).toDouble(), 0.75);
    QCOMPARE(total.value(QStringLiteral("confirmationRate")).toDouble(), 0.5);
    QCOMPARE(total.value(QStringLiteral("avgHandlingMs")).toDouble(), double(handling) / 2.0);
    QVERIFY(handling >= 170);
    QCOMPARE(stats.value(QStringLiteral("dings")).toArray().size(), 1);
    const QJsonArray units = stats.value(QStringLiteral("units")).toArray();
    QCOMPARE(units.size(), 4);
    int confirmedUnits = 0;
    for (const QJsonValue& u : units) {
        QVERIFY(u[QStringLiteral("unit")].toInteger() > 0);
        QVERIFY(!u[QStringLiteral("name")].toString().isEmpty());
        QCOMPARE(u[QStringLiteral("recipients")].toInteger(), 1);
        confirmedUnits += int(u[QStringLiteral("confirmed")].toInteger());
    }
    QCOMPARE(confirmedUnits, 2);
}

// The pure arithmetic (server/chat/DingStats) on hand-made times: 4 recipients in 2 units,
// 3 delivered, 2 confirmed after 3,000 ms and 500 ms.
void TestDing::statisticsOnKnownTimes() {
    server::DingRecord ding;
    ding.id = 1;
    const QList<chat::RecipientStatus> recipients{{1, 11, 1000, 1500, 4000},
                                                  {1, 12, 2000, 2100, 2500},
                                                  {1, 13, 3000, 0, 0},
                                                  {1, 14, 0, 0, 0}};
    const QHash<qint64, server::UnitRef> units{{11, {100, QStringLiteral("甲局")}},
                                               {12, {200, QStringLiteral("乙局")}},
                                               {13, {200, QStringLiteral("乙局")}},
                                               {14, {}}};
    server::DingStats stats;
    stats.add(ding, recipients, units);
    stats.add(ding, recipients.mid(0, 1), units); // a second DING to one recipient
    const QJsonObject result = stats.toJson();
    const QJsonObject first = result.value(QStringLiteral("dings")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("arrivalRate")).toDouble(), 0.75);
    QCOMPARE(first.value(QStringLiteral("confirmationRate")).toDouble(), 0.5);
    QCOMPARE(first.value(QStringLiteral("avgHandlingMs")).toDouble(), 1750.0);
    const QJsonObject total = result.value(QStringLiteral("total")).toObject();
    QCOMPARE(num(total, "recipients"), 5);
    QCOMPARE(total.value(QStringLiteral("confirmationRate")).toDouble(), 0.6);
    QCOMPARE(total.value(QStringLiteral("avgHandlingMs")).toDouble(), 6500.0 / 3.0);
    const QJsonArray byUnit = result.value(QStringLiteral("units")).toArray();
    QCOMPARE(byUnit.size(), 3); // no position (0), 甲局, 乙局
    QCOMPARE(num(byUnit.at(0).toObject(), "unit"), 0);
    QCOMPARE(byUnit.at(2)[QStringLiteral("arrivalRate")].toDouble(), 1.0);
    QCOMPARE(byUnit.at(2)[QStringLiteral("confirmationRate")].toDouble(), 0.5);
    QCOMPARE(byUnit.at(2)[QStringLiteral("avgHandlingMs")].toDouble(), 500.0);
    QCOMPARE(byUnit.at(1)[QStringLiteral("recipients")].toInteger(), 2);
}

// Due while the server was down: it goes out at start-up.
void TestDing::scheduledDingSurvivesRestart() {
    const qint64 at = QDateTime::currentMSecsSinceEpoch() + 800;
    const qint64 ding = sendDing("zhangwei", {"lina"}, at);
    QVERIFY(ding > 0);
    m_server->kill();
    QTest::qWait(1200);
    QVERIFY(m_server->start(m_server->url().port()));
    QVERIFY(connect("lina"));
    const QList<QJsonObject> got = events("lina", chat::event::DingNew, ding);
    QCOMPARE(got.size(), 1);
    QVERIFY(num(got.first(), "time") >= at);
}

QTEST_GUILESS_MAIN(TestDing)
#include "tst_ding.moc"
