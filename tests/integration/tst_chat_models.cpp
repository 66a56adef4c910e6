// The conversation list and message timeline models over the real client core and server, under
// QAbstractItemModelTester: the timeline holds a bounded window however long the history, pages
// older and newer messages in, shows a message pending then sent, and follows new messages; the
// list follows unread counts and reorders on pinning without losing the selection.
#include "ServerProcess.h"
#include "TestClient.h"
#include "chat/ConversationListModel.h"
#include "chat/Messenger.h"
#include "chat/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;
using chat::ConversationListModel;
using chat::Messenger;
using chat::TimelineModel;

namespace {

constexpr int kTimeoutMs = 20'000;
constexpr int kMessages = 180;

Messenger& msgr(test::TestClient& c) {
    return *c.core().messenger();
}

qint64 idOf(test::TestClient& c) {
    return c.core().account().userId;
}

qint64 seqAt(const TimelineModel& m, int row) {
    return m.data(m.index(row), TimelineModel::SeqRole).toLongLong();
}

bool contiguous(const TimelineModel& m) {
    for (int r = 1; r < m.rowCount(); ++r)
        if (seqAt(m, r) != 0 && seqAt(m, r) != seqAt(m, r - 1) + 1) return false;
    return true;
}

} // namespace

class TestChatModels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void timelineKeepsABoundedWindow();
    void timelineShowsPendingThenSentAndFollowsNewMessages();
    void conversationListFollowsUnreadAndPinning();

private:
    QTemporaryDir m_data;
    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<test::TestClient> m_zhang, m_li;
    qint64 m_group = 0;
    qint64 m_other = 0;
};

void TestChatModels::initTestCase() {
    QVERIFY(m_data.isValid());
    m_server =
        std::make_unique<test::ServerProcess>(m_data.path(), QStringList{QStringLiteral("--demo")});
    QVERIFY(m_server->start());
    m_zhang = std::make_unique<test::TestClient>();
    m_li = std::make_unique<test::TestClient>();
    QVERIFY(m_zhang->signIn(m_server->url(), QStringLiteral("zhangwei")));
    QVERIFY(m_li->signIn(m_server->url(), QStringLiteral("lina")));
    QSignalSpy created(&msgr(*m_zhang), &Messenger::conversationCreated);
    msgr(*m_zhang).createGroup(QStringLiteral("综合协调群"), {idOf(*m_li)});
    msgr(*m_zhang).createGroup(QStringLiteral("值班群"), {idOf(*m_li)});
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 2, kTimeoutMs);
    m_group = created.at(0).at(1).toLongLong();
    m_other = created.at(1).at(1).toLongLong();
    for (int i = 1; i <= kMessages; ++i)
        msgr(*m_zhang).sendText(m_group, QStringLiteral("第%1号通知").arg(i));
    QTRY_VERIFY_WITH_TIMEOUT(msgr(*m_li).conversation(m_group) &&
                                 msgr(*m_li).conversation(m_group)->unread == kMessages,
                             kTimeoutMs);
}

void TestChatModels::timelineKeepsABoundedWindow() {
    // No tester here: it calls fetchMore after every insertion, which would page on its own
    // while this test walks the window up and down (the other tests run under it).
    TimelineModel model;
    model.setMaxRows(120);
    model.attach(&msgr(*m_li), idOf(*m_li));
    QSignalSpy opened(&model, &TimelineModel::opened);
    model.open(m_group);
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), TimelineModel::kPage, kTimeoutMs);
    const qint64 newest = seqAt(model, model.rowCount() - 1);
    QVERIFY(contiguous(model));
    QVERIFY(model.canFetchMore({}));
    // Scroll to the very top: never more than the window, the bottom dropped.
    for (int guard = 0; guard < 20 && (model.canFetchMore({}) || model.isLoading()); ++guard) {
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeoutMs);
        QVERIFY(model.rowCount() <= 120);
    }
    QCOMPARE(model.rowCount(), 120);
    QCOMPARE(seqAt(model, 0), 1);
    QVERIFY(!model.atLatest());
    QVERIFY(contiguous(model));
    // And back down to the newest.
    for (int guard = 0; guard < 20 && !model.atLatest(); ++guard) {
        model.fetchNewer();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), kTimeoutMs);
        QVERIFY(model.rowCount() <= 120);
    }
    QVERIFY(model.atLatest());
    QCOMPARE(seqAt(model, model.rowCount() - 1), newest);
    QVERIFY(contiguous(model));
}

