// Document approval workflow rules against the real server: every action in every workflow state
// (allowed, or refused with its reason), parallel countersign, sequential turns, return,
// delegation, idempotent retries, the inbox views and malformed requests. Clients are bare
// WebSockets signing with crypto::SigningKey (ApprovalParties). Signatures, authorisation and
// the schema: tst_approval_integrity.
#include "ApprovalParties.h"

#include <QJsonArray>
#include <QTest>
#include <algorithm>

using namespace zt;
using namespace zt::test;
using approval::StepKind;
using approval::StepMode;

class TestApprovalWorkflow : public QObject, private ApprovalParties {
    Q_OBJECT
private slots:
    void initTestCase() { startServerAndParties(); }
    void everyActionInEveryState_data();
    void everyActionInEveryState();
    void parallelCountersignNeedsEveryone();
    void sequentialAssigneesTakeTurns();
    void returnAndDelegateMoveTheDuty();
    void retryWithSameCidReturnsFirstResult();
    void inboxViewsFollowTheWorkflow();
    void badArgumentsAreRefused();
};

void TestApprovalWorkflow::everyActionInEveryState_data() {
    QTest::addColumn<QStringList>("setup"); // "user verb" moves that lead to the state
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("verb");
    QTest::addColumn<int>("stepDelta"); // the step signed, relative to the current one
    QTest::addColumn<QString>("expected");
    const auto s = [](const char* moves) {
        return QString::fromLatin1(moves).split(QLatin1Char(','), Qt::SkipEmptyParts);
    };
    const QStringList fresh,
        checking = s("zhangwei approve"), countersign = s("zhangwei approve,lina approve"),
        half = s("zhangwei approve,lina approve,wangfang approve"),
        signoff = half + s("shanxiaoming approve"), completed = signoff + s("wangfang approve"),
        rejected = s("zhangwei approve,lina reject"), withdrawn = s("zhangwei withdraw"),
        returned = countersign + s("wangfang return:0"),
        delegated = s("zhangwei approve,lina delegate:5");
    const auto c = [](const char* reason) {
        return QStringLiteral("conflict/") + QLatin1String(reason);
    };
    const struct {
        const char* name;
        QStringList setup;
        const char* who;
        const char* verb;
        int delta;
        QString expected;
    } rows[] = {
        {"draft: drafter approves", fresh, "zhangwei", "approve", 0, kOk},
        {"draft: checker too early", fresh, "lina", "approve", 0, c("not_assignee")},
        {"draft: drafter rejects", fresh, "zhangwei", "reject", 0, kOk},
        {"draft: return to itself", fresh, "zhangwei", "return:0", 0, c("bad_target")},
        {"draft: delegate", fresh, "zhangwei", "delegate:2", 0, kOk},
        {"draft: delegate to self", fresh, "zhangwei", "delegate:1", 0, c("bad_target")},
        {"draft: withdraw", fresh, "zhangwei", "withdraw", 0, kOk},
        {"draft: withdraw by other", fresh, "lina", "withdraw", 0, c("not_drafter")},
        {"draft: comment", fresh, "lina", "comment", 0, kOk},
        {"draft: later step", fresh, "zhangwei", "approve", 1, c("step_not_current")},
        {"draft: outsider", fresh, "zengli", "comment", 0,
         QStringLiteral("not_found/no such document")},
        {"check: checker approves", checking, "lina", "approve", 0, kOk},
        {"check: drafter again", checking, "zhangwei", "approve", -1, c("step_completed")},
        {"check: drafter now", checking, "zhangwei", "approve", 0, c("not_assignee")},
        {"check: return", checking, "lina", "return:0", 0, kOk},
        {"check: return forward", checking, "lina", "return:2", 0, c("bad_target")},
        {"check: reject", checking, "lina", "reject", 0, kOk},
        {"check: delegate out", checking, "lina", "delegate:5", 0, kOk},
        {"check: withdraw", checking, "zhangwei", "withdraw", 0, kOk},
        {"check: outsider approves", checking, "zengli", "approve", 0,
         QStringLiteral("not_found/no such document")},
        {"countersign: first", countersign, "wangfang", "approve", 0, kOk},
        {"countersign: second", countersign, "shanxiaoming", "approve", 0, kOk},
        {"countersign: checker", countersign, "lina", "approve", 0, c("not_assignee")},
        {"countersign: withdraw", countersign, "zhangwei", "withdraw", 0, c("others_acted")},
        {"countersign: delegate to peer", countersign, "wangfang", "delegate:4", 0,
         c("bad_target")},
        {"countersign: comment", countersign, "lina", "comment", 0, kOk},
        {"half: approve twice", half, "wangfang", "approve", 0, c("already_acted")},
        {"half: reject after approving", half, "wangfang", "reject", 0, c("already_acted")},
        {"half: other completes", half, "shanxiaoming", "approve", 0, kOk},
        {"half: other returns", half, "shanxiaoming", "return:1", 0, kOk},
        {"signoff: sign", signoff, "wangfang", "approve", 0, kOk},
        {"signoff: countersign again", signoff, "shanxiaoming", "approve", -1, c("step_completed")},
        {"completed: approve", completed, "wangfang", "approve", -1, c("completed")},
        {"completed: comment", completed, "zhangwei", "comment", 0, c("completed")},
        {"completed: withdraw", completed, "zhangwei", "withdraw", 0, c("completed")},
        {"rejected: approve", rejected, "lina", "approve", 0, c("rejected")},
        {"rejected: withdraw", rejected, "zhangwei", "withdraw", 0, c("rejected")},
        {"withdrawn: approve", withdrawn, "zhangwei", "approve", 0, c("withdrawn")},
        {"withdrawn: comment", withdrawn, "lina", "comment", 0, c("withdrawn")},
        {"returned: drafter again", returned, "zhangwei", "approve", 0, kOk},
        {"returned: checker early", returned, "lina", "approve", 1, c("step_not_current")},
        {"returned: withdraw", returned, "zhangwei", "withdraw", 0, c("others_acted")},
        {"delegated: delegator", delegated, "lina", "approve", 0, c("not_assignee")},
        {"delegated: delegate", delegated, "zengli", "approve", 0, kOk},
        {"delegated: delegate comments", delegated, "zengli", "comment", 0, kOk},
    };
    for (const auto& r : rows)
        QTest::newRow(r.name) << r.setup << QString::fromLatin1(r.who)
                              << QString::fromLatin1(r.verb) << r.delta << r.expected;
}

