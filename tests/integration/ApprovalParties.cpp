#include "ApprovalParties.h"
#include "TestClient.h"

#include <QDateTime>
#include <QTest>
#include <QUuid>

namespace zt::test {

using crypto::SignatureAlgorithm;

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

void ApprovalParties::startServerAndParties() {
    m_server = std::make_unique<ServerProcess>(m_data.path());
    QVERIFY(m_server->start());
    for (const char* name : {"zhangwei", "lina", "wangfang", "shanxiaoming", "zengli"}) {
        // 王芳 signs with ECDSA P-256: the SHA-256 content hash path runs alongside SM2/SM3.
        const bool ecdsa = QLatin1String(name) == QLatin1String("wangfang");
        auto party = std::make_unique<Party>(crypto::SigningKey::generate(
            ecdsa ? SignatureAlgorithm::EcdsaP256Sha256 : SignatureAlgorithm::Sm2Sm3));
        QVERIFY(party->client.open(m_server->url()) && party->client.hello());
        const QJsonObject login = party->client.request(
            QStringLiteral("auth.login"), {{QStringLiteral("user"), QLatin1String(name)},
                                           {QStringLiteral("password"), kDemoPassword}});
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
    // The tests name delegates by id: the demo creates its accounts in this order.
    QCOMPARE(p("zhangwei").id, 1);
    QCOMPARE(p("lina").id, 2);
    QCOMPARE(p("zengli").id, 5);
}

approval::StepDef ApprovalParties::step(approval::StepKind kind, approval::StepMode mode,
                                        std::initializer_list<const char*> who) {
    approval::StepDef s{kind, mode, {}};
    for (const char* name : who)
        s.assignees.append(p(name).id);
    return s;
}

qint64 ApprovalParties::createDoc(const char* drafter, const QList<approval::StepDef>& steps,
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

qint64 ApprovalParties::standardDoc() {
    using approval::StepKind;
    using approval::StepMode;
    return createDoc(
        "zhangwei",
        steps({step(StepKind::Drafting, StepMode::Sequential, {"zhangwei"}),
               step(StepKind::Checking, StepMode::Sequential, {"lina"}),
               step(StepKind::Countersign, StepMode::Parallel, {"wangfang", "shanxiaoming"}),
               step(StepKind::Signoff, StepMode::Sequential, {"wangfang"})}));
}

approval::GetResult ApprovalParties::get(const char* who, qint64 doc) {
    return approval::GetResult::fromJson(
        resultOf(p(who).client.request(approval::op::Get, approval::DocumentArgs{doc}.toJson())));
}

// Signs like a client would: over the current step, the body hash for the key's algorithm and
// the last signature of the history.
approval::ActArgs ApprovalParties::signedArgs(const char* who, qint64 doc, const QString& verb,
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

QString ApprovalParties::act(const char* who, qint64 doc, const QString& verb, int stepDelta,
                             const Tamper& tamper) {
    approval::ActArgs args = signedArgs(who, doc, verb, stepDelta);
    if (tamper) tamper(args);
    return outcome(p(who).client.request(approval::op::Act, args.toJson()));
}

} // namespace zt::test
