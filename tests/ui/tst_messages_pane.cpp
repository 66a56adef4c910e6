// The Messages pane offscreen, signed in through the shell against a real server, with a second
// user's client core on the other side: a conversation started by the other side appears in the
// list with its name and unread count; opening it shows the messages with names resolved; a
// message typed and sent reaches the other side; the other side's message, visible for the
// read delay in the active window, is marked read (its sender sees it); local search jumps to a
// message; the draft is kept when switching conversations.
#include "ServerProcess.h"
#include "TestClient.h"
#include "UiTestSession.h"
#include "chat/ConversationListModel.h"
#include "chat/Messenger.h"
#include "chat/TimelineModel.h"
#include "messages/Composer.h"
#include "messages/MessageView.h"
#include "messages/MessagesPane.h"
#include "messages/NameBook.h"
#include "shell/MainWindow.h"

#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;
using chat::ConversationListModel;
using chat::TimelineModel;

namespace {
constexpr int kTimeoutMs = test::kUiNetTimeoutMs;

QString lastText(const TimelineModel* m) {
    return m->rowCount() ? m->index(m->rowCount() - 1).data(TimelineModel::TextRole).toString()
                         : QString();
}
} // namespace

class TstMessagesPane : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void conversationFromTheOtherSideAppearsAndOpens();
    void typedMessageReachesTheOtherSide();
    void visibleMessageIsMarkedReadAfterTheDelay();
    void searchJumpsToTheMessage();
    void draftIsKeptAcrossConversations();
    void cleanupTestCase();

private:
    QTemporaryDir m_data;
    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<test::UiTestSession> m_session; // 张伟 in the UI
    std::unique_ptr<test::TestClient> m_li;         // 李娜, client core only
    ui::MessagesPane* m_pane = nullptr;
    qint64 m_group = 0;
    qint64 m_zhangId = 0;
};

void TstMessagesPane::initTestCase() {
    QVERIFY(m_data.isValid());
    m_server =
        std::make_unique<test::ServerProcess>(m_data.path(), QStringList{QStringLiteral("--demo")});
    QVERIFY(m_server->start());
    m_session = std::make_unique<test::UiTestSession>();
    QVERIFY(m_session->signIn(m_server->url().toString(), QStringLiteral("zhangwei")));
    m_li = std::make_unique<test::TestClient>();
    QVERIFY(m_li->signIn(m_server->url(), QStringLiteral("lina")));
    ui::MainWindow* window = m_session->mainWindow();
    m_pane = window->messagesPane();
    m_pane->messageView()->setReadDelayMs(300);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    m_zhangId = 1;
}

void TstMessagesPane::conversationFromTheOtherSideAppearsAndOpens() {
    chat::Messenger& li = *m_li->core().messenger();
    QSignalSpy created(&li, &chat::Messenger::conversationCreated);
    li.createGroup(QStringLiteral("防汛值班群"), {m_zhangId});
    QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty(), kTimeoutMs);
    m_group = created.at(0).at(1).toLongLong();
    li.sendText(m_group, QStringLiteral("今晚值班表已发群里，请确认。"));
    ConversationListModel* list = m_pane->conversations();
    QTRY_VERIFY_WITH_TIMEOUT(list->rowOf(m_group) >= 0, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        list->index(list->rowOf(m_group)).data(ConversationListModel::NameRole).toString(),
        QStringLiteral("防汛值班群"), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        list->index(list->rowOf(m_group)).data(ConversationListModel::UnreadRole).toInt(), 1,
        kTimeoutMs);
    auto* view = m_pane->findChild<QListView*>(QStringLiteral("conversationList"));
    QVERIFY(view);
    const QModelIndex row = list->index(list->rowOf(m_group));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
    QCOMPARE(m_pane->currentConversation(), m_group);
    QTRY_COMPARE_WITH_TIMEOUT(lastText(m_pane->timeline()),
                              QStringLiteral("今晚值班表已发群里，请确认。"), kTimeoutMs);
    // The sender's name comes from the directory, not a placeholder.
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->names()->name(m_li->core().account().userId),
                              QStringLiteral("李娜"), kTimeoutMs);
}