void TestApprovalWorkflow::everyActionInEveryState() {
    QFETCH(QStringList, setup);
    QFETCH(QString, who);
    QFETCH(QString, verb);
    QFETCH(int, stepDelta);
    QFETCH(QString, expected);
    const qint64 doc = standardDoc();
    QVERIFY(doc > 0);
    for (const QString& move : setup) {
        const QStringList parts = move.split(QLatin1Char(' '));
        QCOMPARE(act(qPrintable(parts[0]), doc, parts[1]), kOk);
    }
    const qint64 versionBefore = get("zhangwei", doc).summary.version;
    QCOMPARE(act(qPrintable(who), doc, verb, stepDelta), expected);
    const approval::GetResult after = get("zhangwei", doc);
    QCOMPARE(after.summary.version, versionBefore + (expected == kOk ? 1 : 0));
    QCOMPARE(after.actions.size(), setup.size() + (expected == kOk ? 1 : 0));
}

void TestApprovalWorkflow::parallelCountersignNeedsEveryone() {
    const qint64 doc = standardDoc();
    QCOMPARE(act("zhangwei", doc, QStringLiteral("approve")), kOk);
    QCOMPARE(act("lina", doc, QStringLiteral("approve")), kOk);
    approval::GetResult r = get("zhangwei", doc);
    QCOMPARE(r.summary.currentStep, 2);
    QCOMPARE(r.pending, (QList<qint64>{p("wangfang").id, p("shanxiaoming").id}));
    QCOMPARE(act("shanxiaoming", doc, QStringLiteral("approve")), kOk); // any order
    r = get("zhangwei", doc);
    QCOMPARE(r.summary.currentStep, 2); // one of two is not enough
    QCOMPARE(r.steps[2].approved, QList<qint64>{p("shanxiaoming").id});
    QCOMPARE(r.pending, QList<qint64>{p("wangfang").id});
    QCOMPARE(act("wangfang", doc, QStringLiteral("approve")), kOk);
    r = get("zhangwei", doc);
    QCOMPARE(r.summary.currentStep, 3);
    QCOMPARE(r.steps[2].status, QStringLiteral("done"));
    QCOMPARE(r.steps[3].status, QStringLiteral("active"));
    QCOMPARE(act("wangfang", doc, QStringLiteral("approve")), kOk);
    r = get("zhangwei", doc);
    QCOMPARE(r.summary.state, approval::DocState::Completed);
    QVERIFY(r.pending.isEmpty());
}

