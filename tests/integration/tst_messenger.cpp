// The conversation client core (Messenger) against the real server (--demo): a group made from
// the client, a message pending offline then sent and received with unread counts and read
// marks, recall, a refused send shown as failed with its reason and retried, drafts, history
// from the server when the store lacks it, and local CJK search.
#include "ServerProcess.h"
#include "TestClient.h"
#include "chat/Messenger.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;
using chat::DeliveryState;
using chat::Messenger;

namespace {

constexpr int kTimeoutMs = 20'000;

Messenger& msgr(test::TestClient& c) {
    return *c.core().messenger();
}

qint64 idOf(test::TestClient& c) {
    return c.core().account().userId;
}

std::optional<chat::StoredMessage> findText(test::TestClient& c, qint64 conv, const QString& text) {
    for (const chat::StoredMessage& m : msgr(c).latest(conv, 200))
        if (m.message.text == text) return m;
    return std::nullopt;
}

} // namespace

class TestMessenger : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void groupCreatedFromTheClientReachesMembers();
    void offlineMessageIsPendingThenSentAndCounted();
    void readMarksClearUnreadAndReachTheSender();
    void recallBecomesATombstoneEverywhere();
    void refusedSendFailsWithReasonAndCanBeRetried();
    void draftsSurviveInTheStore();
    void historyComesFromTheServerWhenTheStoreLacksIt();
    void searchFindsChineseTextInOneOrAllConversations();
    void directConversationIsFoundOrCreated();
    void forwardCopiesAMessageToAnotherConversation();

private:
    QTemporaryDir m_data;
    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<test::TestClient> m_zhang, m_li, m_wang;
    qint64 m_group = 0;
};

void TestMessenger::initTestCase() {
    QVERIFY(m_data.isValid());
    m_server =
        std::make_unique<test::ServerProcess>(m_data.path(), QStringList{QStringLiteral("--demo")});
    QVERIFY(m_server->start());
    m_zhang = std::make_unique<test::TestClient>();
    m_li = std::make_unique<test::TestClient>();
    m_wang = std::make_unique<test::TestClient>();
    QVERIFY(m_zhang->signIn(m_server->url(), QStringLiteral("zhangwei")));
    QVERIFY(m_li->signIn(m_server->url(), QStringLiteral("lina")));
    QVERIFY(m_wang->signIn(m_server->url(), QStringLiteral("wangfang")));
}

void TestMessenger::groupCreatedFromTheClientReachesMembers() {
    QSignalSpy created(&msgr(*m_zhang), &Messenger::conversationCreated);
    const QString cid =
        msgr(*m_zhang).createGroup(QStringLiteral("防汛工作群"), {idOf(*m_li), idOf(*m_wang)});
    QVERIFY(!cid.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty(), kTimeoutMs);
    QCOMPARE(created.at(0).at(0).toString(), cid);
    m_group = created.at(0).at(1).toLongLong();
    QVERIFY(m_group > 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        msgr(*m_zhang).conversation(m_group)->name == QStringLiteral("防汛工作群"), kTimeoutMs);
    QCOMPARE(int(msgr(*m_zhang).conversation(m_group)->role), int(chat::MemberRole::Owner));
    // The members learn of it from their event stream, details fetched by conv.get.
    QTRY_VERIFY_WITH_TIMEOUT(msgr(*m_li).conversation(m_group) &&
                                 msgr(*m_li).conversation(m_group)->name ==
                                     QStringLiteral("防汛工作群") &&
                                 msgr(*m_li).conversation(m_group)->memberCount == 3,
                             kTimeoutMs);
    QCOMPARE(msgr(*m_li).conversation(m_group)->owner, idOf(*m_zhang));
}

