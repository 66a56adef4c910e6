// Marks on approval documents (issue 5 §2) against the real server: annotations added by one
// step and read by a later step's assignee, removed only by their author, refused to outsiders
// and when malformed; seal images published and a seal placement signed with an approval,
// verified, returned and its image served to readers only; tampered placements refused; and the
// client core annotating offline and sealing an approval, sent on reconnect.
#include "RawClient.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "approval/ApprovalProtocol.h"
#include "approval/ApprovalService.h"
#include "approval/ChainCheck.h"
#include "crypto/ActionChain.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <map>

using namespace zt;
using approval::Annotation;
using approval::AnnotationKind;
using approval::ApprovalService;
using approval::DocumentView;
using approval::StepKind;
using approval::StepMode;
using crypto::SignatureAlgorithm;
using Status = core::ClientCore::Status;

namespace {

constexpr int kTimeoutMs = 30'000;
const QString kOk = QStringLiteral("ok");
const QByteArray kPdf = QByteArrayLiteral("%PDF-1.4\n% marks test\n1 0 obj<<>>endobj\n%%EOF\n");
// A 1×1 PNG.
const QByteArray kSealPng =
    QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+"
                           "M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

QString cid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

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

Annotation note(int page, double x, double y, const QString& text) {
    Annotation a;
    a.kind = AnnotationKind::Note;
    a.page = page;
    a.x = x;
    a.y = y;
    a.text = text;
    return a;
}

Annotation highlight(int page, const QList<QRectF>& rects) {
    Annotation a;
    a.kind = AnnotationKind::Highlight;
    a.page = page;
    a.x = rects.first().x();
    a.y = rects.first().y();
    a.rects = rects;
    return a;
}

// Client-core helpers.
ApprovalService& svc(test::TestClient& c) {
    return *c.core().approval();
}

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

std::optional<DocumentView> openFresh(test::TestClient& c, qint64 doc) {
    QSignalSpy spy(&svc(c), &ApprovalService::documentLoaded);
    svc(c).open(doc);
    const auto args = awaitSignal(spy, [doc](const QList<QVariant>& a) {
        const auto v = a.at(0).value<DocumentView>();
        return v.fromServer && v.detail.summary.id == doc;
    });
    if (!args) return std::nullopt;
    return args->at(0).value<DocumentView>();
}

} // namespace

class TestApprovalMarks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sealPlacementEncodingIsCanonical();
    void annotationsAreSharedWithLaterSteps();
    void onlyTheAuthorRemovesAnAnnotation();
    void outsidersCannotSeeOrAddMarks();
    void malformedMarksAreRefused();
    void sealPlacementIsSignedVerifiedAndReturned();
    void tamperedSealPlacementIsRefused();
    void offlineAnnotationIsSentOnReconnect();
    void clientCoreApprovesWithASeal();

private:
    Party& p(const char* name) { return *m_parties.at(QLatin1String(name)); }
    qint64 createDoc(const char* drafter, std::initializer_list<const char*> chain);
    approval::GetResult get(const char* who, qint64 doc);
    QJsonObject annotate(const char* who, qint64 doc, const Annotation& a, const QString& id = {});
    approval::ActArgs signedApproval(const char* who, qint64 doc,
                                     const std::optional<approval::SealPlacement>& seal);
    approval::SealPlacement placement(const QByteArray& png = kSealPng) const {
        return {0, 6200, 7800, 2500, approval::sealHashOf(png)};
    }

    QTemporaryDir m_data;
    std::unique_ptr<test::ServerProcess> m_server;
    std::map<QString, std::unique_ptr<Party>> m_parties;
};

void TestApprovalMarks::initTestCase() {
    m_server = std::make_unique<test::ServerProcess>(m_data.path());
    QVERIFY(m_server->start());
    for (const char* name : {"zhangwei", "lina", "wangfang", "zengli"}) {
        const bool ecdsa = QLatin1String(name) == QLatin1String("wangfang");
        auto party = std::make_unique<Party>(crypto::SigningKey::generate(
            ecdsa ? SignatureAlgorithm::EcdsaP256Sha256 : SignatureAlgorithm::Sm2Sm3));
        QVERIFY(party->client.open(m_server->url()) && party->client.hello());
        const QJsonObject login = party->client.request(
            QStringLiteral("auth.login"), {{QStringLiteral("user"), QLatin1String(name)},
                                           {QStringLiteral("password"), test::kDemoPassword}});
        party->id = resultOf(login).value(QStringLiteral("userId")).toInteger();
        QVERIFY(party->id > 0);
        QCOMPARE(outcome(party->client.request(
                     approval::op::PublishKey,
                     approval::PublishKeyArgs{cid(), party->key.publicKeyPem()}.toJson())),
                 kOk);
        m_parties[QLatin1String(name)] = std::move(party);
    }
}

