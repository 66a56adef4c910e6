// The Messages pane offscreen, signed in through the shell against a real server, with a second
// user's client core on the other side: a conversation started by the other side appears in the
// list with its name and unread count; opening it shows the messages with names resolved; a
// message typed and sent reaches the other side; the other side's message, visible for the
// read delay in the active window, is marked read (its sender sees it); local search jumps to a
// message; the draft is kept when switching conversations. The composer's "@" list filters the
// members by name or pinyin, offers "@All" to the owner only, and the mention picked travels with
// the message (dropped when its "@Name" was deleted); the emoji grid inserts at the caret; an
// address in a message is a link at its place in the bubble, and a click asks before leaving.
#include "ServerProcess.h"
#include "TestClient.h"
#include "UiTestSession.h"
#include "chat/ConversationListModel.h"
#include "chat/Messenger.h"
#include "chat/TimelineModel.h"
#include "core/ClientCore.h"
#include "messages/BubbleText.h"
#include "messages/Composer.h"
#include "messages/EmojiPicker.h"
#include "messages/LinkFinder.h"
#include "messages/LinkOpener.h"
#include "messages/MentionCompleter.h"
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
#include <QToolButton>

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
    void mentionListFiltersAndTheMentionIsSent();
    void mentionAllIsOfferedToTheOwnerOnly();
    void emojiGridInsertsAtTheCaret();
    void addressInAMessageIsALink();
    void cleanupTestCase();

private:
    QTemporaryDir m_data;
    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<test::UiTestSession> m_session; // 张伟 in the UI
    std::unique_ptr<test::TestClient> m_li;         // 李娜, client core only
    qint64 openNewGroup(const QString& name, const QList<qint64>& members, bool mine);
    QStringList popupRows() const;
    QPlainTextEdit* edit() const;
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

QPlainTextEdit* TstMessagesPane::edit() const {
    return m_pane->findChild<QPlainTextEdit*>(QStringLiteral("messageEdit"));
}

QStringList TstMessagesPane::popupRows() const {
    QStringList rows;
    const QListWidget* popup = m_pane->mentions()->popup();
    if (!popup->isVisible()) return rows;
    for (int i = 0; i < popup->count(); ++i)
        rows << popup->item(i)->text();
    return rows;
}

// A group made by 李娜 (mine = false) or by 张伟 in the UI's own core, opened in the pane once
// the "@" list knows its members.
qint64 TstMessagesPane::openNewGroup(const QString& name, const QList<qint64>& members, bool mine) {
    if (mine) { // through the UI's core, on its thread
        core::ClientCore* core = m_session->core();
        QMetaObject::invokeMethod(
            core, [core, name, members] { core->messenger()->createGroup(name, members); });
    } else {
        m_li->core().messenger()->createGroup(name, members);
    }
    ConversationListModel* list = m_pane->conversations();
    qint64 conv = 0;
    (void)QTest::qWaitFor(
        [&] {
            for (int row = 0; row < list->rowCount() && conv == 0; ++row)
                if (list->index(row).data(ConversationListModel::NameRole).toString() == name)
                    conv = list->index(row).data(ConversationListModel::IdRole).toLongLong();
            return conv > 0;
        },
        kTimeoutMs);
    if (conv == 0) return 0;
    if (!QTest::qWaitFor([&] { return list->rowOf(conv) >= 0; }, kTimeoutMs)) return 0;
    m_pane->openConversation(conv);
    edit()->setFocus();
    // Besides me: the members named (li's groups name me among them), or li in mine.
    const int others = int(members.size());
    if (!QTest::qWaitFor([&] { return m_pane->mentions()->members().size() == others; },
                         kTimeoutMs))
        return 0;
    return conv;
}