void TestMessenger::offlineMessageIsPendingThenSentAndCounted() {
    QVERIFY(m_group > 0);
    m_zhang->core().goOffline();
    QVERIFY(m_zhang->waitStatus(core::ClientCore::Status::Offline));
    const QString text = QStringLiteral("请各单位于今天17点前报送水情。");
    QVERIFY(!msgr(*m_zhang).sendText(m_group, text, 0, {idOf(*m_li)}).isEmpty());
    auto mine = findText(*m_zhang, m_group, text);
    QVERIFY(mine);
    QCOMPARE(mine->state, DeliveryState::Pending);
    QCOMPARE(mine->message.seq, 0);
    m_zhang->core().goOnline();
    QTRY_VERIFY_WITH_TIMEOUT(findText(*m_zhang, m_group, text)->state == DeliveryState::Sent,
                             kTimeoutMs);
    const qint64 seq = findText(*m_zhang, m_group, text)->message.seq;
    QVERIFY(seq > 0);
    // The recipient has it with the same seq, one more unread and the mention flagged.
    QTRY_VERIFY_WITH_TIMEOUT(findText(*m_li, m_group, text).has_value(), kTimeoutMs);
    QCOMPARE(findText(*m_li, m_group, text)->message.seq, seq);
    const auto conv = msgr(*m_li).conversation(m_group);
    QCOMPARE(conv->unread, 1);
    QVERIFY(conv->mentioned);
    QCOMPARE(conv->last->text, text);
    QCOMPARE(msgr(*m_li).totalUnread(), 1);
    // Exactly once, whatever the order of the answer and the event.
    int copies = 0;
    for (const auto& m : msgr(*m_zhang).latest(m_group, 200))
        copies += m.message.text == text;
    QCOMPARE(copies, 1);
}