void TestApprovalWorkflow::sequentialAssigneesTakeTurns() {
    const qint64 doc = createDoc(
        "zhangwei", steps({step(StepKind::Checking, StepMode::Sequential, {"lina", "wangfang"})}));
    QCOMPARE(act("wangfang", doc, QStringLiteral("approve")),
             QStringLiteral("conflict/not_your_turn"));
    QCOMPARE(act("lina", doc, QStringLiteral("approve")), kOk);
    QCOMPARE(get("zhangwei", doc).pending, QList<qint64>{p("wangfang").id});
    QCOMPARE(act("wangfang", doc, QStringLiteral("approve")), kOk);
    QCOMPARE(get("zhangwei", doc).summary.state, approval::DocState::Completed);
}

void TestApprovalWorkflow::returnAndDelegateMoveTheDuty() {
    const qint64 doc = standardDoc();
    QCOMPARE(act("zhangwei", doc, QStringLiteral("approve")), kOk);
    QCOMPARE(act("lina", doc, QStringLiteral("approve")), kOk);
    QCOMPARE(act("wangfang", doc, QStringLiteral("approve")), kOk);
    QCOMPARE(act("shanxiaoming", doc, QStringLiteral("return:1")), kOk);
    approval::GetResult r = get("zhangwei", doc);
    QCOMPARE(r.summary.currentStep, 1);
    QVERIFY(r.steps[2].approved.isEmpty()); // the countersign starts afresh
    QCOMPARE(act("lina", doc, QStringLiteral("delegate:5")), kOk);
    r = get("zhangwei", doc);
    QCOMPARE(r.steps[1].effective, QList<qint64>{p("zengli").id});
    QCOMPARE(r.steps[1].def.assignees, QList<qint64>{p("lina").id}); // the definition stays
    QCOMPARE(r.pending, QList<qint64>{p("zengli").id});
    QCOMPARE(act("zengli", doc, QStringLiteral("approve")), kOk);
    QCOMPARE(get("zengli", doc).summary.currentStep, 2); // the delegate may read it now
    QCOMPARE(act("wangfang", doc, QStringLiteral("approve")), kOk);
    QCOMPARE(act("wangfang", doc, QStringLiteral("approve")),
             QStringLiteral("conflict/already_acted"));
}

void TestApprovalWorkflow::retryWithSameCidReturnsFirstResult() {
    const qint64 doc = standardDoc();
    const approval::ActArgs args = signedArgs("zhangwei", doc, QStringLiteral("approve"));
    const QJsonObject first = p("zhangwei").client.request(approval::op::Act, args.toJson());
    QCOMPARE(outcome(first), kOk);
    const QJsonObject again = p("zhangwei").client.request(approval::op::Act, args.toJson());
    QCOMPARE(resultOf(again), resultOf(first));
    QCOMPARE(get("zhangwei", doc).actions.size(), 1);
    QCOMPARE(get("zhangwei", doc).summary.version, 2);
    // A fresh cid for the same signed action is a second approval: refused by the workflow.
    approval::ActArgs copy = args;
    copy.cid = cid();
    QCOMPARE(outcome(p("zhangwei").client.request(approval::op::Act, copy.toJson())),
             QStringLiteral("conflict/step_completed"));
}

