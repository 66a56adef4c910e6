// The approval client core acting offline against the real server (--demo): acts signed
// locally and queued in the outbox (the key published first) are sent on reconnect; conflicts
// after working offline are reported, the optimistic act removed, never approved twice, never
// re-signed; and a queued act survives a client restart. Online reads: tst_approval_client.
#include "ApprovalClientHelpers.h"
#include "approval/ApprovalKeys.h"
#include "sync/Outbox.h"

using namespace zt;
using namespace zt::test::approvalclient;
using approval::StepKind;
using Status = core::ClientCore::Status;

class TestApprovalOffline : public QObject, private ClientFixture {
    Q_OBJECT
private slots:
    void initTestCase();
    void offlineActIsSentOnReconnect();
    void offlineActAfterTheStepCompletedIsAConflict();
    void brokenChainIsReportedNotResigned();
    void queuedActSurvivesARestart();

private:
    std::unique_ptr<test::TestClient> m_zhang; // 张伟, the drafter
};

void TestApprovalOffline::initTestCase() {
    startServer();
    m_zhang = signedIn(QStringLiteral("zhangwei"));
    QVERIFY(m_zhang);
}

void TestApprovalOffline::offlineActIsSentOnReconnect() {
    auto lina = signedIn(QStringLiteral("lina"));
    QVERIFY(lina);
    const qint64 doc = createDoc(*m_zhang, {step(StepKind::Drafting, {idOf(*m_zhang)}),
                                            step(StepKind::Checking, {idOf(*lina)}),
                                            step(StepKind::Signoff, {5})});
    QVERIFY(doc > 0);
    QVERIFY(openFresh(*m_zhang, doc));
    QVERIFY(actOnline(*m_zhang, doc, ActionKind::Approve));
    QVERIFY(openFresh(*lina, doc));

    lina->core().goOffline();
    QVERIFY(lina->waitStatus(Status::Offline));
    QSignalSpy accepted(&svc(*lina), &ApprovalService::actAccepted);
    const QString cid = queueAct(*lina, doc, ActionKind::Approve);
    QVERIFY(!cid.isEmpty());
    QCOMPARE(svc(*lina).cachedDocument(doc)->pending.size(), 1);
    QCOMPARE(outboxRows(*lina, approval::op::PublishKey), 1); // queued ahead of the act
    QCOMPARE(outboxRows(*lina, approval::op::Act), 1);
    // A second decisive act on the same step is refused locally: never two approvals.
    QVERIFY(queueAct(*lina, doc, ActionKind::Approve).isEmpty());

    // Kept offline while offline: the body comes as soon as the link is back.
    QSignalSpy body(&svc(*lina), &ApprovalService::bodyReady);
    svc(*lina).setAvailableOffline(doc, true);

    lina->core().goOnline();
    QVERIFY(QTest::qWaitFor([&] { return !accepted.isEmpty() && !body.isEmpty(); }, kTimeoutMs));
    QCOMPARE(accepted.at(0).at(1).toString(), cid);
    QCOMPARE(svc(*lina).cachedBody(doc), std::optional(body.at(0).at(1).toByteArray()));
    const approval::GetResult state = serverState(*lina, doc);
    QCOMPARE(state.summary.currentStep, 2);
    QCOMPARE(actionsBy(state, idOf(*lina), QStringLiteral("approve")), 1);
    QCOMPARE(outboxRows(*lina, approval::op::Act), 0);
    // The key is published once: a later act queues no second publication.
    QVERIFY(svc(*lina).keys().isPublished());
}

void TestApprovalOffline::offlineActAfterTheStepCompletedIsAConflict() {
    auto lina = signedIn(QStringLiteral("lina"));     // her laptop, offline
    auto linaDesk = signedIn(QStringLiteral("lina")); // her office computer
    auto zengli = signedIn(QStringLiteral("zengli")); // whom she delegates to
    QVERIFY(lina && linaDesk && zengli);
    const qint64 doc = createDoc(*m_zhang, {step(StepKind::Drafting, {idOf(*m_zhang)}),
                                            step(StepKind::Checking, {idOf(*lina)}),
                                            step(StepKind::Signoff, {idOf(*m_zhang)})});
    QVERIFY(doc > 0);
    QVERIFY(openFresh(*m_zhang, doc));
    QVERIFY(actOnline(*m_zhang, doc, ActionKind::Approve));
    QVERIFY(openFresh(*lina, doc));
    lina->core().goOffline();
    QVERIFY(lina->waitStatus(Status::Offline));
    QVERIFY(!queueAct(*lina, doc, ActionKind::Approve).isEmpty());

    // Meanwhile the step is delegated to 曾丽, who completes it.
    QVERIFY(openFresh(*linaDesk, doc));
    QVERIFY(actOnline(*linaDesk, doc, ActionKind::Delegate, idOf(*zengli)));
    QVERIFY(openFresh(*zengli, doc));
    QVERIFY(actOnline(*zengli, doc, ActionKind::Approve));

    QSignalSpy conflict(&svc(*lina), &ApprovalService::conflict);
    QSignalSpy accepted(&svc(*lina), &ApprovalService::actAccepted);
    lina->core().goOnline();
    QVERIFY(QTest::qWaitFor([&] { return !conflict.isEmpty(); }, kTimeoutMs));
    QCOMPARE(conflict.at(0).at(0).toLongLong(), doc);
    QCOMPARE(conflict.at(0).at(1).toString(), QStringLiteral("step_completed"));
    QVERIFY(conflict.at(0).at(2).toString().contains(QStringLiteral("offline")));
    QVERIFY(accepted.isEmpty());
    const DocumentView view = *svc(*lina).cachedDocument(doc);
    QVERIFY(view.pending.isEmpty());              // the optimistic approval is gone
    QCOMPARE(view.detail.summary.currentStep, 2); // and the cache shows what happened
    const approval::GetResult state = serverState(*lina, doc);
    QCOMPARE(actionsBy(state, idOf(*lina), QStringLiteral("approve")), 0);
    QCOMPARE(actionsBy(state, idOf(*zengli), QStringLiteral("approve")), 1);
    QCOMPARE(state.actions.size(), 3);
    QCOMPARE(lina->core().outbox()->pendingCount(), 0);
    QCOMPARE(lina->core().outbox()->failedCount(), 0); // reported, not left to be retried
}

