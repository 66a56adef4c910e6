// Conversations and messages against the real server: direct uniqueness, group management with
// system messages and admin rights, ordering under concurrent senders, history paging, the recall
// window, read receipts (1:1 and group), per-member settings, authorisation (a non-member gets
// not_found everywhere) and the time of a send to a 2,000-member group.
#include "RawClient.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "chat/ConversationProtocol.h"
#include "storage/SqliteStorage.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <algorithm>
#include <map>

using namespace zt;

namespace {

const QString kOk = QStringLiteral("ok");
constexpr int kRecallWindowMs = 1500;
constexpr int kBulkUsers = 1995; // + the 5 demo accounts = 2,000 possible members

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

chat::SendMsgArgs message(qint64 conv, const QString& text,
                          chat::MessageKind kind = chat::MessageKind::Text,
                          const QString& fileRef = {}) {
    chat::SendMsgArgs a;
    a.cid = cid();
    a.conv = conv;
    a.kind = kind;
    a.text = text;
    a.fileRef = fileRef;
    return a;
}

QJsonObject resultOf(const QJsonObject& res) {
    return res.value(QStringLiteral("result")).toObject();
}

QList<qint64> idsOf(const QJsonValue& v) {
    QList<qint64> out;
    for (const QJsonValue& x : v.toArray())
        out.append(x.toInteger());
    return out;
}

struct Party {
    test::RawClient client;
    qint64 id = 0;
};

} // namespace

class TestConversations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void directConversationIsUnique();
    void groupManagementWithSystemMessages();
    void ownerLeavingHandsOver();
    void orderIsIdenticalUnderConcurrentSenders();
    void recallOnlyBySenderWithinWindow();
    void readReceiptsDirect();
    void readReceiptsGroup();
    void settingsArePerMember();
    void nonMembersGetNotFoundEverywhere();
    void mentionsAndBadArguments();
    void retriedSendAppliesOnce();
    void largeGroupSendIsFast();

private:
    Party& p(const char* name) { return *m_parties.at(QLatin1String(name)); }
    QJsonObject req(const char* who, const QString& op, const QJsonObject& args) {
        return p(who).client.request(op, args);
    }
    qint64 group(const char* owner, std::initializer_list<const char*> others);
    qint64 send(const char* who, qint64 conv, const QString& text);
    QList<QJsonObject> events(const char* who, const QString& kind, qint64 conv);
    QList<QJsonObject> history(const char* who, qint64 conv, int pageSize = 200);

    QTemporaryDir m_data;
    std::unique_ptr<test::ServerProcess> m_server;
    std::map<QString, std::unique_ptr<Party>> m_parties;
};

void TestConversations::initTestCase() {
    const QStringList options{QStringLiteral("--recall-window-ms"),
                              QString::number(kRecallWindowMs)};
    m_server = std::make_unique<test::ServerProcess>(m_data.path(), options);
    QVERIFY(m_server->start());
    m_server->terminate();
    { // bulk accounts for the large group, written while the server is down
        QString error;
        auto storage = server::SqliteStorage::open(m_data.path(), &error);
        QVERIFY2(storage, qPrintable(error));
        storage->transaction([&] {
            for (int i = 0; i < kBulkUsers; ++i)
                storage->createUser(QStringLiteral("bulk%1").arg(i),
                                    QStringLiteral("批量%1").arg(i), QStringLiteral("-"));
        });
    }
    QVERIFY(m_server->start());
    for (const char* name : {"zhangwei", "lina", "wangfang", "shanxiaoming", "zengli"}) {
        auto party = std::make_unique<Party>();
        QVERIFY(party->client.open(m_server->url()) && party->client.hello());
        const QJsonObject login = party->client.request(
            QStringLiteral("auth.login"), {{QStringLiteral("user"), QLatin1String(name)},
                                           {QStringLiteral("password"), test::kDemoPassword}});
        party->id = resultOf(login).value(QStringLiteral("userId")).toInteger();
        QVERIFY(party->id > 0);
        m_parties[QLatin1String(name)] = std::move(party);
    }
}