void TestChatModels::timelineShowsPendingThenSentAndFollowsNewMessages() {
    TimelineModel mine;
    QAbstractItemModelTester tester(&mine, QAbstractItemModelTester::FailureReportingMode::QtTest);
    mine.attach(&msgr(*m_zhang), idOf(*m_zhang));
    mine.open(m_group);
    // (The tester calls fetchMore after every insertion: older pages come in as it checks.)
    QTRY_VERIFY_WITH_TIMEOUT(mine.rowCount() >= TimelineModel::kPage && !mine.isLoading(),
                             kTimeoutMs);
    TimelineModel theirs;
    theirs.attach(&msgr(*m_li), idOf(*m_li));
    theirs.open(m_group);
    QTRY_VERIFY_WITH_TIMEOUT(theirs.rowCount() >= TimelineModel::kPage, kTimeoutMs);

    m_zhang->core().goOffline();
    QVERIFY(m_zhang->waitStatus(core::ClientCore::Status::Offline));
    msgr(*m_zhang).sendText(m_group, QStringLiteral("离线时写的"));
    QTRY_COMPARE_WITH_TIMEOUT(
        mine.index(mine.rowCount() - 1).data(TimelineModel::TextRole).toString(),
        QStringLiteral("离线时写的"), kTimeoutMs);
    const QModelIndex last = mine.index(mine.rowCount() - 1);
    QCOMPARE(last.data(TimelineModel::TextRole).toString(), QStringLiteral("离线时写的"));
    QCOMPARE(last.data(TimelineModel::StateRole).toInt(), int(chat::DeliveryState::Pending));
    QVERIFY(last.data(TimelineModel::MineRole).toBool());
    m_zhang->core().goOnline();
    QTRY_COMPARE_WITH_TIMEOUT(
        mine.index(mine.rowCount() - 1).data(TimelineModel::StateRole).toInt(),
        int(chat::DeliveryState::Sent), kTimeoutMs);
    QVERIFY(seqAt(mine, mine.rowCount() - 1) > 0);
    int copies = 0; // the same row, numbered: never a second copy
    for (int r = 0; r < mine.rowCount(); ++r)
        copies +=
            mine.index(r).data(TimelineModel::TextRole).toString() == QStringLiteral("离线时写的");
    QCOMPARE(copies, 1);
    QVERIFY(contiguous(mine));
    // The other member's open timeline follows.
    QTRY_COMPARE_WITH_TIMEOUT(
        theirs.index(theirs.rowCount() - 1).data(TimelineModel::TextRole).toString(),
        QStringLiteral("离线时写的"), kTimeoutMs);
    QVERIFY(!theirs.index(theirs.rowCount() - 1).data(TimelineModel::MineRole).toBool());
    // Read by 李娜: the count on 张伟's message drops to zero.
    QCOMPARE(mine.index(mine.rowCount() - 1).data(TimelineModel::UnreadByRole).toInt(), 1);
    msgr(*m_li).markRead(m_group, seqAt(theirs, theirs.rowCount() - 1));
    QTRY_COMPARE_WITH_TIMEOUT(
        mine.index(mine.rowCount() - 1).data(TimelineModel::UnreadByRole).toInt(), 0, kTimeoutMs);
}

void TestChatModels::conversationListFollowsUnreadAndPinning() {
    ConversationListModel list;
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.attach(&msgr(*m_li));
    QTRY_COMPARE_WITH_TIMEOUT(list.rowCount(), 2, kTimeoutMs);
    QCOMPARE(list.rowOf(m_group), 0); // latest activity first
    QCOMPARE(list.index(0).data(ConversationListModel::UnreadRole).toInt(), 0);
    QCOMPARE(list.index(0).data(ConversationListModel::LastTextRole).toString(),
             QStringLiteral("离线时写的"));
    const QPersistentModelIndex selected = list.index(list.rowOf(m_other));
    msgr(*m_li).setPinned(m_other, true);
    QTRY_COMPARE_WITH_TIMEOUT(list.rowOf(m_other), 0, kTimeoutMs);
    QCOMPARE(selected.row(), 0); // the selection moved with it
    QVERIFY(list.index(0).data(ConversationListModel::PinnedRole).toBool());
    msgr(*m_zhang).sendText(m_group, QStringLiteral("新消息"));
    QTRY_COMPARE_WITH_TIMEOUT(
        list.index(list.rowOf(m_group)).data(ConversationListModel::UnreadRole).toInt(), 1,
        kTimeoutMs);
    QCOMPARE(list.rowOf(m_other), 0); // still pinned above
}

QTEST_GUILESS_MAIN(TestChatModels)
#include "tst_chat_models.moc"