void TestMessenger::readMarksClearUnreadAndReachTheSender() {
    const QString text = QStringLiteral("请各单位于今天17点前报送水情。");
    const auto mine = findText(*m_zhang, m_group, text);
    QVERIFY(mine);
    const qint64 seq = mine->message.seq;
    QCOMPARE(msgr(*m_zhang).unreadBy(m_group, seq), 2);
    QSignalSpy unread(&msgr(*m_li), &Messenger::unreadChanged);
    msgr(*m_li).markRead(m_group, seq);
    QCOMPARE(msgr(*m_li).conversation(m_group)->unread, 0); // at once, before the server
    QVERIFY(!msgr(*m_li).conversation(m_group)->mentioned);
    QVERIFY(!unread.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(msgr(*m_zhang).unreadBy(m_group, seq), 1, kTimeoutMs);
    // Who read it, live from the server.
    QSignalSpy receipts(&msgr(*m_zhang), &Messenger::receiptsLoaded);
    msgr(*m_zhang).loadReceipts(m_group, seq);
    QTRY_VERIFY_WITH_TIMEOUT(!receipts.isEmpty(), kTimeoutMs);
    const auto r = receipts.at(0).at(0).value<chat::Receipts>();
    QCOMPARE(r.readBy, QList<qint64>{idOf(*m_li)});
    QCOMPARE(r.unreadBy, QList<qint64>{idOf(*m_wang)});
}

void TestMessenger::recallBecomesATombstoneEverywhere() {
    const QString text = QStringLiteral("这条发错了");
    msgr(*m_zhang).sendText(m_group, text);
    QTRY_VERIFY_WITH_TIMEOUT(findText(*m_wang, m_group, text).has_value(), kTimeoutMs);
    const qint64 seq = findText(*m_wang, m_group, text)->message.seq;
    const int unreadBefore = msgr(*m_wang).conversation(m_group)->unread;
    msgr(*m_zhang).recall(m_group, seq);
    QTRY_VERIFY_WITH_TIMEOUT(!findText(*m_wang, m_group, text).has_value(), kTimeoutMs);
    const auto stub = msgr(*m_wang).latest(m_group, 200);
    const auto it = std::find_if(stub.begin(), stub.end(), [&](const chat::StoredMessage& m) {
        return m.message.seq == seq;
    });
    QVERIFY(it != stub.end());
    QVERIFY(it->message.recalled);
    QVERIFY(it->message.text.isEmpty());
    QCOMPARE(msgr(*m_wang).conversation(m_group)->unread, unreadBefore - 1);
    QVERIFY(msgr(*m_wang).searchNow(QStringLiteral("发错"), 0, 10).isEmpty()); // out of the index
}

void TestMessenger::refusedSendFailsWithReasonAndCanBeRetried() {
    // @all needs an admin: 李娜 is a plain member, so the server refuses her message.
    QSignalSpy refused(&msgr(*m_li), &Messenger::writeRefused);
    const QString text = QStringLiteral("@所有人 请注意");
    msgr(*m_li).sendText(m_group, text, 0, {}, true);
    QTRY_VERIFY_WITH_TIMEOUT(findText(*m_li, m_group, text)->state == DeliveryState::Failed,
                             kTimeoutMs);
    QVERIFY(!findText(*m_li, m_group, text)->error.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), kTimeoutMs);
    QCOMPARE(refused.at(0).at(0).toLongLong(), m_group);
    // Made admin, the retry of the very same message goes through.
    msgr(*m_zhang).setAdmin(m_group, idOf(*m_li), true);
    QTRY_VERIFY_WITH_TIMEOUT(msgr(*m_li).conversation(m_group)->admins.contains(idOf(*m_li)),
                             kTimeoutMs);
    msgr(*m_li).retry(findText(*m_li, m_group, text)->localId);
    QCOMPARE(findText(*m_li, m_group, text)->state, DeliveryState::Pending);
    QTRY_VERIFY_WITH_TIMEOUT(findText(*m_li, m_group, text)->state == DeliveryState::Sent,
                             kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(findText(*m_wang, m_group, text).has_value(), kTimeoutMs);
    QVERIFY(findText(*m_wang, m_group, text)->message.mentionAll);
}

void TestMessenger::draftsSurviveInTheStore() {
    msgr(*m_wang).saveDraft(m_group, QStringLiteral("草稿：明天上午"));
    QCOMPARE(msgr(*m_wang).conversation(m_group)->draft, QStringLiteral("草稿：明天上午"));
    msgr(*m_wang).sendText(m_group, QStringLiteral("明天上午九点开会"));
    QVERIFY(msgr(*m_wang).conversation(m_group)->draft.isEmpty()); // sending clears it
}

void TestMessenger::historyComesFromTheServerWhenTheStoreLacksIt() {
    for (int i = 0; i < 30; ++i)
        msgr(*m_zhang).sendText(m_group, QStringLiteral("第%1条通报").arg(i));
    QTRY_VERIFY_WITH_TIMEOUT(findText(*m_li, m_group, QStringLiteral("第29条通报")).has_value(),
                             kTimeoutMs);
    const qint64 newest = findText(*m_li, m_group, QStringLiteral("第29条通报"))->message.seq;
    // Lose the older half of 李娜's copy (as if it had never been synced).
    m_li->core().database()->exec(
        QStringLiteral("DELETE FROM chat_messages WHERE conv=%1 AND seq<%2")
            .arg(m_group)
            .arg(newest - 10));
    QSignalSpy pages(&msgr(*m_li), &Messenger::pageLoaded);
    msgr(*m_li).loadPage(1, m_group, 0, 10); // the newest ten: all local
    QTRY_VERIFY_WITH_TIMEOUT(!pages.isEmpty(), kTimeoutMs);
    QCOMPARE(pages.at(0).at(4).toBool(), false);
    auto page = pages.at(0).at(2).value<QList<chat::StoredMessage>>();
    QCOMPARE(page.size(), 10);
    QCOMPARE(page.last().message.seq, newest);
    QVERIFY(pages.at(0).at(3).toBool()); // more
    pages.clear();
    msgr(*m_li).loadPage(2, m_group, page.first().message.seq, 10); // partly gone: the server
    QTRY_VERIFY_WITH_TIMEOUT(!pages.isEmpty(), kTimeoutMs);
    QCOMPARE(pages.at(0).at(4).toBool(), true);
    page = pages.at(0).at(2).value<QList<chat::StoredMessage>>();
    QCOMPARE(page.size(), 10);
    QCOMPARE(page.last().message.seq, newest - 10);
    for (int i = 1; i < page.size(); ++i)
        QCOMPARE(page[i].message.seq, page[i - 1].message.seq + 1);
    // Paging on to the start: the server says where this member's history begins.
    qint64 before = page.first().message.seq;
    for (int guard = 0; guard < 20 && before > 0; ++guard) {
        pages.clear();
        msgr(*m_li).loadPage(3, m_group, before, 10);
        QTRY_VERIFY_WITH_TIMEOUT(!pages.isEmpty(), kTimeoutMs);
        page = pages.at(0).at(2).value<QList<chat::StoredMessage>>();
        if (!pages.at(0).at(3).toBool()) break;
        before = page.first().message.seq;
    }
    QVERIFY(!pages.at(0).at(3).toBool());
    QCOMPARE(page.first().message.seq, 1);
}

void TestMessenger::searchFindsChineseTextInOneOrAllConversations() {
    const auto hits = msgr(*m_li).searchNow(QStringLiteral("水情"), 0, 10);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().message.message.text, QStringLiteral("请各单位于今天17点前报送水情。"));
    QCOMPARE(hits.first().marks.size(), 1);
    QCOMPARE(hits.first().marks.first(), qMakePair(13, 2));
    QCOMPARE(msgr(*m_li).searchNow(QStringLiteral("水情"), m_group, 10).size(), 1);
    QCOMPARE(msgr(*m_li).searchNow(QStringLiteral("水情"), m_group + 1000, 10).size(), 0);
    QCOMPARE(msgr(*m_li).searchNow(QStringLiteral("報送"), 0, 10).size(), 1); // Traditional
    QCOMPARE(msgr(*m_li).searchNow(QStringLiteral("通报"), 0, 50).size(), 30);
    QVERIFY(msgr(*m_li).searchNow(QStringLiteral("情报"), 0, 10).isEmpty()); // not adjacent
}

