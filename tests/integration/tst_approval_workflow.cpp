// Document approval against the real server: every action in every workflow state (allowed, or
// refused with its reason), parallel countersign, return, delegation, withdraw rules, idempotent
// retries, signature tampering, who may see a document, body paging, the demo documents, and the
// server schema migration. Clients are bare WebSockets signing with crypto::SigningKey.
#include "RawClient.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "approval/ApprovalProtocol.h"
#include "crypto/ActionChain.h"
#include "storage/SqliteSchema.h"
#include "store/Migrator.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <map>

using namespace zt;
using approval::StepKind;
using approval::StepMode;
using crypto::SignatureAlgorithm;

namespace {

const QString kOk = QStringLiteral("ok");
const QByteArray kPdf = QByteArrayLiteral("%PDF-1.4\n% test body\n1 0 obj<<>>endobj\n%%EOF\n");

QString cid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// "ok", or "code/message" (for approval's own codes the message is the machine reason).
QString outcome(const QJsonObject& res) {
    if (res.value(QStringLiteral("ok")).toBool()) return kOk;
    const QJsonObject e = res.value(QStringLiteral("error")).toObject();
    return e.value(QStringLiteral("code")).toString() + QLatin1Char('/') +
           e.value(QStringLiteral("message")).toString();
}

QJsonObject resultOf(const QJsonObject& res) {
    return res.value(QStringLiteral("result")).toObject();
}

struct Party {
    explicit Party(crypto::SigningKey k)
        : key(std::move(k)) {}
    test::RawClient client;
    qint64 id = 0;
    crypto::SigningKey key;
};

// Changes a signed action's request before it is sent: the tampering cases.
using Tamper = std::function<void(approval::ActArgs&)>;

} // namespace

class TestApprovalWorkflow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyActionInEveryState_data();
    void everyActionInEveryState();
    void parallelCountersignNeedsEveryone();
    void sequentialAssigneesTakeTurns();
    void returnAndDelegateMoveTheDuty();
    void retryWithSameCidReturnsFirstResult();
    void tamperedSignaturesAreRefused();
    void keysArePublishedOncePerOwner();
    void outsidersCannotSeeDocuments();
    void inboxViewsFollowTheWorkflow();
    void bodyIsPagedAndMatchesItsHash();
    void historyVerifiesOnTheClient();
    void demoDocumentsAreSeededWithValidChains();
    void badArgumentsAreRefused();
    void serverSchemaMigratedEqualsFresh();

private:
    Party& p(const char* name) { return *m_parties.at(QLatin1String(name)); }
    qint64 createDoc(const char* drafter, const QList<approval::StepDef>& steps,
                     approval::SecurityLevel level = approval::SecurityLevel::Internal,
                     const QByteArray& body = kPdf);
    qint64 standardDoc(); // 拟稿 张伟 → 核稿 李娜 → 会签 王芳+单晓明 → 签发 王芳
    approval::GetResult get(const char* who, qint64 doc);
    approval::ActArgs signedArgs(const char* who, qint64 doc, const QString& verb,
                                 int stepDelta = 0, const QString& opinion = {});
    QString act(const char* who, qint64 doc, const QString& verb, int stepDelta = 0,
                const Tamper& tamper = {});
    QList<approval::StepDef> steps(std::initializer_list<approval::StepDef> list) { return list; }
    approval::StepDef step(StepKind kind, StepMode mode, std::initializer_list<const char*> who);

    QTemporaryDir m_data;
    std::unique_ptr<test::ServerProcess> m_server;
    std::map<QString, std::unique_ptr<Party>> m_parties;
};

