// Seals on approval documents (issue 5 §2) against the real server: the placement's canonical
// signed encoding, seal images published and a placement signed with an approval, verified,
// returned and its image served to readers only; tampered placements refused; and the client
// core sealing an approval offline, sent on reconnect, its image fetched by a later reader.
#include "ApprovalMarksFixture.h"
#include "approval/ChainCheck.h"

using namespace zt;
using namespace zt::test::marks;

class TestApprovalMarksSeals : public QObject, public MarksFixture {
    Q_OBJECT
private slots:
    void initTestCase() { startServerAndParties(); }
    void sealPlacementEncodingIsCanonical();
    void sealPlacementIsSignedVerifiedAndReturned();
    void tamperedSealPlacementIsRefused();
    void clientCoreApprovesWithASeal();
};

void TestApprovalMarksSeals::sealPlacementEncodingIsCanonical() {
    const auto key = crypto::SigningKey::generate(SignatureAlgorithm::Sm2Sm3);
    crypto::SignedAction a;
    a.documentId = QStringLiteral("7");
    a.step = QStringLiteral("1");
    a.action = QStringLiteral("approve");
    a.actorUserId = 3;
    a.timeMs = 1795777769754;
    const QByteArray plain = crypto::canonicalBytes(a);
    QCOMPARE(plain.at(4), char(1)); // no seal: the version-1 bytes of before
    const approval::SealPlacement seal = placement();
    a.seal = seal.signedText();
    const QByteArray sealed = crypto::canonicalBytes(a);
    QCOMPARE(sealed.at(4), char(2));
    QVERIFY(sealed.endsWith(seal.signedText()));
    QCOMPARE(approval::SealPlacement::fromSignedText(seal.signedText()), seal);
    QVERIFY(!approval::SealPlacement::fromSignedText("page=00;" + seal.signedText().mid(7)));
    QVERIFY(!approval::SealPlacement::fromSignedText(
        QByteArray("page=0;x=1;y=2;width=0;sealHash=") + seal.sealHash.toBase64()));
    // The placement is covered: changing it breaks the signature.
    QVERIFY(crypto::sign(a, key));
    QVERIFY(crypto::PublicKey::fromPem(key.publicKeyPem())
                ->verify(crypto::canonicalBytes(a), a.signature));
    approval::SealPlacement moved = seal;
    moved.x += 1;
    a.seal = moved.signedText();
    QVERIFY(!crypto::PublicKey::fromPem(key.publicKeyPem())
                 ->verify(crypto::canonicalBytes(a), a.signature));
    QVERIFY(approval::isAcceptableSealPng(kSealPng));
    QVERIFY(!approval::isAcceptableSealPng(kPdf));
}

void TestApprovalMarksSeals::sealPlacementIsSignedVerifiedAndReturned() {
    const qint64 doc = createDoc("zhangwei", {"zhangwei", "lina", "wangfang"});
    QCOMPARE(outcome(p("zhangwei")
                         .client.request(approval::op::Act,
                                         signedApproval("zhangwei", doc, {}).toJson())),
             kOk);
    const QJsonObject published = p("lina").client.request(
        approval::op::PublishSeal, approval::PublishSealArgs{cid(), kSealPng}.toJson());
    QCOMPARE(outcome(published), kOk);
    QCOMPARE(approval::PublishSealResult::fromJson(resultOf(published)).sealHash,
             approval::sealHashOf(kSealPng));
    const approval::SealPlacement seal = placement();
    // Before the approval, the seal is on no document: not served even to a reader.
    const approval::SealArgs fetch{doc, p("lina").id, seal.sealHash};
    QCOMPARE(outcome(p("wangfang").client.request(approval::op::Seal, fetch.toJson())),
             QStringLiteral("not_found/no such seal"));
    QCOMPARE(outcome(p("lina").client.request(approval::op::Act,
                                              signedApproval("lina", doc, seal).toJson())),
             kOk);

    const approval::GetResult state = get("wangfang", doc);
    QCOMPARE(state.actions.size(), 2);
    QVERIFY(!state.actions.at(0).sealPlacement());
    QCOMPARE(state.actions.at(1).sealPlacement(), seal);
    QVERIFY(approval::checkHistory(state).ok); // verified on the reader's side too
    approval::GetResult moved = state;
    moved.actions[1].signedAction.seal =
        approval::SealPlacement{1, 6200, 7800, 2500, seal.sealHash}.signedText();
    QCOMPARE(approval::checkHistory(moved).verdicts.at(1), crypto::ActionProblem::BadSignature);
    // The reader gets the image the signature names; an outsider does not.
    const QJsonObject image = p("wangfang").client.request(approval::op::Seal, fetch.toJson());
    QCOMPARE(outcome(image), kOk);
    QCOMPARE(approval::SealResult::fromJson(resultOf(image)).png, kSealPng);
    QCOMPARE(outcome(p("zengli").client.request(approval::op::Seal, fetch.toJson())),
             QStringLiteral("not_found/no such document"));
}

