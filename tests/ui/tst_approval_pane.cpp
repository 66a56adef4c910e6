// The approval pane offscreen. On its own: the inbox model under QAbstractItemModelTester, the
// rules that decide which actions are offered, and the action dialog's checks. Against a real
// zhengtong-server with the demo documents, signed in as 张伟: the four inbox views with their
// counts, a document opened with its metadata, steps and a timeline of verified signatures, the
// PDF body, approving through the pane's dialog (queued, then accepted: the timeline grows) and
// an approval signed offline that the server refuses, shown as an inline notice.
#include "ServerProcess.h"
#include "TestClient.h"
#include "UiTestSession.h"
#include "approval/ActionDialog.h"
#include "approval/ApprovalInboxModel.h"
#include "approval/ApprovalNotice.h"
#include "approval/ApprovalPane.h"
#include "approval/ApprovalRules.h"
#include "approval/ApprovalService.h"
#include "approval/ApprovalTexts.h"
#include "approval/ApprovalTimeline.h"
#include "approval/DocumentActionBar.h"
#include "approval/DocumentSidePanel.h"
#include "approval/PdfViewer.h"
#include "shell/ConnectionIndicator.h"
#include "shell/MainWindow.h"
#include "shell/NavigationRail.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <vector>

using namespace zt;
using approval::ActionKind;
using approval::View;
using Status = core::ClientCore::Status;

namespace {

constexpr int kNetTimeoutMs = 30'000;
const QString kQuarterly = QStringLiteral("关于报送第四季度重点工作进展的通知"); // waits for 张伟
const QString kSecurity = QStringLiteral("关于开展2026年度网络安全检查工作的通知"); // his draft
const QString kLayout = QStringLiteral("关于印发《政务公文排版规范》的通知");       // distributed

approval::Summary summary(qint64 id, const QString& title) {
    approval::Summary s;
    s.id = id;
    s.title = title;
    s.docNumber = QStringLiteral("浙政办发〔2026〕%1号").arg(id);
    s.issuingUnit = QStringLiteral("浙江省人民政府办公厅");
    s.updatedMs = 1'790'000'000'000 + id;
    return s;
}

// A document in its checking step (index 1) waiting for user 2; drafted by user 1.
approval::DocumentView checkingView() {
    approval::DocumentView v;
    v.detail.summary = summary(9, QStringLiteral("测试"));
    v.detail.summary.drafter = 1;
    v.detail.summary.currentStep = 1;
    approval::StepStatus drafting;
    drafting.def = {approval::StepKind::Drafting, approval::StepMode::Sequential, {1}};
    drafting.status = QStringLiteral("done");
    approval::StepStatus checking;
    checking.def = {approval::StepKind::Checking, approval::StepMode::Sequential, {2}};
    checking.status = QStringLiteral("active");
    v.detail.steps = {drafting, checking};
    v.detail.pending = {2};
    approval::RecordedAction drafted;
    drafted.seq = 1;
    drafted.signedAction.actorUserId = 1;
    drafted.signedAction.action = QStringLiteral("approve");
    drafted.signedAction.step = QStringLiteral("0");
    v.detail.actions = {drafted};
    v.verdicts = {crypto::ActionProblem::None};
    v.chainOk = true;
    return v;
}

// The actions offered, in English, in order: "Approve Reject …".
QString actions(const QList<ActionKind>& kinds) {
    QStringList names;
    for (const ActionKind kind : kinds)
        names << ui::ApprovalTexts::action(kind);
    return names.join(QLatin1Char(' '));
}

int rowOfTitle(const ui::ApprovalInboxModel* model, const QString& title) {
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->summaryAt(row).title == title) return row;
    return -1;
}

} // namespace

class TstApprovalPane : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void inboxModel();
    void offeredActions();
    void actionDialogChecks();
    void paneFlow();

private:
    void inboxViews(ui::ApprovalPane* pane);
    void openDraft(ui::ApprovalPane* pane);
    void conflictAfterOffline(test::UiTestSession& session, ui::ApprovalPane* pane);
    void approveOnline(ui::ApprovalPane* pane);
    bool act(ui::ApprovalPane* pane, ActionKind kind, const QString& opinion);

    QTemporaryDir m_serverData;
    std::unique_ptr<test::ServerProcess> m_server;
    QString m_url;
};