void TestApprovalWorkflow::initTestCase() {
    m_server = std::make_unique<test::ServerProcess>(m_data.path());
    QVERIFY(m_server->start());
    for (const char* name : {"zhangwei", "lina", "wangfang", "shanxiaoming", "zengli"}) {
        // 王芳 signs with ECDSA P-256: the SHA-256 content hash path runs alongside SM2/SM3.
        const bool ecdsa = QLatin1String(name) == QLatin1String("wangfang");
        auto party = std::make_unique<Party>(crypto::SigningKey::generate(
            ecdsa ? SignatureAlgorithm::EcdsaP256Sha256 : SignatureAlgorithm::Sm2Sm3));
        QVERIFY(party->client.open(m_server->url()) && party->client.hello());
        const QJsonObject login = party->client.request(
            QStringLiteral("auth.login"), {{QStringLiteral("user"), QLatin1String(name)},
                                           {QStringLiteral("password"), test::kDemoPassword}});
        party->id = resultOf(login).value(QStringLiteral("userId")).toInteger();
        QVERIFY(party->id > 0);
        const QJsonObject published = party->client.request(
            approval::op::PublishKey,
            approval::PublishKeyArgs{cid(), party->key.publicKeyPem()}.toJson());
        QCOMPARE(outcome(published), kOk);
        QCOMPARE(approval::PublishKeyResult::fromJson(resultOf(published)).fingerprint,
                 party->key.fingerprint());
        m_parties[QLatin1String(name)] = std::move(party);
    }
    // The table below names delegates by id: the demo creates its accounts in this order.
    QCOMPARE(p("zhangwei").id, 1);
    QCOMPARE(p("lina").id, 2);
    QCOMPARE(p("zengli").id, 5);
}

approval::StepDef TestApprovalWorkflow::step(StepKind kind, StepMode mode,
                                             std::initializer_list<const char*> who) {
    approval::StepDef s{kind, mode, {}};
    for (const char* name : who)
        s.assignees.append(p(name).id);
    return s;
}

qint64 TestApprovalWorkflow::createDoc(const char* drafter, const QList<approval::StepDef>& steps,
                                       approval::SecurityLevel level, const QByteArray& body) {
    approval::CreateArgs args;
    args.cid = cid();
    args.title = QStringLiteral("关于测试审批流程的通知");
    args.docNumber = QStringLiteral("测发〔2026〕1号");
    args.issuingUnit = QStringLiteral("测试办公室");
    args.securityLevel = level;
    args.body = body;
    args.steps = steps;
    const QJsonObject res = p(drafter).client.request(approval::op::Create, args.toJson());
    return outcome(res) == kOk ? approval::CreateResult::fromJson(resultOf(res)).document : 0;
}

qint64 TestApprovalWorkflow::standardDoc() {
    return createDoc(
        "zhangwei",
        steps({step(StepKind::Drafting, StepMode::Sequential, {"zhangwei"}),
               step(StepKind::Checking, StepMode::Sequential, {"lina"}),
               step(StepKind::Countersign, StepMode::Parallel, {"wangfang", "shanxiaoming"}),
               step(StepKind::Signoff, StepMode::Sequential, {"wangfang"})}));
}

approval::GetResult TestApprovalWorkflow::get(const char* who, qint64 doc) {
    return approval::GetResult::fromJson(
        resultOf(p(who).client.request(approval::op::Get, approval::DocumentArgs{doc}.toJson())));
}

// Signs like a client would: over the current step, the body hash for the key's algorithm and
// the last signature of the history.
approval::ActArgs TestApprovalWorkflow::signedArgs(const char* who, qint64 doc, const QString& verb,
                                                   int stepDelta, const QString& opinion) {
    Party& party = p(who);
    approval::GetResult state = get(who, doc);
    if (state.summary.id == 0) state = get("zhangwei", doc); // an outsider signs what 张伟 sees
    crypto::SignedAction a;
    a.documentId = approval::signedDocumentId(doc);
    a.contentHash =
        party.key.algorithm() == SignatureAlgorithm::Sm2Sm3 ? state.bodySm3 : state.bodySha256;
    const int stepIndex = state.summary.currentStep + stepDelta;
    a.step = approval::signedStep(stepIndex);
    a.action = verb;
    a.opinion = opinion.isNull() ? QStringLiteral("同意。") : opinion;
    a.actorUserId = party.id;
    a.timeMs = QDateTime::currentMSecsSinceEpoch();
    a.previousSignature =
        state.actions.isEmpty() ? QByteArray() : state.actions.last().signedAction.signature;
    if (!crypto::sign(a, party.key)) qWarning("signing failed");
    return approval::ActArgs::fromSigned(cid(), doc, stepIndex, a);
}

QString TestApprovalWorkflow::act(const char* who, qint64 doc, const QString& verb, int stepDelta,
                                  const Tamper& tamper) {
    approval::ActArgs args = signedArgs(who, doc, verb, stepDelta);
    if (tamper) tamper(args);
    return outcome(p(who).client.request(approval::op::Act, args.toJson()));
}

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