void TstMessagesPane::mentionListFiltersAndTheMentionIsSent() {
    const qint64 liId = m_li->core().account().userId;
    const qint64 wangId = 3, shanId = 4; // the demo accounts, in seeding order
    const qint64 conv =
        openNewGroup(QStringLiteral("防汛专班"), {m_zhangId, wangId, shanId}, false);
    QVERIFY(conv > 0);
    QPlainTextEdit* e = edit();
    e->clear();
    // "@" alone: every other member, names from the directory; no "@All" for a plain member.
    QTest::keyClicks(e, QStringLiteral("@"));
    QTRY_COMPARE_WITH_TIMEOUT(popupRows().size(), 3, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(popupRows().contains(QStringLiteral("@王芳")), kTimeoutMs);
    QVERIFY(popupRows().contains(QStringLiteral("@李娜")));
    QVERIFY(!popupRows().contains(QStringLiteral("@张伟"))); // not myself
    QVERIFY(!popupRows().contains(QLatin1Char('@') + ui::MentionCompleter::allLabel()));
    // Filtered by pinyin; Esc closes; nothing matching, nothing shown.
    QTest::keyClicks(e, QStringLiteral("li"));
    QCOMPARE(popupRows(), QStringList{QStringLiteral("@李娜")});
    QTest::keyClick(e, Qt::Key_Escape);
    QVERIFY(popupRows().isEmpty());
    QCOMPARE(e->toPlainText(), QStringLiteral("@li"));
    e->clear();
    QTest::keyClicks(e, QStringLiteral("@qq"));
    QVERIFY(popupRows().isEmpty());
    e->clear();
    // Initials: 单晓明 by "sxm"; Down and Up move, Enter inserts the name and keeps the id.
    QTest::keyClicks(e, QStringLiteral("@sxm"));
    QCOMPARE(popupRows(), QStringList{QStringLiteral("@单晓明")});
    e->clear();
    QTest::keyClicks(e, QStringLiteral("@"));
    QCOMPARE(popupRows().size(), 3);
    const int wangRow = int(popupRows().indexOf(QStringLiteral("@王芳")));
    for (int i = 0; i < wangRow; ++i)
        QTest::keyClick(e, Qt::Key_Down);
    QTest::keyClick(e, Qt::Key_Down);
    QTest::keyClick(e, Qt::Key_Up);
    QTest::keyClick(e, Qt::Key_Return); // chooses, does not send
    QCOMPARE(e->toPlainText(), QStringLiteral("@王芳 "));
    QVERIFY(popupRows().isEmpty());
    e->insertPlainText(QStringLiteral("请核对 ")); // keyClicks types Latin-1 only
    QTest::keyClicks(e, QStringLiteral("@li"));
    QTest::keyClick(e, Qt::Key_Tab);
    QCOMPARE(e->toPlainText(), QStringLiteral("@王芳 请核对 @李娜 "));
    QTest::keyClick(e, Qt::Key_Return); // sends
    QVERIFY(e->toPlainText().isEmpty());
    chat::Messenger& li = *m_li->core().messenger();
    QTRY_VERIFY_WITH_TIMEOUT(!li.latest(conv, 10).isEmpty() &&
                                 li.latest(conv, 10).last().message.sender == m_zhangId,
                             kTimeoutMs);
    chat::Message sent = li.latest(conv, 10).last().message;
    QCOMPARE(sent.text, QStringLiteral("@王芳 请核对 @李娜"));
    QVERIFY(QSet<qint64>(sent.mentions.begin(), sent.mentions.end()) ==
            (QSet<qint64>{wangId, liId}));
    QVERIFY(!sent.mentionAll);
    QTRY_VERIFY_WITH_TIMEOUT(li.conversation(conv)->mentioned, kTimeoutMs);
    // A mention whose "@Name" was deleted before sending is not sent.
    QTest::keyClicks(e, QStringLiteral("@wang"));
    QTest::keyClick(e, Qt::Key_Return);
    QCOMPARE(e->toPlainText(), QStringLiteral("@王芳 "));
    e->selectAll();
    e->insertPlainText(QStringLiteral("算了"));
    QTest::keyClick(e, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(li.latest(conv, 10).last().message.text == QStringLiteral("算了"),
                             kTimeoutMs);
    QVERIFY(li.latest(conv, 10).last().message.mentions.isEmpty());
}

void TstMessagesPane::mentionAllIsOfferedToTheOwnerOnly() {
    const qint64 liId = m_li->core().account().userId;
    const qint64 conv = openNewGroup(QStringLiteral("周报群"), {liId}, true);
    QVERIFY(conv > 0);
    ConversationListModel* list = m_pane->conversations();
    QTRY_VERIFY_WITH_TIMEOUT(
        list->conversationAt(list->rowOf(conv)).role == chat::MemberRole::Owner, kTimeoutMs);
    QPlainTextEdit* e = edit();
    e->clear();
    QTest::keyClicks(e, QStringLiteral("@"));
    const QString all = QLatin1Char('@') + ui::MentionCompleter::allLabel();
    QTRY_COMPARE_WITH_TIMEOUT(popupRows(), (QStringList{all, QStringLiteral("@李娜")}), kTimeoutMs);
    QTest::keyClick(e, Qt::Key_Return);
    QCOMPARE(e->toPlainText(), all + QLatin1Char(' '));
    QTest::keyClicks(e, QStringLiteral("three o'clock"));
    QTest::keyClick(e, Qt::Key_Return);
    chat::Messenger& li = *m_li->core().messenger();
    QTRY_VERIFY_WITH_TIMEOUT(!li.latest(conv, 10).isEmpty() &&
                                 li.latest(conv, 10).last().message.sender == m_zhangId,
                             kTimeoutMs);
    QVERIFY(li.latest(conv, 10).last().message.mentionAll);
    QVERIFY(li.latest(conv, 10).last().message.mentions.isEmpty());
    // In a 1:1 nobody is offered.
    m_pane->openDirect(liId);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->currentConversation() != conv &&
                                 m_pane->mentions()->conversation() ==
                                     m_pane->currentConversation(),
                             kTimeoutMs);
    e->clear();
    QTest::keyClicks(e, QStringLiteral("@"));
    QVERIFY(popupRows().isEmpty());
    e->clear();
}

void TstMessagesPane::emojiGridInsertsAtTheCaret() {
    m_pane->openConversation(m_group);
    QPlainTextEdit* e = edit();
    e->setPlainText(QStringLiteral("好的"));
    e->moveCursor(QTextCursor::Start);
    auto* button = m_pane->findChild<ui::EmojiPicker*>(QStringLiteral("emojiButton"));
    QVERIFY(button);
    QVERIFY(ui::EmojiPicker::emoji().size() >= 40);
    button->click();
    QTRY_VERIFY(button->grid()->isVisible());
    const QList<QToolButton*> cells = button->grid()->findChildren<QToolButton*>();
    QCOMPARE(cells.size(), ui::EmojiPicker::emoji().size());
    cells.at(24)->click(); // 👍
    QVERIFY(!button->grid()->isVisible());
    QCOMPARE(e->toPlainText(), ui::EmojiPicker::emoji().at(24) + QStringLiteral("好的"));
    QCOMPARE(ui::EmojiPicker::emoji().at(24), QStringLiteral("👍"));
    e->clear();
}

void TstMessagesPane::addressInAMessageIsALink() {
    const QString url = QStringLiteral("https://www.gov.cn/zhengce/index.htm");
    const QString text = QStringLiteral("通知见 ") + url + QStringLiteral("。请查阅");
    // Where the address is: the full-width full stop after it is not part of it.
    const QList<ui::TextLink> links = ui::findLinks(text);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links[0].start, 4);
    QCOMPARE(links[0].length, url.size());
    QCOMPARE(links[0].url, QUrl(url));
    QVERIFY(ui::findLinks(QStringLiteral("mail a@b.cn, see (http://x.cn/a).")).at(0).url ==
            QUrl(QStringLiteral("http://x.cn/a")));
    // In the laid-out text: the prefix and the tail are not the link, the address is.
    const QFont font = m_pane->messageView()->font();
    const ui::BubbleText bubble(text, font, 10'000);
    const int mid = bubble.size().height() / 2;
    const QFontMetrics fm(font);
    const int linkX = fm.horizontalAdvance(text.left(4));
    const int tailX = fm.horizontalAdvance(text.left(4 + url.size()));
    QVERIFY(!bubble.linkAt(QPoint(2, mid)));
    QVERIFY(!bubble.linkAt(QPoint(linkX - 3, mid)));
    QVERIFY(bubble.linkAt(QPoint(linkX + 3, mid)) == QUrl(url));
    QVERIFY(bubble.linkAt(QPoint(tailX - 3, mid)) == QUrl(url));
    QVERIFY(!bubble.linkAt(QPoint(tailX + 3, mid)));
    // My name after "@" stands out.
    const ui::BubbleText mention(QStringLiteral("请@张伟 处理"), font, 500,
                                 {QStringLiteral("@张伟")});
    QCOMPARE(mention.mentions(), (QList<QPair<int, int>>{{1, 3}}));

    // In the pane: the message from the other side, clicked on its address.
    chat::Messenger& li = *m_li->core().messenger();
    li.sendText(m_group, text);
    m_pane->openConversation(m_group);
    QTRY_COMPARE_WITH_TIMEOUT(lastText(m_pane->timeline()), text, kTimeoutMs);
    ui::MessageView* view = m_pane->messageView();
    view->scrollToBottom();
    QTest::qWait(50);
    const QRect row =
        view->visualRect(m_pane->timeline()->index(m_pane->timeline()->rowCount() - 1));
    QPoint hit(-1, -1), miss(-1, -1);
    for (int y = row.top(); y <= row.bottom() && hit.x() < 0; y += 2)
        for (int x = row.left(); x <= row.right(); x += 2)
            if (m_pane->links()->linkAt(QPoint(x, y))) {
                hit = QPoint(x, y);
                miss = QPoint(x - 8, y); // inside "通知见 ", left of the address
                break;
            }
    QVERIFY2(hit.x() >= 0, "no link found in the bubble");
    QVERIFY(!m_pane->links()->linkAt(miss));
    QList<QUrl> asked, opened;
    bool allow = false;
    m_pane->links()->confirm = [&](const QUrl& u) {
        asked << u;
        return allow;
    };
    m_pane->links()->open = [&](const QUrl& u) { opened << u; };
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, hit);
    QCOMPARE(asked, QList<QUrl>{QUrl(url)}); // external: asked first, and refused
    QVERIFY(opened.isEmpty());
    allow = true;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, hit);
    QCOMPARE(opened, QList<QUrl>{QUrl(url)});
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, miss);
    QCOMPARE(opened.size(), 1);
    m_pane->links()->setInternalHosts({QStringLiteral("www.gov.cn")});
    asked.clear();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, hit);
    QVERIFY(asked.isEmpty()); // ours: opened without asking
    QCOMPARE(opened.size(), 2);
    m_pane->links()->confirm = [](const QUrl&) { return false; }; // the locals go now
    m_pane->links()->open = [](const QUrl&) {};
}

void TstMessagesPane::cleanupTestCase() {
    m_session->stop();
}

QTEST_MAIN(TstMessagesPane)
#include "tst_messages_pane.moc"
