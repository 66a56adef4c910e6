// The approval client core against the real server (--demo): inbox views, opening a document
// with local chain verification, the PDF body checked against its signed hash and kept offline,
// acting online and offline (signed locally, queued in the outbox, the key published first),
// conflicts after working offline (reported, the optimistic act removed, never approved twice,
// never re-signed), and a queued act surviving a client restart.
#include "ServerProcess.h"
#include "TestClient.h"
#include "approval/ApprovalKeys.h"
#include "approval/ApprovalService.h"
#include "approval/ApprovalStore.h"
#include "approval/ChainCheck.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace zt;
using approval::ActionKind;
using approval::ApprovalService;
using approval::DocumentView;
using approval::StepKind;
using approval::StepMode;
using Status = core::ClientCore::Status;

namespace {

constexpr int kTimeoutMs = 30'000;
const QString kQuarterly = QStringLiteral("关于报送第四季度重点工作进展的通知"); // waits for 张伟
const QString kSecurity = QStringLiteral("关于开展2026年度网络安全检查工作的通知"); // 单晓明

// Helpers take a TestClient or a bare ClientCore (the ECDSA case builds its own).
core::ClientCore& coreOf(test::TestClient& c) {
    return c.core();
}
core::ClientCore& coreOf(core::ClientCore& c) {
    return c;
}

ApprovalService& svc(auto& c) {
    return *coreOf(c).approval();
}

qint64 idOf(auto& c) {
    return coreOf(c).account().userId;
}

protocol::Response call(auto& c, const QString& op, const QJsonObject& args) {
    std::optional<protocol::Response> answer;
    coreOf(c).connection().request(op, args, [&](const protocol::Response& r) { answer = r; });
    (void)QTest::qWaitFor([&] { return answer.has_value(); }, kTimeoutMs);
    return answer.value_or(protocol::Response{});
}

// The server's own view of a document, bypassing the client's cache.
approval::GetResult serverState(auto& c, qint64 doc) {
    return approval::GetResult::fromJson(
        call(c, approval::op::Get, approval::DocumentArgs{doc}.toJson()).result);
}

int actionsBy(const approval::GetResult& r, qint64 actor, const QString& verb) {
    int n = 0;
    for (const approval::RecordedAction& a : r.actions)
        n += a.signedAction.actorUserId == actor && a.signedAction.action == verb;
    return n;
}

// Waits for an emission of the spied signal whose arguments match.
std::optional<QList<QVariant>>
awaitSignal(QSignalSpy& spy, const std::function<bool(const QList<QVariant>&)>& match) {
    std::optional<QList<QVariant>> found;
    (void)QTest::qWaitFor(
        [&] {
            for (const QList<QVariant>& args : spy)
                if (match(args)) found = args;
            return found.has_value();
        },
        kTimeoutMs);
    return found;
}

std::optional<approval::ListResult> listFromServer(auto& c, approval::View view) {
    QSignalSpy spy(&svc(c), &ApprovalService::inboxLoaded);
    svc(c).refreshInbox(view);
    const std::optional<QList<QVariant>> args =
        awaitSignal(spy, [](const QList<QVariant>& a) { return a.at(2).toBool(); });
    if (!args) return std::nullopt;
    return args->at(1).value<approval::ListResult>();
}

qint64 findByTitle(const approval::ListResult& list, const QString& title) {
    for (const approval::Summary& s : list.items)
        if (s.title == title) return s.id;
    return 0;
}

// Opens and waits for the server's answer (the cached one, if any, comes first).
std::optional<DocumentView> openFresh(auto& c, qint64 doc) {
    QSignalSpy spy(&svc(c), &ApprovalService::documentLoaded);
    svc(c).open(doc);
    const std::optional<QList<QVariant>> args = awaitSignal(spy, [doc](const QList<QVariant>& a) {
        const auto v = a.at(0).value<DocumentView>();
        return v.fromServer && v.detail.summary.id == doc;
    });
    if (!args) return std::nullopt;
    return args->at(0).value<DocumentView>();
}

// Signs and queues; returns the write's cid (empty when the service refused to queue).
QString queueAct(auto& c, qint64 doc, ActionKind kind, qint64 target = 0) {
    QSignalSpy queued(&svc(c), &ApprovalService::actQueued);
    QSignalSpy failed(&svc(c), &ApprovalService::actFailed);
    svc(c).act(doc, kind, QStringLiteral("同意。"), target);
    (void)QTest::qWaitFor([&] { return !queued.isEmpty() || !failed.isEmpty(); }, kTimeoutMs);
    if (!failed.isEmpty()) qWarning() << "act not queued:" << failed.at(0).at(1).toString();
    return queued.isEmpty() ? QString() : queued.at(0).at(1).toString();
}

bool actOnline(auto& c, qint64 doc, ActionKind kind, qint64 target = 0) {
    QSignalSpy accepted(&svc(c), &ApprovalService::actAccepted);
    const QString cid = queueAct(c, doc, kind, target);
    return !cid.isEmpty() && awaitSignal(accepted, [&](const QList<QVariant>& a) {
        return a.at(1).toString() == cid;
    });
}

bool anyFileContains(const QString& dir, const QByteArray& needle) {
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) return true;
    }
    return false;
}