void TestApprovalWorkflow::tamperedSignaturesAreRefused() {
    const qint64 doc = standardDoc();
    QCOMPARE(act("zhangwei", doc, QStringLiteral("approve")), kOk);
    const QString approve = QStringLiteral("approve");
    const auto edited = [](approval::ActArgs& a) { a.opinion = QStringLiteral("不同意。"); };
    QCOMPARE(act("lina", doc, approve, 0, edited), QStringLiteral("bad_signature/bad_signature"));
    const auto otherTarget = [](approval::ActArgs& a) {
        a.verb = {approval::ActionKind::Return, 0};
    };
    QCOMPARE(act("lina", doc, approve, 0, otherTarget),
             QStringLiteral("bad_signature/bad_signature"));
    const crypto::SigningKey unpublished = crypto::SigningKey::generate(SignatureAlgorithm::Sm2Sm3);
    const auto wrongKey = [&](approval::ActArgs& a) {
        crypto::SignedAction s = a.toSigned(p("lina").id);
        crypto::sign(s, unpublished);
        a = approval::ActArgs::fromSigned(a.cid, a.document, a.step, s);
    };
    QCOMPARE(act("lina", doc, approve, 0, wrongKey), QStringLiteral("bad_signature/unknown_key"));
    const auto someoneElsesKey = [&](approval::ActArgs& a) { // 张伟's key signing for 李娜
        crypto::SignedAction s = a.toSigned(p("lina").id);
        crypto::sign(s, p("zhangwei").key);
        a = approval::ActArgs::fromSigned(a.cid, a.document, a.step, s);
    };
    QCOMPARE(act("lina", doc, approve, 0, someoneElsesKey),
             QStringLiteral("bad_signature/unknown_key"));
    const auto resign = [&](approval::ActArgs& a,
                            const std::function<void(crypto::SignedAction&)>& f) {
        crypto::SignedAction s = a.toSigned(p("lina").id);
        f(s);
        crypto::sign(s, p("lina").key);
        a = approval::ActArgs::fromSigned(a.cid, a.document, a.step, s);
    };
    const auto wrongPrevious = [&](approval::ActArgs& a) {
        resign(a, [](crypto::SignedAction& s) { s.previousSignature = QByteArray(70, 'x'); });
    };
    QCOMPARE(act("lina", doc, approve, 0, wrongPrevious),
             QStringLiteral("broken_chain/broken_chain"));
    const auto noPrevious = [&](approval::ActArgs& a) {
        resign(a, [](crypto::SignedAction& s) { s.previousSignature.clear(); });
    };
    QCOMPARE(act("lina", doc, approve, 0, noPrevious), QStringLiteral("broken_chain/broken_chain"));
    const auto wrongContent = [&](approval::ActArgs& a) {
        resign(a, [](crypto::SignedAction& s) {
            s.contentHash = crypto::digest(SignatureAlgorithm::Sm2Sm3, "another body");
        });
    };
    QCOMPARE(act("lina", doc, approve, 0, wrongContent),
             QStringLiteral("bad_signature/content_mismatch"));
    const auto shaWithSm2 = [&](approval::ActArgs& a) { // the hash of the other algorithm
        resign(a, [&](crypto::SignedAction& s) { s.contentHash = get("lina", doc).bodySha256; });
    };
    QCOMPARE(act("lina", doc, approve, 0, shaWithSm2),
             QStringLiteral("bad_signature/content_mismatch"));
    QCOMPARE(get("zhangwei", doc).actions.size(), 1); // nothing of that was recorded
    QCOMPARE(act("lina", doc, approve), kOk);
}

void TestApprovalWorkflow::keysArePublishedOncePerOwner() {
    Party& lina = p("lina");
    const QJsonObject again =
        lina.client.request(approval::op::PublishKey,
                            approval::PublishKeyArgs{cid(), lina.key.publicKeyPem()}.toJson());
    QCOMPARE(outcome(again), kOk); // the same key again changes nothing
    const QJsonObject stolen = p("zengli").client.request(
        approval::op::PublishKey,
        approval::PublishKeyArgs{cid(), lina.key.publicKeyPem()}.toJson());
    QCOMPARE(outcome(stolen), QStringLiteral("conflict/key_in_use"));
    const QJsonObject junk = lina.client.request(
        approval::op::PublishKey,
        approval::PublishKeyArgs{cid(), "-----BEGIN PUBLIC KEY-----\nAAAA\n"}.toJson());
    QVERIFY(outcome(junk).startsWith(QStringLiteral("bad_args/")));
    // A second key of the same user: both verify from now on.
    crypto::SigningKey second = crypto::SigningKey::generate(SignatureAlgorithm::Sm2Sm3);
    QCOMPARE(outcome(lina.client.request(
                 approval::op::PublishKey,
                 approval::PublishKeyArgs{cid(), second.publicKeyPem()}.toJson())),
             kOk);
    std::swap(lina.key, second);
    const qint64 doc =
        createDoc("lina", steps({step(StepKind::Signoff, StepMode::Sequential, {"lina"})}));
    QCOMPARE(act("lina", doc, QStringLiteral("approve")), kOk);
    std::swap(lina.key, second);
}