void TestApprovalOffline::brokenChainIsReportedNotResigned() {
    auto lina = signedIn(QStringLiteral("lina"));
    QVERIFY(lina);
    const qint64 doc = createDoc(*m_zhang, {step(StepKind::Drafting, {idOf(*m_zhang)}),
                                            step(StepKind::Checking, {idOf(*lina)})});
    QVERIFY(doc > 0);
    QVERIFY(openFresh(*m_zhang, doc));
    QVERIFY(actOnline(*m_zhang, doc, ActionKind::Approve));
    QVERIFY(openFresh(*lina, doc));
    lina->core().goOffline();
    QVERIFY(lina->waitStatus(Status::Offline));
    QVERIFY(!queueAct(*lina, doc, ActionKind::Approve).isEmpty());
    // Meanwhile 张伟 comments: the workflow still allows lina's approval, but it was signed over
    // a head that is no longer the last signature.
    QVERIFY(openFresh(*m_zhang, doc));
    QVERIFY(actOnline(*m_zhang, doc, ActionKind::Comment));

    QSignalSpy conflict(&svc(*lina), &ApprovalService::conflict);
    lina->core().goOnline();
    QVERIFY(QTest::qWaitFor([&] { return !conflict.isEmpty(); }, kTimeoutMs));
    QCOMPARE(conflict.at(0).at(1).toString(), QStringLiteral("broken_chain"));
    QVERIFY(conflict.at(0).at(2).toString().contains(QStringLiteral("changed")));
    QTest::qWait(300); // nothing is re-signed and sent behind the user's back
    QCOMPARE(outboxRows(*lina, approval::op::Act), 0);
    const approval::GetResult state = serverState(*lina, doc);
    QCOMPARE(state.actions.size(), 2);
    QCOMPARE(state.summary.currentStep, 1); // still waiting for her
    QVERIFY(svc(*lina).cachedDocument(doc)->pending.isEmpty());
    // Acting again, on the state she now sees, works.
    QVERIFY(actOnline(*lina, doc, ActionKind::Approve));
    QCOMPARE(actionsBy(serverState(*lina, doc), idOf(*lina), QStringLiteral("approve")), 1);
}

void TestApprovalOffline::queuedActSurvivesARestart() {
    QTemporaryDir profile;
    auto wang = signedIn(QStringLiteral("wangfang"), profile.path());
    QVERIFY(wang);
    const qint64 wangId = idOf(*wang);
    const qint64 doc =
        createDoc(*m_zhang, {step(StepKind::Drafting, {idOf(*m_zhang)}),
                             step(StepKind::Checking, {wangId}), step(StepKind::Signoff, {5})});
    QVERIFY(doc > 0);
    QVERIFY(openFresh(*m_zhang, doc));
    QVERIFY(actOnline(*m_zhang, doc, ActionKind::Approve));
    QVERIFY(openFresh(*wang, doc));
    wang->core().goOffline();
    QVERIFY(wang->waitStatus(Status::Offline));
    QVERIFY(!queueAct(*wang, doc, ActionKind::Approve).isEmpty());
    wang->destroy(); // the process ends with the act committed but never sent
    wang.reset();

    wang = signedIn(QStringLiteral("wangfang"), profile.path());
    QVERIFY(wang);
    QTRY_COMPARE_WITH_TIMEOUT(wang->core().outbox()->pendingCount(), 0, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(svc(*wang).cachedDocument(doc) &&
                                 svc(*wang).cachedDocument(doc)->pending.isEmpty(),
                             kTimeoutMs);
    QTest::qWait(300);
    const approval::GetResult state = serverState(*m_zhang, doc);
    QCOMPARE(actionsBy(state, wangId, QStringLiteral("approve")), 1); // exactly once
    QCOMPARE(state.summary.currentStep, 2);
    auto key = wang->core().database()->prepare(
        QStringLiteral("SELECT count(*), min(published) FROM approval_own_keys"));
    QVERIFY(key.next());
    QCOMPARE(key.int64(0), 1); // the key made before the restart, loaded from the store
    QCOMPARE(key.int64(1), 2); // and published
    QVERIFY(!anyFileContains(profile.path(), "PRIVATE KEY")); // only inside the SQLCipher file
}

QTEST_GUILESS_MAIN(TestApprovalOffline)
#include "tst_approval_offline.moc"