void TstApprovalPane::initTestCase() {
    QVERIFY(m_serverData.isValid());
    m_server = std::make_unique<test::ServerProcess>(m_serverData.path());
    QVERIFY(m_server->start()); // --demo: the four approval documents exist before it listens
    m_url = m_server->url().toString();
}

void TstApprovalPane::cleanupTestCase() {
    m_server.reset();
}

void TstApprovalPane::inboxModel() {
    ui::ApprovalInboxModel model(View::Done);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    approval::ListResult result;
    result.items = {summary(1, QStringLiteral("一")), summary(2, QStringLiteral("二"))};
    result.items[1].securityLevel = approval::SecurityLevel::Confidential;
    result.items[1].urgency = approval::Urgency::Immediate;
    result.total = 2;
    result.counts = {3, 2, 0, 1};
    model.setResult(result, false);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.serverAnswered());
    const QModelIndex second = model.index(1);
    QCOMPARE(second.data(ui::ApprovalInboxModel::IdRole).toLongLong(), 2);
    QCOMPARE(second.data(ui::ApprovalInboxModel::TitleRole).toString(), QStringLiteral("二"));
    QCOMPARE(second.data(ui::ApprovalInboxModel::DocNumberRole).toString(),
             QStringLiteral("浙政办发〔2026〕2号"));
    QCOMPARE(second.data(ui::ApprovalInboxModel::SecurityLevelTextRole).toString(),
             QStringLiteral("Confidential"));
    QCOMPARE(second.data(ui::ApprovalInboxModel::UrgencyTextRole).toString(),
             QStringLiteral("Immediate"));
    QCOMPARE(second.data(ui::ApprovalInboxModel::StateTextRole).toString(),
             QStringLiteral("In progress"));
    QVERIFY(second.data().toString().startsWith(QStringLiteral("二\n浙政办发〔2026〕2号")));
    QVERIFY(second.data(ui::ApprovalInboxModel::UpdatedRole).toDateTime().isValid());
    QCOMPARE(model.rowOf(2), 1);
    QCOMPARE(model.rowOf(5), -1);
    QCOMPARE(model.counts()[int(View::Todo)], 3);
    QVERIFY(model.roleNames().contains(ui::ApprovalInboxModel::DocNumberRole));

    result.items.removeFirst();
    model.setResult(result, true);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.serverAnswered());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.counts()[int(View::Todo)], 0);
}

void TstApprovalPane::offeredActions() {
    approval::DocumentView v = checkingView();
    // The assignee whose turn it is: every decision, and a comment.
    QCOMPARE(actions(ui::ApprovalRules::allowed(v, 2)),
             QStringLiteral("Approve Reject Return Delegate Comment"));
    // The drafter, while nobody else has acted: withdraw and comment.
    QCOMPARE(actions(ui::ApprovalRules::allowed(v, 1)), QStringLiteral("Withdraw Comment"));
    QCOMPARE(actions(ui::ApprovalRules::allowed(v, 7)), QString()); // not on the workflow
    // Someone else approved: no more withdrawing.
    approval::RecordedAction other = v.detail.actions.front();
    other.signedAction.actorUserId = 2;
    v.detail.actions.append(other);
    QCOMPARE(actions(ui::ApprovalRules::allowed(v, 1)), QStringLiteral("Comment"));
    // An own decision still waiting to be sent: no second one.
    v = checkingView();
    approval::ActArgs pending;
    pending.verb.kind = ActionKind::Approve;
    v.pending = {pending};
    QCOMPARE(actions(ui::ApprovalRules::allowed(v, 2)), QStringLiteral("Comment"));
    // A finished document takes nothing.
    v = checkingView();
    v.detail.summary.state = approval::DocState::Completed;
    QCOMPARE(actions(ui::ApprovalRules::allowed(v, 2)), QString());
}