int outboxRows(auto& c, const QString& op) {
    auto st =
        coreOf(c).database()->prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE op=?"));
    st.bind(1, op);
    return st.next() ? int(st.int64(0)) : -1;
}

} // namespace

class TestApprovalClient : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void inboxShowsTheDemoDocuments();
    void openVerifiesTheSignedHistory();
    void bodyIsVerifiedAndAvailableOffline();
    void firstActPublishesTheKeyAndNotifiesParticipants();
    void offlineActIsSentOnReconnect();
    void offlineActAfterTheStepCompletedIsAConflict();
    void brokenChainIsReportedNotResigned();
    void queuedActSurvivesARestart();
    void ecdsaKeySignsTheSha256BodyHash();
    void signingKeyLivesInTheKeychainWhenThereIsOne();

private:
    std::unique_ptr<test::TestClient> signedIn(const QString& user, const QString& profile = {});
    qint64 createDoc(test::TestClient& drafter, const QList<approval::StepDef>& steps);
    approval::StepDef step(StepKind kind, std::initializer_list<qint64> who) {
        return {kind, StepMode::Sequential, QList<qint64>(who)};
    }

    QTemporaryDir m_data;
    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<test::TestClient> m_zhang; // 张伟
    std::unique_ptr<test::TestClient> m_shan;  // 单晓明
    qint64 m_quarterly = 0;
};

std::unique_ptr<test::TestClient> TestApprovalClient::signedIn(const QString& user,
                                                               const QString& profile) {
    auto client = std::make_unique<test::TestClient>(profile);
    if (!client->signIn(m_server->url(), user) || !client->core().approval()) return nullptr;
    return client;
}

qint64 TestApprovalClient::createDoc(test::TestClient& drafter,
                                     const QList<approval::StepDef>& steps) {
    approval::CreateArgs args;
    args.cid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    args.title = QStringLiteral("关于客户端审批测试的通知");
    args.docNumber = QStringLiteral("测发〔2026〕9号");
    args.issuingUnit = QStringLiteral("测试办公室");
    args.body = QByteArrayLiteral("%PDF-1.4\n% client test\n%%EOF\n");
    args.steps = steps;
    const protocol::Response r = call(drafter, approval::op::Create, args.toJson());
    return r.ok ? approval::CreateResult::fromJson(r.result).document : 0;
}

void TestApprovalClient::initTestCase() {
    m_server = std::make_unique<test::ServerProcess>(m_data.path());
    QVERIFY(m_server->start());
    m_zhang = signedIn(QStringLiteral("zhangwei"));
    m_shan = signedIn(QStringLiteral("shanxiaoming"));
    QVERIFY(m_zhang && m_shan);
}