void TestApprovalWorkflow::inboxViewsFollowTheWorkflow() {
    const auto list = [&](const char* who, approval::View view) {
        return approval::ListResult::fromJson(resultOf(
            p(who).client.request(approval::op::List, approval::ListArgs{view, 0, 100}.toJson())));
    };
    const auto has = [](const approval::ListResult& r, qint64 doc) {
        return std::any_of(r.items.begin(), r.items.end(),
                           [doc](const approval::Summary& s) { return s.id == doc; });
    };
    p("shanxiaoming").client.received().clear();
    const qint64 doc =
        createDoc("lina", steps({step(StepKind::Checking, StepMode::Sequential, {"shanxiaoming"}),
                                 step(StepKind::Distribution, StepMode::Parallel, {"zhangwei"})}));
    const QJsonObject event = p("shanxiaoming").client.waitFor([doc](const QJsonObject& o) {
        return o[QStringLiteral("kind")] == approval::event::Updated &&
               o[QStringLiteral("data")].toObject()[QStringLiteral("doc")].toInteger() == doc;
    });
    QCOMPARE(approval::UpdatedEvent::fromJson(event[QStringLiteral("data")].toObject())->version,
             1);
    QVERIFY(has(list("lina", approval::View::Drafted), doc));
    const approval::ListResult todo = list("shanxiaoming", approval::View::Todo);
    QVERIFY(has(todo, doc));
    QCOMPARE(todo.total, todo.counts[std::size_t(approval::View::Todo)]);
    QVERIFY(!has(list("zhangwei", approval::View::Distributed), doc)); // not reached yet
    p("zengli").client.received().clear();
    QCOMPARE(act("shanxiaoming", doc, QStringLiteral("approve")), kOk);
    const auto updated = [doc](const QJsonObject& o) {
        return o[QStringLiteral("kind")] == approval::event::Updated &&
               o[QStringLiteral("data")].toObject() == approval::UpdatedEvent{doc, 2}.toJson();
    };
    QVERIFY(!p("lina").client.waitFor(updated).isEmpty());       // the drafter hears of it
    QVERIFY(p("zengli").client.waitFor(updated, 300).isEmpty()); // an outsider does not
    QVERIFY(!has(list("shanxiaoming", approval::View::Todo), doc));
    QVERIFY(has(list("shanxiaoming", approval::View::Done), doc));
    QVERIFY(has(list("zhangwei", approval::View::Distributed), doc));
    QVERIFY(has(list("zhangwei", approval::View::Todo), doc)); // acknowledging receipt
    const auto page = approval::ListResult::fromJson(resultOf(p("lina").client.request(
        approval::op::List, approval::ListArgs{approval::View::Drafted, 0, 1}.toJson())));
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.items[0].id, doc); // newest first
    QVERIFY(page.total >= 1);
}

void TestApprovalWorkflow::badArgumentsAreRefused() {
    test::RawClient& c = p("zhangwei").client;
    approval::CreateArgs create;
    create.cid = cid();
    create.title = QStringLiteral("无流程");
    create.body = kPdf;
    QVERIFY(outcome(c.request(approval::op::Create, create.toJson()))
                .startsWith(QStringLiteral("bad_args/")));
    create.steps = steps({step(StepKind::Checking, StepMode::Sequential, {"lina"})});
    create.steps[0].assignees = {424242};
    QCOMPARE(outcome(c.request(approval::op::Create, create.toJson())),
             QStringLiteral("not_found/no such assignee"));
    QJsonObject act = signedArgs("zhangwei", standardDoc(), QStringLiteral("approve")).toJson();
    act[QStringLiteral("action")] = QStringLiteral("return:01");
    QVERIFY(outcome(c.request(approval::op::Act, act)).startsWith(QStringLiteral("bad_args/")));
    act[QStringLiteral("action")] = QStringLiteral("approve");
    act[QStringLiteral("signature")] = QStringLiteral("not base64!");
    QVERIFY(outcome(c.request(approval::op::Act, act)).startsWith(QStringLiteral("bad_args/")));
    const QJsonObject view{{QStringLiteral("view"), QStringLiteral("everything")}};
    QVERIFY(outcome(c.request(approval::op::List, view)).startsWith(QStringLiteral("bad_args/")));
}

QTEST_GUILESS_MAIN(TestApprovalWorkflow)
#include "tst_approval_workflow.moc"