qint64 TestConversations::group(const char* owner, std::initializer_list<const char*> others) {
    chat::CreateConvArgs args{cid(), chat::ConvKind::Group, {}, QStringLiteral("测试群")};
    for (const char* name : others)
        args.members.append(p(name).id);
    return resultOf(req(owner, chat::op::ConvCreate, args.toJson()))
        .value(QStringLiteral("conv"))
        .toInteger();
}

qint64 TestConversations::send(const char* who, qint64 conv, const QString& text) {
    return resultOf(req(who, chat::op::MsgSend, message(conv, text).toJson()))
        .value(QStringLiteral("seq"))
        .toInteger();
}

// The user's whole event stream through sync.fetch, filtered by kind and conversation.
QList<QJsonObject> TestConversations::events(const char* who, const QString& kind, qint64 conv) {
    QList<QJsonObject> out;
    qint64 after = 0;
    for (bool more = true; more;) {
        const QJsonObject page =
            resultOf(req(who, QStringLiteral("sync.fetch"),
                         {{QStringLiteral("after"), after}, {QStringLiteral("limit"), 500}}));
        for (const QJsonValue& v : page.value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            after = e.value(QStringLiteral("seq")).toInteger();
            const QJsonObject data = e.value(QStringLiteral("data")).toObject();
            if (e.value(QStringLiteral("kind")).toString() == kind &&
                data.value(QStringLiteral("conv")).toInteger() == conv)
                out.append(data);
        }
        more = page.value(QStringLiteral("more")).toBool();
    }
    return out;
}

// Every message, oldest first, read backwards page by page.
QList<QJsonObject> TestConversations::history(const char* who, qint64 conv, int pageSize) {
    QList<QJsonObject> out;
    qint64 before = 0;
    for (bool more = true; more;) {
        const QJsonObject page = resultOf(
            req(who, chat::op::MsgHistory, chat::HistoryArgs{conv, before, pageSize}.toJson()));
        QList<QJsonObject> chunk;
        for (const QJsonValue& v : page.value(QStringLiteral("messages")).toArray())
            chunk.append(v.toObject());
        out = chunk + out;
        more = page.value(QStringLiteral("more")).toBool() && !chunk.isEmpty();
        if (!chunk.isEmpty()) before = chunk.first().value(QStringLiteral("seq")).toInteger();
    }
    return out;
}

void TestConversations::directConversationIsUnique() {
    const auto create = [&](const char* who, const char* peer) {
        return resultOf(
            req(who, chat::op::ConvCreate,
                chat::CreateConvArgs{cid(), chat::ConvKind::Direct, {p(peer).id}, {}}.toJson()));
    };
    const QJsonObject first = create("zhangwei", "lina");
    const QJsonObject again = create("lina", "zhangwei");
    QVERIFY(first.value(QStringLiteral("created")).toBool());
    QVERIFY(!again.value(QStringLiteral("created")).toBool());
    QCOMPARE(again.value(QStringLiteral("conv")), first.value(QStringLiteral("conv")));
    const QJsonObject self =
        req("zhangwei", chat::op::ConvCreate,
            chat::CreateConvArgs{cid(), chat::ConvKind::Direct, {p("zhangwei").id}, {}}.toJson());
    QCOMPARE(code(self), QStringLiteral("bad_args"));
}