void TstMessagesPane::typedMessageReachesTheOtherSide() {
    auto* edit = m_pane->findChild<QPlainTextEdit*>(QStringLiteral("messageEdit"));
    QVERIFY(edit && edit->isEnabled());
    edit->setPlainText(QStringLiteral("收到，已确认。"));
    QTest::keyClick(edit, Qt::Key_Return); // Enter sends
    QVERIFY(edit->toPlainText().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(lastText(m_pane->timeline()), QStringLiteral("收到，已确认。"),
                              kTimeoutMs);
    chat::Messenger& li = *m_li->core().messenger();
    QTRY_VERIFY_WITH_TIMEOUT(!li.latest(m_group, 10).isEmpty() &&
                                 li.latest(m_group, 10).last().message.text ==
                                     QStringLiteral("收到，已确认。"),
                             kTimeoutMs);
}

void TstMessagesPane::visibleMessageIsMarkedReadAfterTheDelay() {
    chat::Messenger& li = *m_li->core().messenger();
    li.sendText(m_group, QStringLiteral("明早八点交班。"));
    QTRY_COMPARE_WITH_TIMEOUT(lastText(m_pane->timeline()), QStringLiteral("明早八点交班。"),
                              kTimeoutMs);
    const qint64 seq = li.latest(m_group, 10).last().message.seq;
    QVERIFY(seq > 0);
    // On screen in the active window for the delay: read, and 李娜 sees her message read.
    QTRY_COMPARE_WITH_TIMEOUT(li.unreadBy(m_group, seq), 0, kTimeoutMs);
    ConversationListModel* list = m_pane->conversations();
    QTRY_COMPARE_WITH_TIMEOUT(
        list->index(list->rowOf(m_group)).data(ConversationListModel::UnreadRole).toInt(), 0,
        kTimeoutMs);
}

void TstMessagesPane::searchJumpsToTheMessage() {
    auto* search = m_pane->findChild<QLineEdit*>(QStringLiteral("messageSearch"));
    QVERIFY(search);
    search->setText(QStringLiteral("值班表"));
    QListWidget* results = m_pane->searchResults();
    QTRY_VERIFY_WITH_TIMEOUT(results->isVisible() && results->count() == 1 &&
                                 results->item(0)->data(Qt::UserRole).toLongLong() == m_group,
                             kTimeoutMs);
    QVERIFY(results->item(0)->text().contains(QStringLiteral("【值班表】")));
    emit results->itemActivated(results->item(0));
    QCOMPARE(m_pane->currentConversation(), m_group);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_pane->timeline()->rowOfSeq(1) >= 0 || m_pane->timeline()->rowCount() > 0, kTimeoutMs);
    bool found = false;
    for (int r = 0; r < m_pane->timeline()->rowCount(); ++r)
        found |= m_pane->timeline()->messageAt(r).message.text.contains(QStringLiteral("值班表"));
    QVERIFY(found);
}

void TstMessagesPane::draftIsKeptAcrossConversations() {
    chat::Messenger& li = *m_li->core().messenger();
    QSignalSpy created(&li, &chat::Messenger::conversationCreated);
    li.createGroup(QStringLiteral("材料报送群"), {m_zhangId});
    QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty(), kTimeoutMs);
    const qint64 other = created.at(0).at(1).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->conversations()->rowOf(other) >= 0, kTimeoutMs);
    m_pane->openConversation(m_group);
    auto* edit = m_pane->findChild<QPlainTextEdit*>(QStringLiteral("messageEdit"));
    edit->setPlainText(QStringLiteral("还没写完的话"));
    m_pane->openConversation(other);
    QVERIFY(edit->toPlainText().isEmpty());
    ConversationListModel* list = m_pane->conversations();
    QTRY_COMPARE_WITH_TIMEOUT(
        list->index(list->rowOf(m_group)).data(ConversationListModel::DraftRole).toString(),
        QStringLiteral("还没写完的话"), kTimeoutMs);
    m_pane->openConversation(m_group);
    QCOMPARE(edit->toPlainText(), QStringLiteral("还没写完的话"));
    // A message in the conversation not being read asks for a desktop notification.
    QSignalSpy notified(m_pane, &ui::MessagesPane::notificationWanted);
    li.sendText(other, QStringLiteral("请查收附件"));
    QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), kTimeoutMs);
    QCOMPARE(notified.at(0).at(0).toLongLong(), other);
    QCOMPARE(notified.at(0).at(1).toString(), QStringLiteral("材料报送群"));
    QVERIFY(notified.at(0).at(2).toString().endsWith(QStringLiteral("请查收附件")));
}

void TstMessagesPane::cleanupTestCase() {
    m_session->stop();
}

QTEST_MAIN(TstMessagesPane)
#include "tst_messages_pane.moc"