void TestMessenger::directConversationIsFoundOrCreated() {
    QSignalSpy ready(&msgr(*m_wang), &Messenger::directReady);
    msgr(*m_wang).openDirect(idOf(*m_zhang));
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), kTimeoutMs);
    const qint64 conv = ready.at(0).at(1).toLongLong();
    QVERIFY(conv > 0);
    QCOMPARE(int(msgr(*m_wang).conversation(conv)->kind), int(chat::ConvKind::Direct));
    QCOMPARE(msgr(*m_wang).conversation(conv)->peer, idOf(*m_zhang));
    msgr(*m_wang).sendText(conv, QStringLiteral("张局，材料已报送。"));
    QTRY_VERIFY_WITH_TIMEOUT(findText(*m_zhang, conv, QStringLiteral("张局，材料已报送。")),
                             kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(msgr(*m_zhang).conversation(conv)->peer, idOf(*m_wang), kTimeoutMs);
    // Asked again, the existing one answers from the store at once.
    ready.clear();
    msgr(*m_wang).openDirect(idOf(*m_zhang));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.at(0).at(1).toLongLong(), conv);
}

void TestMessenger::forwardCopiesAMessageToAnotherConversation() {
    const auto original = findText(*m_wang, m_group, QStringLiteral("明天上午九点开会"));
    QVERIFY(original);
    QSignalSpy ready(&msgr(*m_wang), &Messenger::directReady);
    msgr(*m_wang).openDirect(idOf(*m_li));
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), kTimeoutMs);
    const qint64 direct = ready.at(0).at(1).toLongLong();
    QVERIFY(!msgr(*m_wang).forward(original->localId, direct).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(findText(*m_li, direct, QStringLiteral("明天上午九点开会")),
                             kTimeoutMs);
    QCOMPARE(findText(*m_li, direct, QStringLiteral("明天上午九点开会"))->message.sender,
             idOf(*m_wang));
    // A recalled message cannot be forwarded.
    const auto stub = msgr(*m_wang).latest(m_group, 200);
    const auto recalled = std::find_if(
        stub.begin(), stub.end(), [](const chat::StoredMessage& m) { return m.message.recalled; });
    QVERIFY(recalled != stub.end());
    QVERIFY(msgr(*m_wang).forward(recalled->localId, direct).isEmpty());
}

QTEST_GUILESS_MAIN(TestMessenger)
#include "tst_messenger.moc"
