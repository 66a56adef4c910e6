// The approval client core against the real server (--demo): inbox views, opening a document
// with local chain verification, the PDF body checked against its signed hash and kept offline,
// the first act publishing the key, ECDSA instead of SM2, and the signing key in the keychain.
// Acting offline and the conflicts after it: tst_approval_offline.
#include "ApprovalClientHelpers.h"
#include "approval/ApprovalKeys.h"
#include "approval/ApprovalStore.h"
#include "approval/ChainCheck.h"

using namespace zt;
using namespace zt::test::approvalclient;
using approval::StepKind;
using Status = core::ClientCore::Status;

class TestApprovalClient : public QObject, private ClientFixture {
    Q_OBJECT
private slots:
    void initTestCase();
    void inboxShowsTheDemoDocuments();
    void openVerifiesTheSignedHistory();
    void bodyIsVerifiedAndAvailableOffline();
    void firstActPublishesTheKeyAndNotifiesParticipants();
    void ecdsaKeySignsTheSha256BodyHash();
    void signingKeyLivesInTheKeychainWhenThereIsOne();

private:
    std::unique_ptr<test::TestClient> m_zhang; // 张伟
    std::unique_ptr<test::TestClient> m_shan;  // 单晓明
    qint64 m_quarterly = 0;
};

void TestApprovalClient::initTestCase() {
    startServer();
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