void TstApprovalPane::actionDialogChecks() {
    const approval::DocumentView v = checkingView();
    {
        ui::ActionDialog approve(ActionKind::Approve, v, nullptr, 2);
        QVERIFY(approve.okButton()->isEnabled()); // an opinion is optional
        QCOMPARE(approve.okButton()->text(), QStringLiteral("Approve"));
    }
    {
        ui::ActionDialog reject(ActionKind::Reject, v, nullptr, 2);
        QVERIFY(!reject.okButton()->isEnabled()); // required
        QSignalSpy submitted(&reject, &ui::ActionDialog::submitted);
        reject.accept(); // Enter does not bypass it
        QCOMPARE(submitted.count(), 0);
        reject.opinionEdit()->setPlainText(QStringLiteral("   "));
        QVERIFY(!reject.okButton()->isEnabled());
        reject.opinionEdit()->setPlainText(QStringLiteral("不同意。"));
        QVERIFY(reject.okButton()->isEnabled());
        reject.opinionEdit()->setPlainText(QString(approval::kMaxOpinion + 1, QLatin1Char('x')));
        QVERIFY(!reject.okButton()->isEnabled());
        QVERIFY(!reject.findChild<QLabel*>(QStringLiteral("actionError"))->text().isEmpty());
        reject.opinionEdit()->setPlainText(QStringLiteral("不同意。"));
        reject.okButton()->click();
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(submitted.at(0).at(0).toLongLong(), 9);
        QVERIFY(submitted.at(0).at(1).value<ActionKind>() == ActionKind::Reject);
        QCOMPARE(submitted.at(0).at(2).toString(), QStringLiteral("不同意。"));
    }
    {
        ui::ActionDialog back(ActionKind::Return, v, nullptr, 2);
        QCOMPARE(back.stepBox()->count(), 1); // only the steps before the current one
        QCOMPARE(back.stepBox()->currentText(), QStringLiteral("1 · Drafting"));
        QCOMPARE(back.target(), 0);
        back.opinionEdit()->setPlainText(QStringLiteral("请修改。"));
        QVERIFY(back.okButton()->isEnabled());
    }
    {
        ui::ActionDialog delegate(ActionKind::Delegate, v, nullptr, 2);
        QVERIFY(delegate.chooseButton());
        QVERIFY(!delegate.okButton()->isEnabled()); // nobody chosen yet
        delegate.setDelegate(5, QStringLiteral("曾丽"));
        QVERIFY(delegate.okButton()->isEnabled());
        QCOMPARE(delegate.target(), 5);
    }
}

// The demo documents as 张伟 sees them (server/approval/ApprovalDemoSeeder.cpp).
void TstApprovalPane::inboxViews(ui::ApprovalPane* pane) {
    ui::ApprovalInboxModel* todo = pane->model(View::Todo);
    QTRY_VERIFY_WITH_TIMEOUT(todo->serverAnswered(), kNetTimeoutMs);
    QCOMPARE(todo->rowCount(), 1);
    QCOMPARE(todo->summaryAt(0).title, kQuarterly);
    QCOMPARE(pane->inboxView()->model(), todo);
    QCOMPARE(pane->viewList()->item(int(View::Todo))->text(), QStringLiteral("To do (1)"));
    for (const View view : {View::Done, View::Drafted, View::Distributed})
        QTRY_VERIFY_WITH_TIMEOUT(pane->model(view)->serverAnswered(), kNetTimeoutMs);
    QVERIFY(rowOfTitle(pane->model(View::Drafted), kSecurity) >= 0);
    QVERIFY(rowOfTitle(pane->model(View::Distributed), kLayout) >= 0);
    QVERIFY(rowOfTitle(pane->model(View::Done), kLayout) >= 0); // he checked it
    pane->setCurrentView(View::Drafted);
    QCOMPARE(pane->inboxView()->model(), pane->model(View::Drafted));
    QCOMPARE(pane->viewList()->item(int(View::Drafted))->text(),
             QStringLiteral("Drafted by me (%1)").arg(pane->model(View::Drafted)->rowCount()));
}