void TestApprovalClient::inboxShowsTheDemoDocuments() {
    const auto zhangTodo = listFromServer(*m_zhang, approval::View::Todo);
    const auto shanTodo = listFromServer(*m_shan, approval::View::Todo);
    QVERIFY(zhangTodo && shanTodo);
    m_quarterly = findByTitle(*zhangTodo, kQuarterly);
    QVERIFY(m_quarterly > 0);
    QCOMPARE(findByTitle(*zhangTodo, kSecurity), 0); // waits for 单晓明, not 张伟
    QVERIFY(findByTitle(*shanTodo, kSecurity) > 0);
    QCOMPARE(findByTitle(*shanTodo, kQuarterly), 0);
    QCOMPARE(zhangTodo->total, int(zhangTodo->items.size()));
    const auto drafted = listFromServer(*m_shan, approval::View::Drafted);
    QVERIFY(drafted && findByTitle(*drafted, kQuarterly) == m_quarterly);
    // The listing is cached: the next refresh answers from the store first.
    QSignalSpy spy(&svc(*m_zhang), &ApprovalService::inboxLoaded);
    svc(*m_zhang).refreshInbox(approval::View::Todo);
    QVERIFY(!spy.isEmpty());
    QCOMPARE(spy.at(0).at(2).toBool(), false);
    QCOMPARE(findByTitle(spy.at(0).at(1).value<approval::ListResult>(), kQuarterly), m_quarterly);
}

void TestApprovalClient::openVerifiesTheSignedHistory() {
    QVERIFY(m_quarterly > 0);
    const auto view = openFresh(*m_zhang, m_quarterly);
    QVERIFY(view);
    QCOMPARE(view->detail.actions.size(), 4);
    QCOMPARE(view->verdicts.size(), 4);
    QVERIFY(view->chainOk);
    for (const crypto::ActionProblem p : view->verdicts)
        QCOMPARE(p, crypto::ActionProblem::None);
    QCOMPARE(view->detail.pending, QList<qint64>{idOf(*m_zhang)});
    // An opinion edited after signing is caught locally, on that action.
    approval::GetResult edited = view->detail;
    edited.actions[1].signedAction.opinion += QStringLiteral("（改）");
    const approval::ChainReport report = approval::checkHistory(edited);
    QVERIFY(!report.ok);
    QCOMPARE(report.verdicts.at(1), crypto::ActionProblem::BadSignature);
    // Opened again: the cached copy answers first.
    QSignalSpy spy(&svc(*m_zhang), &ApprovalService::documentLoaded);
    svc(*m_zhang).open(m_quarterly);
    QVERIFY(!spy.isEmpty());
    QVERIFY(!spy.at(0).at(0).value<DocumentView>().fromServer);
    QVERIFY(spy.at(0).at(0).value<DocumentView>().chainOk);
}

