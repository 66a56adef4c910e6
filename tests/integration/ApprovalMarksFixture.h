#pragma once
// Shared by the tests of marks on approval documents (issue 5 §2) against the real server
// (tst_approval_marks_annotations, tst_approval_marks_seals): four demo accounts signed in over
// bare WebSockets with published keys (王芳 ECDSA P-256, the others SM2), helpers that create
// documents, annotate and sign approvals (sealed or not), and client-core helpers.
#include "RawClient.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "approval/ApprovalProtocol.h"
#include "approval/ApprovalService.h"
#include "crypto/ActionChain.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <functional>
#include <map>
#include <memory>

namespace zt::test::marks {

using approval::Annotation;
using approval::AnnotationKind;
using approval::ApprovalService;
using approval::DocumentView;
using approval::StepKind;
using approval::StepMode;
using crypto::SignatureAlgorithm;
using Status = core::ClientCore::Status;

inline constexpr int kTimeoutMs = 30'000;
inline const QString kOk = QStringLiteral("ok");
inline const QByteArray kPdf =
    QByteArrayLiteral("%PDF-1.4\n% marks test\n1 0 obj<<>>endobj\n%%EOF\n");
// A 1×1 PNG.
inline const QByteArray kSealPng =
    QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+"
                           "M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

inline QString cid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QString outcome(const QJsonObject& res) {
    if (res.value(QStringLiteral("ok")).toBool()) return kOk;
    const QJsonObject e = res.value(QStringLiteral("error")).toObject();
    return e.value(QStringLiteral("code")).toString() + QLatin1Char('/') +
           e.value(QStringLiteral("message")).toString();
}

inline QJsonObject resultOf(const QJsonObject& res) {
    return res.value(QStringLiteral("result")).toObject();
}

struct Party {
    explicit Party(crypto::SigningKey k)
        : key(std::move(k)) {}
    test::RawClient client;
    qint64 id = 0;
    crypto::SigningKey key;
};

inline Annotation note(int page, double x, double y, const QString& text) {
    Annotation a;
    a.kind = AnnotationKind::Note;
    a.page = page;
    a.x = x;
    a.y = y;
    a.text = text;
    return a;
}

inline Annotation highlight(int page, const QList<QRectF>& rects) {
    Annotation a;
    a.kind = AnnotationKind::Highlight;
    a.page = page;
    a.x = rects.first().x();
    a.y = rects.first().y();
    a.rects = rects;
    return a;
}

// Client-core helpers.
inline ApprovalService& svc(test::TestClient& c) {
    return *c.core().approval();
}

inline std::optional<QList<QVariant>>
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

inline std::optional<DocumentView> openFresh(test::TestClient& c, qint64 doc) {
    QSignalSpy spy(&svc(c), &ApprovalService::documentLoaded);
    svc(c).open(doc);
    const auto args = awaitSignal(spy, [doc](const QList<QVariant>& a) {
        const auto v = a.at(0).value<DocumentView>();
        return v.fromServer && v.detail.summary.id == doc;
    });
    if (!args) return std::nullopt;
    return args->at(0).value<DocumentView>();
}

// The server and the parties; the tests derive from it and from QObject.
class MarksFixture {
protected:
    // Starts the server and signs everyone in; call from initTestCase (uses QVERIFY).
    void startServerAndParties() {
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

    Party& p(const char* name) { return *m_parties.at(QLatin1String(name)); }
    qint64 createDoc(const char* drafter, std::initializer_list<const char*> chain) {
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

    approval::GetResult get(const char* who, qint64 doc) {
        return approval::GetResult::fromJson(resultOf(
            p(who).client.request(approval::op::Get, approval::DocumentArgs{doc}.toJson())));
    }

    QJsonObject annotate(const char* who, qint64 doc, const Annotation& a, const QString& id = {}) {
        approval::AnnotateArgs args;
        args.cid = id.isEmpty() ? cid() : id;
        args.document = doc;
        args.annotation = a;
        return p(who).client.request(approval::op::Annotate, args.toJson());
    }

    approval::ActArgs signedApproval(const char* who, qint64 doc,
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
    approval::SealPlacement placement(const QByteArray& png = kSealPng) const {
        return {0, 6200, 7800, 2500, approval::sealHashOf(png)};
    }

    QTemporaryDir m_data;
    std::unique_ptr<ServerProcess> m_server;
    std::map<QString, std::unique_ptr<Party>> m_parties;
};

} // namespace zt::test::marks