// One sequential step per name, in order; the first is the drafting step.
qint64 TestApprovalMarks::createDoc(const char* drafter, std::initializer_list<const char*> chain) {
    approval::CreateArgs args;
    args.cid = cid();
    args.title = QStringLiteral("关于批注与印章测试的通知");
    args.docNumber = QStringLiteral("测发〔2026〕8号");
    args.issuingUnit = QStringLiteral("测试办公室");
    args.body = kPdf;
    StepKind kind = StepKind::Drafting;
    for (const char* name : chain) {
        args.steps.append({kind, StepMode::Sequential, {p(name).id}});
        kind = StepKind::Checking;
    }
    const QJsonObject res = p(drafter).client.request(approval::op::Create, args.toJson());
    return outcome(res) == kOk ? approval::CreateResult::fromJson(resultOf(res)).document : 0;
}

approval::GetResult TestApprovalMarks::get(const char* who, qint64 doc) {
    return approval::GetResult::fromJson(
        resultOf(p(who).client.request(approval::op::Get, approval::DocumentArgs{doc}.toJson())));
}

QJsonObject TestApprovalMarks::annotate(const char* who, qint64 doc, const Annotation& a,
                                        const QString& id) {
    approval::AnnotateArgs args;
    args.cid = id.isEmpty() ? cid() : id;
    args.document = doc;
    args.annotation = a;
    return p(who).client.request(approval::op::Annotate, args.toJson());
}

approval::ActArgs
TestApprovalMarks::signedApproval(const char* who, qint64 doc,
                                  const std::optional<approval::SealPlacement>& seal) {
    Party& party = p(who);
    const approval::GetResult state = get(who, doc);
    crypto::SignedAction a;
    a.documentId = approval::signedDocumentId(doc);
    a.contentHash =
        party.key.algorithm() == SignatureAlgorithm::Sm2Sm3 ? state.bodySm3 : state.bodySha256;
    a.step = approval::signedStep(state.summary.currentStep);
    a.action = QStringLiteral("approve");
    a.opinion = QStringLiteral("同意，盖章。");
    a.actorUserId = party.id;
    a.timeMs = QDateTime::currentMSecsSinceEpoch();
    a.previousSignature =
        state.actions.isEmpty() ? QByteArray() : state.actions.last().signedAction.signature;
    if (seal) a.seal = seal->signedText();
    if (!crypto::sign(a, party.key)) qWarning("signing failed");
    return approval::ActArgs::fromSigned(cid(), doc, state.summary.currentStep, a);
}