void TestConversations::groupManagementWithSystemMessages() {
    const qint64 conv = group("zhangwei", {"lina", "wangfang"});
    QVERIFY(conv > 0);
    const auto members = [&](const char* who, chat::MembersArgs a) {
        a.cid = cid();
        a.conv = conv;
        return outcome(req(who, chat::op::ConvMembers, a.toJson()));
    };
    // A plain member may not add; the owner makes 李娜 an admin, who then may.
    QCOMPARE(members("lina", {{}, 0, {p("shanxiaoming").id}, {}, {}, {}}),
             QStringLiteral("forbidden/not_admin"));
    QCOMPARE(members("zhangwei", {{}, 0, {}, {}, {p("lina").id}, {}}), kOk);
    QCOMPARE(members("lina", {{}, 0, {p("shanxiaoming").id}, {}, {}, {}}), kOk);
    QCOMPARE(members("lina", {{}, 0, {}, {}, {p("wangfang").id}, {}}),
             QStringLiteral("forbidden/not_owner"));
    QCOMPARE(members("lina", {{}, 0, {}, {p("zhangwei").id}, {}, {}}),
             QStringLiteral("forbidden/cannot_remove_owner"));
    QCOMPARE(members("lina", {{}, 0, {}, {p("wangfang").id}, {}, {}}), kOk);
    QCOMPARE(
        outcome(req("shanxiaoming", chat::op::ConvLeave, chat::ConvRefArgs{cid(), conv}.toJson())),
        kOk);

    // System messages, in order, as every remaining member reads them.
    QStringList actions;
    for (const QJsonObject& m : history("zhangwei", conv)) {
        QCOMPARE(m.value(QStringLiteral("kind")).toString(), QStringLiteral("system"));
        const QJsonObject body =
            QJsonDocument::fromJson(m.value(QStringLiteral("text")).toString().toUtf8()).object();
        actions << body.value(QStringLiteral("action")).toString() + QLatin1Char(':') +
                       QString::number(idsOf(body.value(QStringLiteral("users"))).value(0));
    }
    QCOMPARE(actions, QStringList({QStringLiteral("added:%1").arg(p("shanxiaoming").id),
                                   QStringLiteral("removed:%1").arg(p("wangfang").id),
                                   QStringLiteral("left:%1").arg(p("shanxiaoming").id)}));
    // The removed and the leaver were told, and can read nothing any more.
    QCOMPARE(events("wangfang", chat::event::MemberRemoved, conv).size(), 1);
    QCOMPARE(events("shanxiaoming", chat::event::MemberAdded, conv).size(), 1);
    QCOMPARE(code(req("wangfang", chat::op::MsgHistory, chat::HistoryArgs{conv, 0, 50}.toJson())),
             QStringLiteral("not_found"));
    const QJsonObject got =
        resultOf(req("lina", chat::op::ConvGet, chat::ConvRefArgs{{}, conv}.toJson()));
    QCOMPARE(got.value(QStringLiteral("memberCount")).toInt(), 2);
    QCOMPARE(idsOf(got.value(QStringLiteral("admins"))), QList<qint64>{p("lina").id});
    // An admin renames and sets the announcement; members hear of it.
    chat::UpdateConvArgs update{cid(), conv, QStringLiteral("改名"), QStringLiteral("公告")};
    QCOMPARE(outcome(req("lina", chat::op::ConvUpdate, update.toJson())), kOk);
    const auto updates = events("zhangwei", chat::event::ConvUpdated, conv);
    QCOMPARE(updates.last().value(QStringLiteral("announcement")).toString(),
             QStringLiteral("公告"));
}

void TestConversations::ownerLeavingHandsOver() {
    const qint64 conv = group("wangfang", {"lina", "zengli"});
    chat::MembersArgs grant{cid(), conv, {}, {}, {p("zengli").id}, {}};
    QCOMPARE(outcome(req("wangfang", chat::op::ConvMembers, grant.toJson())), kOk);
    QCOMPARE(outcome(req("wangfang", chat::op::ConvLeave, chat::ConvRefArgs{cid(), conv}.toJson())),
             kOk);
    const QJsonObject got =
        resultOf(req("lina", chat::op::ConvGet, chat::ConvRefArgs{{}, conv}.toJson()));
    QCOMPARE(got.value(QStringLiteral("owner")).toInteger(), p("zengli").id); // the admin
}