void TestApprovalClient::bodyIsVerifiedAndAvailableOffline() {
    QVERIFY(m_quarterly > 0);
    QVERIFY(openFresh(*m_zhang, m_quarterly));
    ApprovalService& s = svc(*m_zhang);
    QSignalSpy ready(&s, &ApprovalService::bodyReady);
    QSignalSpy progress(&s, &ApprovalService::bodyProgress);
    s.setAvailableOffline(m_quarterly, true);
    QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty(); }, kTimeoutMs));
    const QByteArray online = ready.at(0).at(1).toByteArray();
    const approval::GetResult state = serverState(*m_zhang, m_quarterly);
    QCOMPARE(online.size(), state.bodySize);
    QVERIFY(online.startsWith("%PDF"));
    QCOMPARE(crypto::digest(crypto::SignatureAlgorithm::Sm2Sm3, online), state.bodySm3);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(1).toLongLong(), state.bodySize);

    m_zhang->core().goOffline();
    QVERIFY(m_zhang->waitStatus(Status::Offline));
    QSignalSpy loaded(&s, &ApprovalService::documentLoaded);
    s.open(m_quarterly);
    QVERIFY(!loaded.isEmpty());
    const auto offline = loaded.at(0).at(0).value<DocumentView>();
    QVERIFY(offline.availableOffline && offline.bodyAvailable && offline.chainOk);
    QCOMPARE(offline.detail.summary.title, kQuarterly);
    ready.clear();
    s.fetchBody(m_quarterly);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.at(0).at(1).toByteArray(), online);
    QCOMPARE(ready.at(0).at(2).toBool(), false);
    m_zhang->core().goOnline();
    QVERIFY(m_zhang->waitStatus(Status::Online));

    // A body that does not match the hash its signatures cover is refused and not stored.
    const auto shanTodo = listFromServer(*m_shan, approval::View::Todo);
    const qint64 security = shanTodo ? findByTitle(*shanTodo, kSecurity) : 0;
    const auto secView = openFresh(*m_shan, security);
    QVERIFY(secView);
    approval::GetResult forged = secView->detail;
    forged.bodySha256[0] = char(forged.bodySha256[0] ^ 1);
    approval::ApprovalStore(*m_shan->core().database()).storeDocument(forged);
    QSignalSpy failed(&svc(*m_shan), &ApprovalService::bodyFailed);
    svc(*m_shan).fetchBody(security);
    QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, kTimeoutMs));
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    QVERIFY(!svc(*m_shan).cachedBody(security));
}

void TestApprovalClient::firstActPublishesTheKeyAndNotifiesParticipants() {
    QVERIFY(m_quarterly > 0);
    ApprovalService& s = svc(*m_zhang);
    QVERIFY(!s.keys().isPublished());
    const auto before = openFresh(*m_zhang, m_quarterly);
    QVERIFY(before && before->detail.summary.currentStep == 1);
    const qint64 version = before->detail.summary.version;

    QSignalSpy loaded(&s, &ApprovalService::documentLoaded);
    QVERIFY(actOnline(*m_zhang, m_quarterly, ActionKind::Approve));
    QVERIFY(s.keys().isPublished());
    // The pending act was visible at once, after the history.
    QVERIFY(!loaded.isEmpty());
    QCOMPARE(loaded.at(0).at(0).value<DocumentView>().pending.size(), 1);

    const approval::GetResult after = serverState(*m_zhang, m_quarterly);
    QCOMPARE(after.summary.currentStep, 2);
    QCOMPARE(after.summary.version, version + 1);
    QCOMPARE(after.actions.last().signedAction.publicKeyFingerprint, s.keys().fingerprint());
    QCOMPARE(actionsBy(after, idOf(*m_zhang), QStringLiteral("approve")), 1);
    // Settled: the refreshed cache holds the real history, which still verifies.
    QTRY_VERIFY_WITH_TIMEOUT(s.cachedDocument(m_quarterly)->detail.summary.version == version + 1,
                             kTimeoutMs);
    const DocumentView cached = *s.cachedDocument(m_quarterly);
    QVERIFY(cached.pending.isEmpty());
    QVERIFY(cached.chainOk);
    // The drafter got approval.updated and fetched the document again by itself.
    QTRY_VERIFY_WITH_TIMEOUT(svc(*m_shan).cachedDocument(m_quarterly) &&
                                 svc(*m_shan).cachedDocument(m_quarterly)->detail.summary.version ==
                                     version + 1,
                             kTimeoutMs);
}