// His own draft, now in countersign: metadata, five steps, three verified approvals, the PDF.
void TstApprovalPane::openDraft(ui::ApprovalPane* pane) {
    ui::ApprovalInboxModel* drafted = pane->model(View::Drafted);
    const int row = rowOfTitle(drafted, kSecurity);
    emit pane->inboxView()->activated(drafted->index(row));
    const qint64 doc = drafted->summaryAt(row).id;
    QCOMPARE(pane->openedDocument(), doc);
    QTRY_VERIFY2_WITH_TIMEOUT(pane->documentView().fromServer,
                              qPrintable(pane->notice()->text() + pane->bodyStatus()->text()),
                              kNetTimeoutMs);
    ui::DocumentSidePanel* side = pane->sidePanel();
    QCOMPARE(side->field(QStringLiteral("metaTitle")), kSecurity);
    QCOMPARE(side->field(QStringLiteral("metaNumber")), QStringLiteral("浙政办发〔2026〕12号"));
    QCOMPARE(side->field(QStringLiteral("metaUnit")), QStringLiteral("浙江省人民政府办公厅"));
    QCOMPARE(side->field(QStringLiteral("metaLevel")), QStringLiteral("Internal"));
    QCOMPARE(side->field(QStringLiteral("metaUrgency")), QStringLiteral("Urgent"));
    QCOMPARE(side->field(QStringLiteral("metaState")), QStringLiteral("In progress"));
    QVERIFY(!side->field(QStringLiteral("metaDrafter")).isEmpty());
    QVERIFY(!side->field(QStringLiteral("metaCreated")).isEmpty());
    QCOMPARE(side->stepsView()->topLevelItemCount(), 5);
    QCOMPARE(side->stepsView()->topLevelItem(2)->text(2), QStringLiteral("in progress"));
    QVERIFY(side->chainLabel()->text().startsWith(QStringLiteral("✔")));
    ui::ApprovalTimeline* timeline = side->timeline();
    QCOMPARE(timeline->recordedCount(), 3);
    QCOMPARE(timeline->pendingCount(), 0);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(timeline->topLevelItem(i)->text(ui::ApprovalTimeline::SignatureColumn),
                 QStringLiteral("✔"));
    QCOMPARE(timeline->topLevelItem(1)->text(ui::ApprovalTimeline::OpinionColumn),
             QStringLiteral("已核，文字规范，同意报签。"));
    QCOMPARE(timeline->topLevelItem(0)->text(ui::ApprovalTimeline::WhoColumn),
             QStringLiteral("张伟"));
    // 李娜 works in his county: her name comes from the local copy of the directory.
    QTRY_COMPARE_WITH_TIMEOUT(timeline->topLevelItem(1)->text(ui::ApprovalTimeline::WhoColumn),
                              QStringLiteral("李娜"), kNetTimeoutMs);
    QVERIFY(side->findChild<QLabel*>(QStringLiteral("noAttachments"))->isVisible());
    QCOMPARE(side->attachmentsView()->count(), 0);
    // Others have acted and it is not his turn: only a comment is possible.
    QCOMPARE(actions(pane->actionBar()->allowed()), QStringLiteral("Comment"));
    QVERIFY(!pane->actionBar()->button(ActionKind::Approve)->isEnabled());
    QVERIFY(!pane->actionBar()->button(ActionKind::Withdraw)->isEnabled());

    QTRY_VERIFY_WITH_TIMEOUT(pane->viewer()->isLoaded(), kNetTimeoutMs);
    QVERIFY(pane->viewer()->pageCount() > 1);
    QVERIFY(pane->viewer()->isCopyAllowed()); // 内部: copying allowed
    QVERIFY(pane->viewer()->watermark().contains(QStringLiteral("zhangwei")));
    QVERIFY(pane->offlineBox()->isEnabled());
    pane->offlineBox()->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        pane->documentView().availableOffline || pane->offlineBox()->isChecked(), kNetTimeoutMs);
    QVERIFY(pane->viewer()->isLoaded()); // kept: the page the reader was on does not jump
}

// Starts an action with the pane's button and fills its dialog as a user would.
bool TstApprovalPane::act(ui::ApprovalPane* pane, ActionKind kind, const QString& opinion) {
    QPushButton* button = pane->actionBar()->button(kind);
    if (!button->isEnabled()) return false;
    button->click();
    QPointer<ui::ActionDialog> dialog = pane->actionDialog();
    if (!dialog || !dialog->isVisible() || dialog->kind() != kind) return false;
    // Typed as an input method would (QTest::keyClicks sends Latin-1 only).
    dialog->opinionEdit()->setFocus(Qt::OtherFocusReason);
    dialog->opinionEdit()->insertPlainText(opinion);
    if (!dialog->okButton()->isEnabled()) return false;
    dialog->okButton()->click();
    return !dialog || !dialog->isVisible();
}