void TestApprovalWorkflow::outsidersCannotSeeDocuments() {
    const qint64 secret =
        createDoc("zhangwei", steps({step(StepKind::Signoff, StepMode::Sequential, {"lina"})}),
                  approval::SecurityLevel::Confidential);
    QVERIFY(secret > 0);
    const QString notFound = QStringLiteral("not_found/no such document");
    test::RawClient& outsider = p("zengli").client;
    QCOMPARE(outcome(outsider.request(approval::op::Get, approval::DocumentArgs{secret}.toJson())),
             notFound);
    QCOMPARE(
        outcome(outsider.request(approval::op::Body, approval::BodyArgs{secret, 0, 1024}.toJson())),
        notFound);
    // The same answer as for a document that does not exist at all.
    QCOMPARE(outcome(outsider.request(approval::op::Get, approval::DocumentArgs{999999}.toJson())),
             notFound);
    for (int v = 0; v < approval::kViewCount; ++v) {
        const auto list = approval::ListResult::fromJson(resultOf(outsider.request(
            approval::op::List, approval::ListArgs{approval::View(v), 0, 100}.toJson())));
        for (const approval::Summary& s : list.items)
            QVERIFY(s.id != secret);
    }
    QCOMPARE(act("zengli", secret, QStringLiteral("comment")), notFound);
    QCOMPARE(outcome(p("lina").client.request(approval::op::Get,
                                              approval::DocumentArgs{secret}.toJson())),
             kOk);
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

void TestApprovalWorkflow::bodyIsPagedAndMatchesItsHash() {
    QByteArray body(700 * 1024, Qt::Uninitialized); // two pages; the create frame stays < 1 MiB
    QRandomGenerator(5).fillRange(reinterpret_cast<quint32*>(body.data()), body.size() / 4);
    const qint64 doc =
        createDoc("zhangwei", steps({step(StepKind::Signoff, StepMode::Sequential, {"zengli"})}),
                  approval::SecurityLevel::Secret, body);
    QVERIFY(doc > 0);
    QByteArray fetched;
    qint64 total = -1;
    while (total < 0 || fetched.size() < total) {
        const QJsonObject res = p("zengli").client.request(
            approval::op::Body,
            approval::BodyArgs{doc, fetched.size(), approval::kMaxBodyChunk}.toJson());
        QCOMPARE(outcome(res), kOk);
        const auto chunk = approval::BodyResult::fromJson(resultOf(res));
        QVERIFY(!chunk.data.isEmpty());
        total = chunk.total;
        fetched += chunk.data;
    }
    QCOMPARE(fetched, body);
    const approval::GetResult r = get("zengli", doc);
    QCOMPARE(r.bodySize, qint64(body.size()));
    QCOMPARE(r.bodySm3, crypto::digest(SignatureAlgorithm::Sm2Sm3, fetched));
    QCOMPARE(r.bodySha256, crypto::digest(SignatureAlgorithm::EcdsaP256Sha256, fetched));
}

// The client can check the whole history itself with the keys get returns.
static bool chainVerifies(const approval::GetResult& r) {
    QList<crypto::SignedAction> chain;
    for (const approval::RecordedAction& a : r.actions)
        chain.append(a.signedAction);
    const crypto::KeyLookup keyOf = [&](qint64 user, const QByteArray& fingerprint) {
        for (const approval::KeyInfo& k : r.keys)
            if (auto key = crypto::PublicKey::fromPem(k.publicKeyPem);
                k.user == user && key && key->fingerprint() == fingerprint)
                return key;
        return std::optional<crypto::PublicKey>();
    };
    bool ok =
        crypto::verifyChain(chain, keyOf, {approval::signedDocumentId(r.summary.id), {}, {}}).ok;
    for (const crypto::SignedAction& a : chain) // each signed the body hash of its algorithm
        ok = ok && a.contentHash ==
                       (a.algorithm == SignatureAlgorithm::Sm2Sm3 ? r.bodySm3 : r.bodySha256);
    return ok && !chain.isEmpty();
}

void TestApprovalWorkflow::historyVerifiesOnTheClient() {
    const qint64 doc = standardDoc();
    for (const char* who : {"zhangwei", "lina", "wangfang", "shanxiaoming"})
        QCOMPARE(act(who, doc, QStringLiteral("approve")), kOk);
    QCOMPARE(act("lina", doc, QStringLiteral("comment")), kOk);
    approval::GetResult r = get("lina", doc);
    QCOMPARE(r.actions.size(), 5);
    QCOMPARE(r.keys.size(), 4); // lina's key once, although she signed twice
    QVERIFY(chainVerifies(r));
    r.actions[2].signedAction.opinion += QStringLiteral("（改）"); // edited afterwards: detected
    QVERIFY(!chainVerifies(r));
}

void TestApprovalWorkflow::demoDocumentsAreSeededWithValidChains() {
    const auto drafted = approval::ListResult::fromJson(resultOf(
        p("shanxiaoming")
            .client.request(approval::op::List,
                            approval::ListArgs{approval::View::Drafted, 0, 100}.toJson())));
    const auto demo = std::find_if(drafted.items.begin(), drafted.items.end(), [](auto& s) {
        return s.title == QStringLiteral("关于报送第四季度重点工作进展的通知");
    });
    QVERIFY(demo != drafted.items.end());
    const approval::GetResult r = get("zhangwei", demo->id); // returned once, waits for 张伟
    QCOMPARE(r.pending, QList<qint64>{p("zhangwei").id});
    QCOMPARE(r.actions.size(), 4);
    QVERIFY(chainVerifies(r));
    QVERIFY(r.bodySize > 100'000); // a real PDF
    const auto states = [&](const char* who) {
        QSet<approval::DocState> seen;
        for (int v = 0; v < approval::kViewCount; ++v)
            for (const approval::Summary& s :
                 approval::ListResult::fromJson(
                     resultOf(p(who).client.request(
                         approval::op::List,
                         approval::ListArgs{approval::View(v), 0, 100}.toJson())))
                     .items)
                seen.insert(s.state);
        return seen;
    };
    QVERIFY(states("zengli").contains(approval::DocState::Rejected));
    QVERIFY(states("zhangwei").contains(approval::DocState::Completed));
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

// The server's own schema: a database walked up from version 1 equals a fresh one.
void TestApprovalWorkflow::serverSchemaMigratedEqualsFresh() {
    QTemporaryDir dir;
    auto fresh = store::Database::open(dir.filePath(QStringLiteral("fresh.db")));
    QCOMPARE(store::migrate(*fresh.db, server::serverSchema()), store::MigrateResult::Created);
    auto old = store::Database::open(dir.filePath(QStringLiteral("old.db")));
    old.db->exec(QString::fromUtf8(server::serverSchemaV1()));
    old.db->setUserVersion(1);
    old.db->exec(QStringLiteral("INSERT INTO users(name, display_name, password_hash) "
                                "VALUES('u', 'U', 'x')"));
    QCOMPARE(store::migrate(*old.db, server::serverSchema()), store::MigrateResult::Migrated);
    QCOMPARE(old.db->userVersion(), server::serverSchema().version);
    QCOMPARE(store::schemaDump(*old.db), store::schemaDump(*fresh.db));
    auto st = old.db->prepare(QStringLiteral("SELECT count(*) FROM users"));
    QVERIFY(st.next());
    QCOMPARE(st.int64(0), 1); // data survives
    // Actions are append-only, in the schema itself.
    old.db->exec(QStringLiteral(
        "INSERT INTO approval_documents VALUES(1, 1, 't', '', '', 0, 0, 1, x'00', x'00', 0, 0, 1, "
        "0, 0);"
        "INSERT INTO approval_keys VALUES(x'01', 1, 'pem', 0);"
        "INSERT INTO approval_actions VALUES(1, 1, 1, 0, 'approve', '', 0, 'sm2-sm3', x'00', x'', "
        "x'01', x'02', 0);"));
    QVERIFY_THROWS_EXCEPTION(
        store::DbError, old.db->exec(QStringLiteral("UPDATE approval_actions SET opinion='x'")));
    QVERIFY_THROWS_EXCEPTION(store::DbError,
                             old.db->exec(QStringLiteral("DELETE FROM approval_actions")));
}

QTEST_GUILESS_MAIN(TestApprovalWorkflow)
#include "tst_approval_workflow.moc"