void TestApprovalClient::offlineActIsSentOnReconnect() {
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

void TestApprovalClient::offlineActAfterTheStepCompletedIsAConflict() {
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

void TestApprovalClient::brokenChainIsReportedNotResigned() {
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

void TestApprovalClient::queuedActSurvivesARestart() {
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

// ECDSA P-256 instead of SM2: chosen in ClientCore::Options, signs the SHA-256 body hash.
void TestApprovalClient::ecdsaKeySignsTheSha256BodyHash() {
    QTemporaryDir profile;
    core::ClientCore::Options options;
    options.profileDir = profile.path();
    options.useKeychain = false;
    options.signingAlgorithm = crypto::SignatureAlgorithm::EcdsaP256Sha256;
    core::ClientCore wang(options);
    connect(&wang, &core::ClientCore::passphraseRequired, &wang,
            [&wang] { wang.supplyPassphrase(QStringLiteral("test passphrase")); });
    wang.signIn(m_server->url(), QStringLiteral("wangfang"), test::kDemoPassword, false);
    QTRY_COMPARE_WITH_TIMEOUT(wang.status(), Status::Online, kTimeoutMs);
    QVERIFY(wang.approval());
    const qint64 doc = createDoc(*m_zhang, {step(StepKind::Drafting, {idOf(*m_zhang)}),
                                            step(StepKind::Checking, {idOf(wang)})});
    QVERIFY(doc > 0);
    QVERIFY(openFresh(*m_zhang, doc));
    QVERIFY(actOnline(*m_zhang, doc, ActionKind::Approve));
    QVERIFY(openFresh(wang, doc));
    QVERIFY(actOnline(wang, doc, ActionKind::Approve));
    const approval::GetResult state = serverState(wang, doc);
    QCOMPARE(state.summary.state, approval::DocState::Completed);
    const crypto::SignedAction& signedByWang = state.actions.last().signedAction;
    QCOMPARE(signedByWang.algorithm, crypto::SignatureAlgorithm::EcdsaP256Sha256);
    QCOMPARE(signedByWang.contentHash, state.bodySha256);
    const auto view = openFresh(wang, doc);
    QVERIFY(view && view->chainOk); // SM2 and ECDSA actions in one verified chain
}

// With a keychain (scripts/test.sh runs the suite under gnome-keyring) the private key goes there
// and the store keeps only the public half; a restarted client signs with the same key.
void TestApprovalClient::signingKeyLivesInTheKeychainWhenThereIsOne() {
    if (qEnvironmentVariableIsEmpty("ZT_REQUIRE_KEYRING"))
        QSKIP("no keyring; run through tests/with-keyring.sh (scripts/test.sh does)");
    QTemporaryDir profile;
    const auto start = [&] {
        core::ClientCore::Options options;
        options.profileDir = profile.path();
        auto core = std::make_unique<core::ClientCore>(options);
        core->signIn(m_server->url(), QStringLiteral("lina"), test::kDemoPassword, false);
        return core;
    };
    auto lina = start();
    QTRY_COMPARE_WITH_TIMEOUT(lina->status(), Status::Online, kTimeoutMs);
    const qint64 doc = createDoc(*m_zhang, {step(StepKind::Drafting, {idOf(*m_zhang)}),
                                            step(StepKind::Checking, {idOf(*lina)})});
    QVERIFY(doc > 0 && openFresh(*lina, doc));
    QVERIFY(actOnline(*lina, doc, ActionKind::Comment));
    const QByteArray fingerprint = svc(*lina).keys().fingerprint();
    {
        auto st = lina->database()->prepare(
            QStringLiteral("SELECT count(*) FROM approval_own_keys WHERE private_pem IS NULL"));
        QVERIFY(st.next());
        QCOMPARE(st.int64(0), 1);
    }
    lina.reset();
    lina = start();
    QTRY_COMPARE_WITH_TIMEOUT(lina->status(), Status::Online, kTimeoutMs);
    QVERIFY(openFresh(*lina, doc));
    QVERIFY(actOnline(*lina, doc, ActionKind::Comment));
    QCOMPARE(svc(*lina).keys().fingerprint(), fingerprint);
    const approval::GetResult state = serverState(*lina, doc);
    QCOMPARE(actionsBy(state, idOf(*lina), QStringLiteral("comment")), 2);
    QCOMPARE(state.actions.last().signedAction.publicKeyFingerprint, fingerprint);
}

QTEST_GUILESS_MAIN(TestApprovalClient)
#include "tst_approval_client.moc"
