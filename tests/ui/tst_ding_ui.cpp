// The DING widgets offscreen against a real zhengtong-server (demo accounts, short re-DING
// interval): 张伟 composes DINGs in the composer, choosing 李娜 with the people picker; 李娜's
// banner shows them, flashes, marks them read and stays until each is confirmed; 张伟's status
// view follows delivered, read and confirmed; re-DING rests until the interval has passed; the
// statistics show the figures and a chart per unit. The models run under
// QAbstractItemModelTester (here live, and on their own in tst_ding_models), and the composer
// says its mistakes inline.
#include "ServerProcess.h"
#include "TestClient.h"
#include "UiTestSession.h"
#include "chat/DingService.h"
#include "chat/Messenger.h"
#include "contacts/PeopleModel.h"
#include "contacts/PeoplePicker.h"
#include "contacts/PickedList.h"
#include "ding/DingBanner.h"
#include "ding/DingCenter.h"
#include "ding/DingComposer.h"
#include "ding/DingRecipientsModel.h"
#include "ding/DingReportModel.h"
#include "ding/DingSentModel.h"
#include "ding/DingStatsView.h"
#include "ding/DingStatusView.h"
#include "ding/DingUnitChart.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace zt;
using test::kUiNetTimeoutMs;

namespace {
constexpr int kRedoMs = 5'000; // the server's --ding-redo-ms here
} // namespace

class TstDingUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void composerSaysMistakesInline();
    void dingFlow();
    void dingThisMessage();
    void dingWithAttachment();

private:
    contacts::PersonInfo pickLina(ui::DingComposer* composer);
    void compose(ui::DingCenter* center, const QString& text);

    QTemporaryDir m_serverData;
    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<test::UiTestSession> m_sender; // 张伟, through the shell
    std::unique_ptr<test::TestClient> m_lina;      // 李娜, a client core on this thread
    qint64 m_linaId = 0;
};

void TstDingUi::initTestCase() {
    QVERIFY(m_serverData.isValid());
    m_server = std::make_unique<test::ServerProcess>(
        m_serverData.path(),
        QStringList{QStringLiteral("--ding-redo-ms"), QString::number(kRedoMs)});
    QVERIFY(m_server->start());
    m_sender = std::make_unique<test::UiTestSession>();
    QVERIFY(m_sender->signIn(m_server->url().toString(), QStringLiteral("zhangwei")));
    m_lina = std::make_unique<test::TestClient>();
    QVERIFY(m_lina->signIn(m_server->url(), QStringLiteral("lina")));
    m_linaId = m_lina->core().account().userId;
    QVERIFY(m_linaId > 0);
}

void TstDingUi::cleanupTestCase() {
    m_sender.reset();
    m_lina.reset();
    m_server.reset();
}

void TstDingUi::composerSaysMistakesInline() {
    ui::DingComposer composer(m_sender->core(), 1);
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    QCOMPARE(test::unnamedFocusableControls(&composer).join(QLatin1Char(',')), QString());
    composer.sendButton()->click();
    QVERIFY(composer.isVisible());
    QCOMPARE(composer.errorLabel()->text(), QStringLiteral("Choose at least one recipient."));
    ui::PickerSelection chosen;
    contacts::PersonInfo lina;
    lina.id = 100;
    lina.userId = m_linaId;
    lina.name = QStringLiteral("李娜");
    contacts::PersonInfo noAccount;
    noAccount.id = 101;
    noAccount.name = QStringLiteral("王五");
    chosen.people = {lina, noAccount};
    composer.setRecipients(chosen);
    QCOMPARE(composer.recipients(), QList<qint64>{m_linaId});
    QVERIFY(composer.recipientsLabel()->text().contains(QStringLiteral("without an account")));
    composer.sendButton()->click();
    QCOMPARE(composer.errorLabel()->text(),
             QStringLiteral("Write what the recipients must confirm."));
    composer.setText(QString(ui::DingComposer::kMaxText + 1, QLatin1Char('x')));
    QCOMPARE(composer.counterLabel()->text(), QStringLiteral("5001 / 5000"));
    composer.sendButton()->click();
    QCOMPARE(composer.errorLabel()->text(),
             QStringLiteral("The text is too long: at most 5000 characters."));
    composer.setText(QStringLiteral("明早8点到岗"));
    composer.setSendAt(QDateTime::currentDateTime().addSecs(-60));
    composer.sendButton()->click();
    QCOMPARE(composer.errorLabel()->text(),
             QStringLiteral("Choose a time in the future to send the DING later."));
    QVERIFY(composer.errorLabel()->isVisible() && composer.isVisible()); // nothing was sent
    test::screenshot(&composer, "ding_composer");
    composer.setSendAt({});
    QCOMPARE(composer.validationError(), QString());
    composer.setAttachment(QStringLiteral("/nonexistent/名单.xlsx"));
    QCOMPARE(composer.validationError(), QStringLiteral("The attached file cannot be read."));
    composer.setAttachment({});
    QCOMPARE(composer.validationError(), QString());
}