void TestApprovalMarks::sealPlacementEncodingIsCanonical() {
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

void TestApprovalMarks::annotationsAreSharedWithLaterSteps() {
    const qint64 doc = createDoc("zhangwei", {"zhangwei", "lina", "wangfang"});
    QVERIFY(doc > 0);
    const QString noteCid = cid();
    const QJsonObject added = annotate(
        "zhangwei", doc, note(0, 0.25, 0.5, QStringLiteral("第二段请核对数据来源。")), noteCid);
    QCOMPARE(outcome(added), kOk);
    const qint64 noteId = approval::AnnotateResult::fromJson(resultOf(added)).id;
    QVERIFY(noteId > 0);
    // The same write again answers the first result and adds nothing.
    const QJsonObject again = annotate(
        "zhangwei", doc, note(0, 0.25, 0.5, QStringLiteral("第二段请核对数据来源。")), noteCid);
    QCOMPARE(approval::AnnotateResult::fromJson(resultOf(again)).id, noteId);
    QCOMPARE(outcome(annotate(
                 "lina", doc,
                 highlight(1, {QRectF(0.1, 0.2, 0.5, 0.03), QRectF(0.1, 0.235, 0.3, 0.03)}))),
             kOk);
    const qint64 versionBefore = get("zhangwei", doc).summary.version;

    // 王芳 assigned to the last step sees both, with their authors and places.
    const approval::GetResult later = get("wangfang", doc);
    QCOMPARE(later.annotations.size(), 2);
    const Annotation& n = later.annotations.at(0);
    QCOMPARE(n.id, noteId);
    QCOMPARE(n.author, p("zhangwei").id);
    QCOMPARE(n.kind, AnnotationKind::Note);
    QCOMPARE(n.page, 0);
    QCOMPARE(n.x, 0.25);
    QCOMPARE(n.y, 0.5);
    QCOMPARE(n.text, QStringLiteral("第二段请核对数据来源。"));
    QVERIFY(n.timeMs > 0);
    const Annotation& h = later.annotations.at(1);
    QCOMPARE(h.author, p("lina").id);
    QCOMPARE(h.kind, AnnotationKind::Highlight);
    QCOMPARE(h.rects, (QList<QRectF>{QRectF(0.1, 0.2, 0.5, 0.03), QRectF(0.1, 0.235, 0.3, 0.03)}));
    // Annotating does not move the workflow or the version (it counts actions) ...
    QCOMPARE(later.summary.version, versionBefore);
    QVERIFY(later.actions.isEmpty());
    // ... but every reader hears of it and reads the document again.
    // (creation and two annotations: three approval.updated events for this document)
    const auto updates = [&] {
        int n = 0;
        for (const QJsonObject& f : p("wangfang").client.received())
            n += f.value(QStringLiteral("kind")).toString() == approval::event::Updated &&
                 f.value(QStringLiteral("data"))
                         .toObject()
                         .value(QStringLiteral("doc"))
                         .toInteger() == doc;
        return n;
    };
    QVERIFY(QTest::qWaitFor([&] { return updates() >= 3; }, kTimeoutMs));
}

void TestApprovalMarks::onlyTheAuthorRemovesAnAnnotation() {
    const qint64 doc = createDoc("zhangwei", {"zhangwei", "lina"});
    const QJsonObject added = annotate("zhangwei", doc, note(2, 0.9, 0.1, QStringLiteral("删")));
    const qint64 id = approval::AnnotateResult::fromJson(resultOf(added)).id;
    QVERIFY(id > 0);
    const auto remove = [&](const char* who, qint64 annotation) {
        approval::AnnotateArgs args;
        args.cid = cid();
        args.document = doc;
        args.remove = annotation;
        return outcome(p(who).client.request(approval::op::Annotate, args.toJson()));
    };
    QCOMPARE(remove("lina", id), QStringLiteral("conflict/not_author"));
    QCOMPARE(remove("zhangwei", id + 1000), QStringLiteral("not_found/no such annotation"));
    QCOMPARE(get("lina", doc).annotations.size(), 1);
    QCOMPARE(remove("zhangwei", id), kOk);
    QVERIFY(get("lina", doc).annotations.isEmpty());
}

void TestApprovalMarks::outsidersCannotSeeOrAddMarks() {
    const qint64 doc = createDoc("zhangwei", {"zhangwei", "lina"});
    QCOMPARE(outcome(annotate("zhangwei", doc, note(0, 0.5, 0.5, QStringLiteral("内部意见")))),
             kOk);
    const QString notFound = QStringLiteral("not_found/no such document");
    QCOMPARE(outcome(annotate("zengli", doc, note(0, 0.5, 0.5, QStringLiteral("外人")))), notFound);
    QCOMPARE(outcome(annotate("zengli", doc + 100000, note(0, 0.5, 0.5, QStringLiteral("无")))),
             notFound); // exactly as for a document that does not exist
    QCOMPARE(outcome(p("zengli").client.request(approval::op::Get,
                                                approval::DocumentArgs{doc}.toJson())),
             notFound);
    QCOMPARE(get("lina", doc).annotations.size(), 1); // the outsider's was not added
}

void TestApprovalMarks::malformedMarksAreRefused() {
    const qint64 doc = createDoc("zhangwei", {"zhangwei", "lina"});
    const auto bad = [](const QJsonObject& res) {
        return outcome(res).startsWith(QStringLiteral("bad_args/"));
    };
    QVERIFY(bad(annotate("zhangwei", doc, note(0, 1.5, 0.5, QStringLiteral("出界")))));
    QVERIFY(bad(annotate("zhangwei", doc, note(0, 0.5, 0.5, QStringLiteral("  ")))));
    QVERIFY(bad(annotate("zhangwei", doc, note(-1, 0.5, 0.5, QStringLiteral("负页")))));
    QVERIFY(bad(annotate("zhangwei", doc, highlight(0, {QRectF(0.8, 0.1, 0.5, 0.1)}))));
    QVERIFY(bad(annotate("zhangwei", doc,
                         note(0, 0.5, 0.5, QString(approval::kMaxAnnotationText + 1, u'字')))));
    QVERIFY(bad(p("zhangwei")
                    .client.request(approval::op::PublishSeal,
                                    approval::PublishSealArgs{cid(), kPdf}.toJson())));
    // A seal belongs to an approval only.
    approval::ActArgs args = signedApproval("zhangwei", doc, placement());
    QJsonObject reject = args.toJson();
    reject.insert(QStringLiteral("action"), QStringLiteral("reject"));
    QVERIFY(bad(p("zhangwei").client.request(approval::op::Act, reject)));
    QVERIFY(get("zhangwei", doc).annotations.isEmpty());
}

void TestApprovalMarks::sealPlacementIsSignedVerifiedAndReturned() {
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

void TestApprovalMarks::tamperedSealPlacementIsRefused() {
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

void TestApprovalMarks::offlineAnnotationIsSentOnReconnect() {
    test::TestClient zhang;
    QVERIFY(zhang.signIn(m_server->url(), QStringLiteral("zhangwei")));
    const qint64 doc = createDoc("zhangwei", {"zhangwei", "lina"});
    QVERIFY(openFresh(zhang, doc));
    ApprovalService& s = svc(zhang);

    zhang.core().goOffline();
    QVERIFY(zhang.waitStatus(Status::Offline));
    QSignalSpy queued(&s, &ApprovalService::annotationQueued);
    QSignalSpy loaded(&s, &ApprovalService::documentLoaded);
    QSignalSpy settled(&s, &ApprovalService::annotationSettled);
    s.annotate(doc, note(0, 0.3, 0.4, QStringLiteral("离线批注：请补充附件。")));
    QCOMPARE(queued.size(), 1);
    const QString noteCid = queued.at(0).at(1).toString();
    // Shown at once as pending.
    QVERIFY(!loaded.isEmpty());
    const auto pendingView = loaded.last().at(0).value<DocumentView>();
    QCOMPARE(pendingView.pendingAnnotations.size(), 1);
    QCOMPARE(pendingView.pendingAnnotations.at(0).cid, noteCid);
    QCOMPARE(pendingView.pendingAnnotations.at(0).author, p("zhangwei").id);
    QVERIFY(pendingView.detail.annotations.isEmpty());
    // An invalid annotation is refused before anything is queued.
    QSignalSpy failed(&s, &ApprovalService::annotationFailed);
    s.annotate(doc, note(0, 0.3, 0.4, QString()));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(queued.size(), 1);

    zhang.core().goOnline();
    QVERIFY(zhang.waitStatus(Status::Online));
    QVERIFY(awaitSignal(settled, [&](const QList<QVariant>& a) {
        return a.at(1).toString() == noteCid && a.at(2).toBool();
    }));
    const auto view = s.cachedDocument(doc);
    QVERIFY(view);
    QVERIFY(view->pendingAnnotations.isEmpty());
    QCOMPARE(view->detail.annotations.size(), 1);
    QCOMPARE(view->detail.annotations.at(0).text, QStringLiteral("离线批注：请补充附件。"));
    // 李娜 at the next step reads it from the server.
    QCOMPARE(get("lina", doc).annotations.size(), 1);

    // Removing it offline hides it at once; on reconnect it is gone for everyone.
    zhang.core().goOffline();
    QVERIFY(zhang.waitStatus(Status::Offline));
    settled.clear();
    s.removeAnnotation(doc, view->detail.annotations.at(0).id);
    QCOMPARE(s.cachedDocument(doc)->pendingRemovals,
             QList<qint64>{view->detail.annotations.at(0).id});
    zhang.core().goOnline();
    QVERIFY(zhang.waitStatus(Status::Online));
    QVERIFY(awaitSignal(settled, [](const QList<QVariant>& a) { return a.at(2).toBool(); }));
    QVERIFY(get("lina", doc).annotations.isEmpty());
    QVERIFY(s.cachedDocument(doc)->pendingRemovals.isEmpty());
}

void TestApprovalMarks::clientCoreApprovesWithASeal() {
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

QTEST_GUILESS_MAIN(TestApprovalMarks)
#include "tst_approval_marks.moc"