void TestConversations::orderIsIdenticalUnderConcurrentSenders() {
    const qint64 conv = group("zhangwei", {"lina", "wangfang", "shanxiaoming"});
    const QList<const char*> senders{"zhangwei", "lina", "wangfang", "shanxiaoming"};
    constexpr int kEach = 30;
    // Every sender fires all its requests at once; the server interleaves them.
    for (int i = 0; i < kEach; ++i)
        for (const char* who : senders) {
            const chat::SendMsgArgs a =
                message(conv, QStringLiteral("%1-%2").arg(QLatin1String(who)).arg(i));
            p(who).client.sendJson({{QStringLiteral("type"), QStringLiteral("req")},
                                    {QStringLiteral("id"), QStringLiteral("c%1").arg(i)},
                                    {QStringLiteral("op"), chat::op::MsgSend},
                                    {QStringLiteral("args"), a.toJson()}});
        }
    for (const char* who : senders)
        for (int i = 0; i < kEach; ++i)
            QCOMPARE(outcome(p(who).client.waitFor(
                         [i](const QJsonObject& o) {
                             return o.value(QStringLiteral("id")).toString() ==
                                    QStringLiteral("c%1").arg(i);
                         },
                         10'000)),
                     kOk);
    QStringList reference;
    for (const char* who : senders) {
        QStringList order;
        qint64 expectSeq = 1;
        for (const QJsonObject& m : events(who, chat::event::MsgNew, conv)) {
            QCOMPARE(m.value(QStringLiteral("seq")).toInteger(), expectSeq++);
            order << m.value(QStringLiteral("text")).toString();
        }
        QCOMPARE(order.size(), senders.size() * kEach);
        if (reference.isEmpty()) reference = order;
        QCOMPARE(order, reference);
        // Paged history backwards (pages of 7) gives the same order.
        QStringList paged;
        for (const QJsonObject& m : history(who, conv, 7))
            paged << m.value(QStringLiteral("text")).toString();
        QCOMPARE(paged, reference);
    }
}

void TestConversations::recallOnlyBySenderWithinWindow() {
    const qint64 conv = group("zhangwei", {"lina"});
    const qint64 seq = send("zhangwei", conv, QStringLiteral("发错了"));
    const auto recall = [&](const char* who, qint64 s) {
        return outcome(req(who, chat::op::MsgRecall, chat::MsgRefArgs{cid(), conv, s}.toJson()));
    };
    QCOMPARE(recall("lina", seq), QStringLiteral("forbidden/not_sender"));
    QCOMPARE(recall("zhangwei", seq), kOk);
    const QList<QJsonObject> seen = history("lina", conv);
    QVERIFY(seen.last().value(QStringLiteral("recalled")).toBool());
    QVERIFY(!seen.last().contains(QStringLiteral("text"))); // a tombstone for everyone
    QCOMPARE(events("lina", chat::event::MsgRecalled, conv).size(), 1);
    const qint64 late = send("zhangwei", conv, QStringLiteral("太晚了"));
    QTest::qWait(kRecallWindowMs + 300);
    QCOMPARE(recall("zhangwei", late), QStringLiteral("conflict/recall_window_passed"));
}

void TestConversations::readReceiptsDirect() {
    const qint64 conv =
        resultOf(
            req("wangfang", chat::op::ConvCreate,
                chat::CreateConvArgs{cid(), chat::ConvKind::Direct, {p("zengli").id}, {}}.toJson()))
            .value(QStringLiteral("conv"))
            .toInteger();
    for (int i = 0; i < 3; ++i)
        send("wangfang", conv, QStringLiteral("第%1条").arg(i + 1));
    const auto unread = [&] {
        for (const QJsonValue& v : resultOf(req("zengli", chat::op::ConvList, {}))
                                       .value(QStringLiteral("conversations"))
                                       .toArray())
            if (v[QStringLiteral("conv")].toInteger() == conv)
                return v[QStringLiteral("unread")].toInteger();
        return qint64(-1);
    };
    QCOMPARE(unread(), 3);
    QCOMPARE(outcome(req("zengli", chat::op::MsgRead,
                         chat::MsgRefArgs{cid(), conv, 2}.toJson(QStringLiteral("upTo")))),
             kOk);
    QCOMPARE(unread(), 1);
    const auto reads = events("wangfang", chat::event::MsgRead, conv);
    QCOMPARE(reads.size(), 1);
    QCOMPARE(reads.first().value(QStringLiteral("reader")).toInteger(), p("zengli").id);
    QCOMPARE(reads.first().value(QStringLiteral("upTo")).toInteger(), 2);
    const auto receipts = [&](qint64 seq) {
        return resultOf(
            req("wangfang", chat::op::MsgReceipts, chat::MsgRefArgs{{}, conv, seq}.toJson()));
    };
    QCOMPARE(idsOf(receipts(2).value(QStringLiteral("readBy"))), QList<qint64>{p("zengli").id});
    QCOMPARE(idsOf(receipts(3).value(QStringLiteral("unreadBy"))), QList<qint64>{p("zengli").id});
}

void TestConversations::readReceiptsGroup() {
    const qint64 conv = group("zhangwei", {"lina", "wangfang", "shanxiaoming", "zengli"});
    for (int i = 0; i < 3; ++i)
        send("zhangwei", conv, QStringLiteral("通知%1").arg(i + 1));
    const auto read = [&](const char* who, qint64 upTo) {
        return outcome(req(who, chat::op::MsgRead,
                           chat::MsgRefArgs{cid(), conv, upTo}.toJson(QStringLiteral("upTo"))));
    };
    QCOMPARE(read("lina", 3), kOk);
    QCOMPARE(read("wangfang", 1), kOk);
    QCOMPARE(read("wangfang", 1), kOk); // no change, no event
    const auto receipts = [&](qint64 seq) {
        return resultOf(
            req("lina", chat::op::MsgReceipts, chat::MsgRefArgs{{}, conv, seq}.toJson()));
    };
    const QJsonObject third = receipts(3);
    QCOMPARE(idsOf(third.value(QStringLiteral("readBy"))), QList<qint64>{p("lina").id});
    QCOMPARE(idsOf(third.value(QStringLiteral("unreadBy"))),
             (QList<qint64>{p("wangfang").id, p("shanxiaoming").id, p("zengli").id}));
    QCOMPARE(idsOf(receipts(1).value(QStringLiteral("readBy"))),
             (QList<qint64>{p("lina").id, p("wangfang").id}));
    QCOMPARE(events("zhangwei", chat::event::MsgRead, conv).size(), 2);
}

void TestConversations::settingsArePerMember() {
    const qint64 conv = group("shanxiaoming", {"zengli"});
    chat::SettingsArgs pin{cid(), conv, true, true};
    QCOMPARE(outcome(req("zengli", chat::op::ConvSettings, pin.toJson())), kOk);
    const auto flags = [&](const char* who) {
        const QJsonArray list = resultOf(req(who, chat::op::ConvList, {}))
                                    .value(QStringLiteral("conversations"))
                                    .toArray();
        return list.first().toObject(); // pinned first
    };
    QCOMPARE(flags("zengli").value(QStringLiteral("conv")).toInteger(), conv);
    QVERIFY(flags("zengli").value(QStringLiteral("muted")).toBool());
    const QJsonObject mine =
        resultOf(req("shanxiaoming", chat::op::ConvGet, chat::ConvRefArgs{{}, conv}.toJson()));
    QVERIFY(
        !mine.value(QStringLiteral("self")).toObject().value(QStringLiteral("pinned")).toBool());
}

void TestConversations::nonMembersGetNotFoundEverywhere() {
    const qint64 conv = group("zhangwei", {"lina"});
    const qint64 seq = send("zhangwei", conv, QStringLiteral("内部消息"));
    const chat::SendMsgArgs msg = message(conv, QStringLiteral("闯入"));
    const QList<std::pair<QString, QJsonObject>> attempts{
        {chat::op::MsgHistory, chat::HistoryArgs{conv, 0, 50}.toJson()},
        {chat::op::MsgSend, msg.toJson()},
        {chat::op::MsgReceipts, chat::MsgRefArgs{{}, conv, seq}.toJson()},
        {chat::op::MsgRead, chat::MsgRefArgs{cid(), conv, seq}.toJson(QStringLiteral("upTo"))},
        {chat::op::MsgRecall, chat::MsgRefArgs{cid(), conv, seq}.toJson()},
        {chat::op::ConvGet, chat::ConvRefArgs{{}, conv}.toJson()},
        {chat::op::ConvSettings, chat::SettingsArgs{cid(), conv, true, {}}.toJson()},
        {chat::op::ConvUpdate, chat::UpdateConvArgs{cid(), conv, QStringLiteral("x"), {}}.toJson()},
        {chat::op::ConvMembers,
         chat::MembersArgs{cid(), conv, {p("zengli").id}, {}, {}, {}}.toJson()},
        {chat::op::ConvLeave, chat::ConvRefArgs{cid(), conv}.toJson()},
    };
    for (const auto& [op, args] : attempts)
        QVERIFY2(code(req("zengli", op, args)) == QStringLiteral("not_found"), qPrintable(op));
    // A conversation that does not exist answers the same.
    QCOMPARE(code(req("zengli", chat::op::MsgHistory, chat::HistoryArgs{999999, 0, 50}.toJson())),
             QStringLiteral("not_found"));
}

void TestConversations::mentionsAndBadArguments() {
    const qint64 conv = group("zhangwei", {"lina"});
    chat::SendMsgArgs all = message(conv, QStringLiteral("@所有人"));
    all.mentionAll = true;
    QCOMPARE(outcome(req("lina", chat::op::MsgSend, all.toJson())),
             QStringLiteral("forbidden/mention_all_needs_admin"));
    QCOMPARE(outcome(req("zhangwei", chat::op::MsgSend, all.toJson())), kOk);
    const chat::SendMsgArgs tooLong = message(conv, QString(5001, QLatin1Char('x')));
    QCOMPARE(code(req("zhangwei", chat::op::MsgSend, tooLong.toJson())),
             QStringLiteral("bad_args"));
    // A file message names an uploaded file by id (tst_file_transfer sends real ones).
    const chat::SendMsgArgs badRef =
        message(conv, {}, chat::MessageKind::File, QStringLiteral("file-123"));
    QCOMPARE(code(req("lina", chat::op::MsgSend, badRef.toJson())), QStringLiteral("bad_args"));
    const chat::SendMsgArgs noFile =
        message(conv, {}, chat::MessageKind::File, QStringLiteral("987654"));
    QCOMPARE(code(req("lina", chat::op::MsgSend, noFile.toJson())), QStringLiteral("not_found"));
    QCOMPARE(code(req("lina", chat::op::MsgHistory, chat::HistoryArgs{conv, 0, 201}.toJson())),
             QStringLiteral("bad_args"));
}

void TestConversations::retriedSendAppliesOnce() {
    const qint64 conv = group("lina", {"zengli"});
    const chat::SendMsgArgs args = message(conv, QStringLiteral("只发一次"));
    const QJsonObject first = req("lina", chat::op::MsgSend, args.toJson());
    const QJsonObject retry = req("lina", chat::op::MsgSend, args.toJson());
    QCOMPARE(resultOf(retry), resultOf(first));
    QCOMPARE(events("zengli", chat::event::MsgNew, conv).size(), 1);
}

void TestConversations::largeGroupSendIsFast() {
    chat::CreateConvArgs args{cid(), chat::ConvKind::Group, {}, QStringLiteral("全员群")};
    for (int id = 1; id <= kBulkUsers + 5; ++id)
        if (id != p("zhangwei").id) args.members.append(id);
    QElapsedTimer timer;
    timer.start();
    const QJsonObject created = req("zhangwei", chat::op::ConvCreate, args.toJson());
    const qint64 createMs = timer.elapsed();
    QCOMPARE(outcome(created), kOk);
    const qint64 conv = resultOf(created).value(QStringLiteral("conv")).toInteger();
    QList<qint64> sends;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        QVERIFY(send("zhangwei", conv, QStringLiteral("全员通知 %1").arg(i)) > 0);
        sends.append(timer.elapsed());
    }
    std::sort(sends.begin(), sends.end());
    timer.restart(); // a DING from the last message: 1,999 recipients
    const QJsonObject ding = req("zhangwei", QStringLiteral("ding.send"),
                                 {{QStringLiteral("cid"), cid()},
                                  {QStringLiteral("conv"), conv},
                                  {QStringLiteral("seq"), 5}});
    const qint64 dingMs = timer.elapsed();
    QCOMPARE(resultOf(ding).value(QStringLiteral("recipients")).toInteger(), 1999);
    qInfo("2000-member group: create %lld ms; send round trip min %lld / median %lld / max %lld "
          "ms; DING to 1999 %lld ms",
          qlonglong(createMs), qlonglong(sends.first()), qlonglong(sends.at(2)),
          qlonglong(sends.last()), qlonglong(dingMs));
    QVERIFY2(sends.at(2) < 1000, "a 2,000-member send should take well under a second");
    QCOMPARE(events("lina", chat::event::MsgNew, conv).size(), 5);
}

QTEST_GUILESS_MAIN(TestConversations)
#include "tst_conversations.moc"