// A DING with its one attachment, from the composer to 李娜's client with the file's name.
void TstDingUi::dingWithAttachment() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("值班安排.pdf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QByteArray(300'000, 'p')) == 300'000);
    f.close();
    ui::DingComposer composer(m_sender->core(), 1);
    ui::PickerSelection chosen;
    contacts::PersonInfo lina;
    lina.id = 100;
    lina.userId = m_linaId;
    lina.name = QStringLiteral("李娜");
    chosen.people = {lina};
    composer.setRecipients(chosen);
    composer.setText(QStringLiteral("请查收值班安排"));
    composer.setAttachment(path);
    QSignalSpy queued(&composer, &ui::DingComposer::queued);
    composer.sendButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!queued.isEmpty(), kUiNetTimeoutMs);
    QVERIFY(!queued.first().first().toString().isEmpty());
    chat::DingService& dings = *m_lina->core().dings();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const chat::Ding& d : dings.unconfirmed())
                if (d.attachmentFile.name == QStringLiteral("值班安排.pdf")) return true;
            return false;
        }(),
        kUiNetTimeoutMs);
}

// Searches the picker for 李娜 and adds her demo account, as a user would.
contacts::PersonInfo TstDingUi::pickLina(ui::DingComposer* composer) {
    composer->chooseButton()->click();
    ui::PeoplePicker* picker = composer->picker();
    if (!picker) return {};
    QAbstractItemModelTester tester(picker->picked(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (!QTest::qWaitFor([&] { return picker->isAttached(); }, kUiNetTimeoutMs)) return {};
    QTest::keyClicks(picker->searchBox(), QStringLiteral("lina"));
    if (!QTest::qWaitFor([&] { return picker->results()->serverAnswered(); }, kUiNetTimeoutMs))
        return {};
    contacts::PersonInfo found;
    for (int row = 0; row < picker->results()->rowCount(); ++row)
        if (picker->results()->personAt(row).userId == m_linaId)
            found = picker->results()->personAt(row);
    if (found.userId == 0) return {};
    picker->picked()->addPerson(found);
    picker->okButton()->click();
    return found;
}

void TstDingUi::compose(ui::DingCenter* center, const QString& text) {
    center->newButton()->click();
    QPointer<ui::DingComposer> composer = center->composer();
    QVERIFY(composer);
    QVERIFY(composer->isVisible());
    QVERIFY(!composer->fromMessage());
    const contacts::PersonInfo lina = pickLina(composer);
    QCOMPARE(lina.userId, m_linaId);
    QCOMPARE(composer->recipients(), QList<qint64>{m_linaId});
    QVERIFY(composer->recipientsLabel()->text().contains(lina.name));
    composer->textEdit()->setPlainText(text);
    composer->sendButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!composer || !composer->isVisible(), kUiNetTimeoutMs);
}

void TstDingUi::dingFlow() {
    ui::DingCenter center(m_sender->core());
    center.setRedoIntervalMs(kRedoMs);
    center.setNameOf(
        [this](qint64 id) { return id == m_linaId ? QStringLiteral("李娜") : QString(); });
    QAbstractItemModelTester sentTester(center.sentModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester statusTester(center.statusView()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester statsTester(center.statsView()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    center.resize(1000, 700);
    center.show();
    center.attach();
    QTRY_VERIFY_WITH_TIMEOUT(center.isAttached(), kUiNetTimeoutMs);
    QVERIFY(center.isEnabled());
    QCOMPARE(test::unnamedFocusableControls(&center).join(QLatin1Char(',')), QString());

    ui::DingBanner banner(&m_lina->core());
    banner.setNameOf([](qint64) { return QStringLiteral("张伟"); });
    QSignalSpy attention(&banner, &ui::DingBanner::attentionNeeded);
    banner.resize(900, 80);
    banner.attach();
    QTest::qWait(200);
    QVERIFY(!banner.isVisible()); // nothing to confirm yet

    // 张伟 composes the first DING; it is listed, taken by the server, and shown with its status.
    const QString first = QStringLiteral("请于今天17点前报送防汛值班表");
    compose(&center, first);
    QTRY_VERIFY_WITH_TIMEOUT(center.shownDing() > 0, kUiNetTimeoutMs);
    ui::DingStatusView* status = center.statusView();
    QCOMPARE(status->textLabel()->text(), first);
    QCOMPARE(center.sentModel()->rowCount(), 1);

    // 李娜's banner shows it, asks for attention and marks it read; 张伟 sees it delivered, read.
    QTRY_VERIFY_WITH_TIMEOUT(banner.isVisible(), kUiNetTimeoutMs);
    QCOMPARE(banner.textLabel()->text(), QStringLiteral("DING from 张伟: %1").arg(first));
    QVERIFY(!banner.timeLabel()->text().isEmpty());
    QVERIFY(!banner.moreLabel()->isVisible());
    QCOMPARE(attention.count(), 1);
    QCOMPARE(test::unnamedFocusableControls(&banner).join(QLatin1Char(',')), QString());
    QTRY_COMPARE_WITH_TIMEOUT(status->model()->delivered(), 1, kUiNetTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(status->model()->read(), 1, kUiNetTimeoutMs);
    QCOMPARE(status->model()->confirmed(), 0);
    QCOMPARE(status->countsLabel()->text(),
             QStringLiteral("Confirmed 0/1 · Delivered 1/1 · Read 1/1"));
    QCOMPARE(status->model()->index(0, 0).data().toString(), QStringLiteral("李娜"));
    using Col = ui::DingRecipientsModel::Column;
    const auto cell = [status](Col c) { return status->model()->index(0, c).data().toString(); };
    QVERIFY(!cell(Col::DeliveredColumn).isEmpty());
    QVERIFY(cell(Col::ConfirmedColumn).isEmpty());
    test::screenshot(&center, "ding_status");

    // Re-DING rests until the interval has passed, then reminds her: a new round, a new flash.
    QVERIFY(!status->redoButton()->isEnabled());
    QVERIFY(status->redoButton()->toolTip().contains(QStringLiteral("You can re-DING from")));
    QTRY_VERIFY_WITH_TIMEOUT(status->redoButton()->isEnabled(), kRedoMs + 5'000);
    status->redoButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(attention.count(), 2, kUiNetTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(banner.timeLabel()->text().contains(QStringLiteral("reminder 1")),
                             kUiNetTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(status->ding().round, 1, kUiNetTimeoutMs);
    QVERIFY(status->sentLabel()->text().contains(QStringLiteral("reminded 1 times")));
    QVERIFY(!status->redoButton()->isEnabled());   // the interval starts again
    emit status->redoRequested(status->ding().id); // too soon: the server's refusal is shown
    QTRY_VERIFY_WITH_TIMEOUT(center.noticeLabel()->isVisible(), kUiNetTimeoutMs);
    QCOMPARE(center.noticeLabel()->text(),
             QStringLiteral("A DING can be sent again at most every 5 minutes."));
    QCOMPARE(status->messageLabel()->text(), center.noticeLabel()->text());

    // A second DING waits behind the first: "1 more waiting".
    const QString second = QStringLiteral("明早8点到岗");
    compose(&center, second);
    QTRY_COMPARE_WITH_TIMEOUT(banner.alerts().size(), 2, kUiNetTimeoutMs);
    QVERIFY(banner.moreLabel()->isVisible());
    QCOMPARE(banner.moreLabel()->text(), QStringLiteral("1 more waiting"));
    QCOMPARE(banner.textLabel()->text(), QStringLiteral("DING from 张伟: %1").arg(first));
    test::screenshot(&banner, "ding_banner");

    // The banner stays until confirmed: one DING after the other.
    QTest::qWait(500);
    QVERIFY(banner.isVisible());
    banner.confirmButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(banner.alerts().size(), 1, kUiNetTimeoutMs);
    QVERIFY(banner.isVisible());
    QCOMPARE(banner.textLabel()->text(), QStringLiteral("DING from 张伟: %1").arg(second));
    QVERIFY(!banner.moreLabel()->isVisible());
    banner.confirmButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!banner.isVisible(), kUiNetTimeoutMs);

    // 张伟 sees both confirmed; re-DING has nobody left to remind.
    QTRY_COMPARE_WITH_TIMEOUT(status->model()->confirmed(), 1, kUiNetTimeoutMs);
    QCOMPARE(status->textLabel()->text(), second);
    QCOMPARE(status->countsLabel()->text(),
             QStringLiteral("Confirmed 1/1 · Delivered 1/1 · Read 1/1"));
    QVERIFY(!status->redoButton()->isEnabled());
    QCOMPARE(center.sentModel()->rowCount(), 2);
    center.sentView()->setCurrentIndex(center.sentModel()->index(1, 0)); // the first DING
    QTRY_COMPARE_WITH_TIMEOUT(status->textLabel()->text(), first, kUiNetTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(status->model()->confirmed(), 1, kUiNetTimeoutMs);

    // Statistics of the last 7 days: two DINGs to one person each, all there and confirmed.
    ui::DingStatsView* stats = center.statsView();
    center.showStatistics();
    QTRY_COMPARE_WITH_TIMEOUT(stats->report().dings.size(), 2, kUiNetTimeoutMs);
    QCOMPARE(stats->recipientsLabel()->text(), QStringLiteral("2"));
    QCOMPARE(stats->arrivalLabel()->text(), QStringLiteral("100.0%"));
    QCOMPARE(stats->confirmationLabel()->text(), QStringLiteral("100.0%"));
    QVERIFY2(stats->handlingLabel()->text().endsWith(QStringLiteral(" s")) ||
                 stats->handlingLabel()->text().endsWith(QStringLiteral(" min")),
             qPrintable(stats->handlingLabel()->text()));
    QCOMPARE(stats->model()->rowCount(), 2);
    QCOMPARE(stats->table()->model()->rowCount(), 2);
    QCOMPARE(stats->chart()->series()->count(), 2); // arrival and confirmation
    QVERIFY(!stats->report().units.isEmpty());
    QCOMPARE(stats->chart()->series()->barSets().at(0)->count(), int(stats->report().units.size()));
    QCOMPARE(stats->chart()->series()->barSets().at(1)->at(0), 100.0);
    test::screenshot(&center, "ding_stats");

    // A custom period before any DING: nothing.
    const QDate longAgo = QDate::currentDate().addYears(-1);
    stats->setCustomRange(longAgo, longAgo.addDays(1));
    stats->refreshButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(stats->report().dings.isEmpty() && stats->report().fromMs > 0,
                             kUiNetTimeoutMs);
    QCOMPARE(stats->recipientsLabel()->text(), QStringLiteral("0"));
    QVERIFY(stats->messageLabel()->isVisible());

    // A DING for an hour from now waits on the server: listed as scheduled, nobody to remind.
    center.newButton()->click();
    QPointer<ui::DingComposer> later = center.composer();
    QVERIFY(later);
    contacts::PersonInfo lina;
    lina.id = 1;
    lina.userId = m_linaId;
    lina.name = QStringLiteral("李娜");
    later->setRecipients({{lina}, {}});
    later->setText(QStringLiteral("周五下班前提交总结"));
    later->setSendAt(QDateTime::currentDateTime().addSecs(3600));
    later->sendButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!later || !later->isVisible(), kUiNetTimeoutMs);
    QCOMPARE(center.tabs()->currentIndex(), 0); // back to the list, the new DING chosen
    // The list first shows the earlier DING until the new one is settled and chosen: wait for it.
    QTRY_VERIFY2_WITH_TIMEOUT(
        center.shownDing() > 0 && status->ding().dueMs > 0 &&
            status->sentLabel()->text().startsWith(QStringLiteral("Scheduled for")),
        qPrintable(status->sentLabel()->text()), kUiNetTimeoutMs);
    QVERIFY(!status->redoButton()->isEnabled());
    QTest::qWait(300);
    QVERIFY(!banner.isVisible()); // not before its time
}

// 李娜 DINGs her own message in a direct chat with 张伟: the composer in message mode names no
// recipients (the server takes the conversation's members) and needs no text; 张伟's banner,
// on his client core's own thread, shows it with the message's text until he confirms.
void TstDingUi::dingThisMessage() {
    chat::Messenger* messenger = m_lina->core().messenger();
    QVERIFY(messenger);
    const qint64 zhangwei = m_sender->core()->account().userId; // set once, at sign-in
    QSignalSpy direct(messenger, &chat::Messenger::directReady);
    messenger->openDirect(zhangwei);
    QTRY_VERIFY_WITH_TIMEOUT(!direct.isEmpty(), kUiNetTimeoutMs);
    const qint64 conv = direct.first().at(1).toLongLong();
    QVERIFY(conv > 0);
    const QString text = QStringLiteral("下午3点在302会议室开会");
    messenger->sendText(conv, text);
    qint64 seq = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const chat::StoredMessage& m : messenger->latest(conv, 10))
                if (m.message.text == text && m.message.seq > 0) seq = m.message.seq;
            return seq > 0;
        }(),
        kUiNetTimeoutMs);

    ui::DingBanner banner(m_sender->core());
    banner.setNameOf([](qint64) { return QStringLiteral("李娜"); });
    banner.attach();
    ui::DingComposer composer(&m_lina->core(), ui::DingComposer::MessageRef{conv, seq, text});
    composer.show();
    QVERIFY(composer.fromMessage());
    QVERIFY(!composer.chooseButton());
    QCOMPARE(composer.validationError(), QString()); // the message's text stands in
    composer.sendButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!composer.isVisible(), kUiNetTimeoutMs);
    QVERIFY(!composer.queuedCid().isEmpty());

    QTRY_VERIFY_WITH_TIMEOUT(banner.isVisible(), kUiNetTimeoutMs);
    QCOMPARE(banner.textLabel()->text(), QStringLiteral("DING from 李娜: %1").arg(text));
    QCOMPARE(banner.alerts().value(0).conv, conv);
    QSignalSpy open(&banner, &ui::DingBanner::openRequested);
    banner.openButton()->click();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().at(0).value<chat::Ding>().seq, seq);
    QVERIFY(banner.isVisible()); // opening is not confirming
    banner.confirmButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!banner.isVisible(), kUiNetTimeoutMs);
}

QTEST_MAIN(TstDingUi)
#include "tst_ding_ui.moc"