// 张伟 approves offline; meanwhile 曾丽 comments, so his signature covers an old head. Back
// online, the server refuses it and the pane says so, then shows the document as it is now.
void TstApprovalPane::conflictAfterOffline(test::UiTestSession& session, ui::ApprovalPane* pane) {
    pane->setCurrentView(View::Todo);
    ui::ApprovalInboxModel* todo = pane->model(View::Todo);
    emit pane->inboxView()->clicked(todo->index(rowOfTitle(todo, kQuarterly)));
    const qint64 doc = pane->openedDocument();
    QTRY_VERIFY_WITH_TIMEOUT(pane->documentView().fromServer &&
                                 pane->documentView().detail.summary.id == doc,
                             kNetTimeoutMs);
    ui::ApprovalTimeline* timeline = pane->sidePanel()->timeline();
    QCOMPARE(timeline->recordedCount(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(timeline->topLevelItem(i)->text(ui::ApprovalTimeline::SignatureColumn),
                 QStringLiteral("✔"));
    QCOMPARE(timeline->topLevelItem(1)->text(ui::ApprovalTimeline::ActionColumn),
             QStringLiteral("Return to 1 · Drafting"));
    QCOMPARE(actions(pane->actionBar()->allowed()),
             QStringLiteral("Approve Reject Return Delegate Comment"));

    core::ClientCore* core = session.core();
    ui::ConnectionIndicator* indicator = session.mainWindow()->connectionIndicator();
    QMetaObject::invokeMethod(core, [core] { core->goOffline(); });
    QTRY_COMPARE_WITH_TIMEOUT(indicator->status(), Status::Offline, kNetTimeoutMs);
    QVERIFY(act(pane, ActionKind::Approve, QStringLiteral("同意。")));
    QTRY_COMPARE_WITH_TIMEOUT(timeline->pendingCount(), 1, kNetTimeoutMs);
    QCOMPARE(timeline->topLevelItem(4)->text(ui::ApprovalTimeline::SignatureColumn),
             ui::ApprovalTimeline::pendingText());
    QCOMPARE(pane->notice()->kind(), ui::ApprovalNotice::Kind::Info);
    QVERIFY(pane->notice()->isVisible());
    QVERIFY(!pane->actionBar()->button(ActionKind::Approve)->isEnabled()); // never twice

    test::TestClient zengli;
    QVERIFY(zengli.signIn(QUrl(m_url), QStringLiteral("zengli")));
    approval::ApprovalService* service = zengli.core().approval();
    QSignalSpy loaded(service, &approval::ApprovalService::documentLoaded);
    service->open(doc);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() &&
                                 loaded.last().at(0).value<approval::DocumentView>().fromServer,
                             kNetTimeoutMs);
    QSignalSpy accepted(service, &approval::ApprovalService::actAccepted);
    service->act(doc, ActionKind::Comment, QStringLiteral("请抓紧。"));
    QTRY_VERIFY_WITH_TIMEOUT(!accepted.isEmpty(), kNetTimeoutMs);

    QMetaObject::invokeMethod(core, [core] { core->goOnline(); });
    QTRY_COMPARE_WITH_TIMEOUT(pane->notice()->kind(), ui::ApprovalNotice::Kind::Warning,
                              kNetTimeoutMs);
    QVERIFY(pane->notice()->isVisible());
    QVERIFY2(pane->notice()->text().contains(QStringLiteral("changed while you were offline")),
             qPrintable(pane->notice()->text()));
    QVERIFY(pane->notice()->text().contains(kQuarterly));
    // The refused approval is gone; 曾丽's comment is there; he may decide again.
    QTRY_VERIFY_WITH_TIMEOUT(timeline->pendingCount() == 0 && timeline->recordedCount() == 5,
                             kNetTimeoutMs);
    QCOMPARE(timeline->topLevelItem(4)->text(ui::ApprovalTimeline::OpinionColumn),
             QStringLiteral("请抓紧。"));
    QTRY_VERIFY_WITH_TIMEOUT(pane->actionBar()->button(ActionKind::Approve)->isEnabled(),
                             kNetTimeoutMs);
    test::screenshot(pane->window(), "approval_conflict");
}

void TstApprovalPane::approveOnline(ui::ApprovalPane* pane) {
    ui::ApprovalTimeline* timeline = pane->sidePanel()->timeline();
    const int before = timeline->recordedCount();
    QVERIFY(act(pane, ActionKind::Approve, QStringLiteral("已核，同意报签。")));
    QTRY_COMPARE_WITH_TIMEOUT(pane->notice()->kind(), ui::ApprovalNotice::Kind::Success,
                              kNetTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        timeline->recordedCount() == before + 1 && timeline->pendingCount() == 0, kNetTimeoutMs);
    QTreeWidgetItem* last = timeline->topLevelItem(before);
    QCOMPARE(last->text(ui::ApprovalTimeline::OpinionColumn), QStringLiteral("已核，同意报签。"));
    QCOMPARE(last->text(ui::ApprovalTimeline::SignatureColumn), QStringLiteral("✔"));
    QCOMPARE(last->text(ui::ApprovalTimeline::WhoColumn), QStringLiteral("张伟"));
    QVERIFY(pane->sidePanel()->chainLabel()->text().startsWith(QStringLiteral("✔")));
    // His turn is over: the document leaves "to do".
    QTRY_COMPARE_WITH_TIMEOUT(pane->model(View::Todo)->rowCount(), 0, kNetTimeoutMs);
    QCOMPARE(pane->viewList()->item(int(View::Todo))->text(), QStringLiteral("To do"));
    auto* empty = pane->findChild<QLabel*>(QStringLiteral("inboxMessage"));
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No documents here."));
    QVERIFY(!pane->actionBar()->button(ActionKind::Approve)->isEnabled());
    test::screenshot(pane->window(), "approval_approved");
}

void TstApprovalPane::paneFlow() {
    test::UiTestSession session;
    QVERIFY(session.signIn(m_url, QStringLiteral("zhangwei")));
    ui::MainWindow* window = session.mainWindow();
    window->resize(1280, 800);
    ui::NavigationRail* rail = window->navigationRail();
    for (int row = 0; row < rail->count() && rail->currentKey() != QStringLiteral("approval");
         ++row)
        rail->setCurrentRow(row);
    QCOMPARE(rail->currentKey(), QStringLiteral("approval"));
    ui::ApprovalPane* pane = window->approvalPane();
    QVERIFY(pane->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(pane->isAttached(), kNetTimeoutMs);
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers; // for the whole flow
    for (int view = 0; view < approval::kViewCount; ++view)
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            pane->model(View(view)), QAbstractItemModelTester::FailureReportingMode::QtTest));

    inboxViews(pane);
    if (QTest::currentTestFailed()) return;
    openDraft(pane);
    if (QTest::currentTestFailed()) return;
    // The page number box's own line edit is named by the spin box (as tst_shell allows).
    QStringList unnamed = test::unnamedFocusableControls(pane);
    unnamed.removeAll(QStringLiteral("QLineEdit#qt_spinbox_lineedit"));
    QCOMPARE(unnamed.join(QLatin1Char(',')), QString());
    test::screenshot(window, "approval_draft");
    conflictAfterOffline(session, pane);
    if (QTest::currentTestFailed()) return;
    approveOnline(pane);
    if (QTest::currentTestFailed()) return;

    // Signing out leaves nothing of the account in the pane.
    emit window->signOutRequested();
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isAttached(), kNetTimeoutMs);
    QCOMPARE(pane->openedDocument(), 0);
    QCOMPARE(pane->model(View::Drafted)->rowCount(), 0);
    QVERIFY(!pane->viewer()->isLoaded());
    QCOMPARE(pane->sidePanel()->timeline()->topLevelItemCount(), 0);

    session.stop(); // the core first: it must not post to widgets that are being destroyed
}

QTEST_MAIN(TstApprovalPane)
#include "tst_approval_pane.moc"