void TestApprovalMarksSeals::tamperedSealPlacementIsRefused() {
    const qint64 doc = createDoc("lina", {"lina", "zhangwei"});
    QCOMPARE(outcome(p("lina").client.request(approval::op::PublishSeal,
                                              approval::PublishSealArgs{cid(), kSealPng}.toJson())),
             kOk);
    const approval::SealPlacement seal = placement();
    const auto send = [&](const std::function<void(approval::SealPlacement&)>& tamper) {
        approval::ActArgs args = signedApproval("lina", doc, seal);
        tamper(*args.seal);
        return outcome(p("lina").client.request(approval::op::Act, args.toJson()));
    };
    const QString badSignature = QStringLiteral("bad_signature/bad_signature");
    QCOMPARE(send([](approval::SealPlacement& s) { s.page = 3; }), badSignature);
    QCOMPARE(send([](approval::SealPlacement& s) { s.x -= 100; }), badSignature);
    QCOMPARE(send([](approval::SealPlacement& s) { s.width = 9000; }), badSignature);
    // The seal removed from a sealed approval: the signature no longer matches either.
    approval::ActArgs stripped = signedApproval("lina", doc, seal);
    stripped.seal.reset();
    QCOMPARE(outcome(p("lina").client.request(approval::op::Act, stripped.toJson())), badSignature);
    // Signed correctly, but naming an image 李娜 never published.
    const approval::SealPlacement unknown{0, 100, 100, 1000,
                                          approval::sealHashOf(QByteArrayLiteral("not published"))};
    QCOMPARE(outcome(p("lina").client.request(approval::op::Act,
                                              signedApproval("lina", doc, unknown).toJson())),
             QStringLiteral("conflict/unknown_seal"));
    QVERIFY(get("lina", doc).actions.isEmpty()); // nothing was recorded
    QCOMPARE(send([](approval::SealPlacement&) {}), kOk);
}

void TestApprovalMarksSeals::clientCoreApprovesWithASeal() {
    test::TestClient zhang;
    QVERIFY(zhang.signIn(m_server->url(), QStringLiteral("zhangwei")));
    const qint64 doc = createDoc("zhangwei", {"zhangwei", "wangfang"});
    QVERIFY(openFresh(zhang, doc));
    ApprovalService& s = svc(zhang);
    QSignalSpy actFailed(&s, &ApprovalService::actFailed);
    s.approveWithSeal(doc, QStringLiteral("同意。"), 0, {0.6, 0.75}, 0.2);
    QCOMPARE(actFailed.size(), 1); // no seal image chosen yet

    // Offline: the seal image and the sealed approval are queued, in that order.
    zhang.core().goOffline();
    QVERIFY(zhang.waitStatus(Status::Offline));
    QSignalSpy sealRejected(&s, &ApprovalService::sealImageFailed);
    s.setSealImage(kPdf);
    QCOMPARE(sealRejected.size(), 1);
    QSignalSpy sealSet(&s, &ApprovalService::sealImageSet);
    QSignalSpy queued(&s, &ApprovalService::actQueued);
    QSignalSpy accepted(&s, &ApprovalService::actAccepted);
    QSignalSpy published(&s, &ApprovalService::sealImagePublished);
    s.setSealImage(kSealPng);
    QCOMPARE(sealSet.size(), 1);
    QCOMPARE(s.ownSealImage().value_or(QByteArray()), kSealPng);
    s.approveWithSeal(doc, QStringLiteral("同意。"), 0, {0.6, 0.75}, 0.2);
    QVERIFY(QTest::qWaitFor([&] { return !queued.isEmpty(); }, kTimeoutMs));
    const auto pendingView = s.cachedDocument(doc);
    QVERIFY(pendingView);
    QCOMPARE(pendingView->seals.size(), 1);
    QVERIFY(pendingView->seals.at(0).pending);
    QCOMPARE(pendingView->seals.at(0).placement.x, 6000);
    QCOMPARE(pendingView->sealImages.value(approval::sealHashOf(kSealPng)), kSealPng);

    zhang.core().goOnline();
    QVERIFY(zhang.waitStatus(Status::Online));
    QVERIFY(QTest::qWaitFor([&] { return !accepted.isEmpty(); }, kTimeoutMs));
    QVERIFY(!published.isEmpty() && published.at(0).at(1).toBool());
    const auto view = s.cachedDocument(doc);
    QVERIFY(view && view->chainOk);
    QCOMPARE(view->seals.size(), 1);
    QVERIFY(!view->seals.at(0).pending);
    const approval::SealPlacement expected{0, 6000, 7500, 2000, approval::sealHashOf(kSealPng)};
    QCOMPARE(view->seals.at(0).placement, expected);

    // A later reader's client core fetches the seal image the history names.
    test::TestClient wang;
    QVERIFY(wang.signIn(m_server->url(), QStringLiteral("wangfang")));
    QSignalSpy wangLoaded(&svc(wang), &ApprovalService::documentLoaded);
    svc(wang).open(doc);
    QVERIFY(awaitSignal(wangLoaded, [&](const QList<QVariant>& a) {
        return a.at(0).value<DocumentView>().sealImages.value(expected.sealHash) == kSealPng;
    }));
    QCOMPARE(svc(wang).cachedDocument(doc)->seals.at(0).actor, p("zhangwei").id);
}

QTEST_GUILESS_MAIN(TestApprovalMarksSeals)
#include "tst_approval_marks_seals.moc"
