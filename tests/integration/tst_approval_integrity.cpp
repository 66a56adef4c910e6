// Document approval integrity against the real server: tampered signatures refused with their
// reason, keys bound to one owner, who may see a document (not even its existence leaks), body
// paging against its hashes, the history verified on the client, the demo documents' chains,
// and the server schema migration (append-only actions). Clients are bare WebSockets signing
// with crypto::SigningKey (ApprovalParties). Workflow rules: tst_approval_workflow.
#include "ApprovalParties.h"
#include "storage/SqliteSchema.h"
#include "store/Migrator.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace zt;
using namespace zt::test;
using approval::StepKind;
using approval::StepMode;
using crypto::SignatureAlgorithm;

class TestApprovalIntegrity : public QObject, private ApprovalParties {
    Q_OBJECT
private slots:
    void initTestCase() { startServerAndParties(); }
    void tamperedSignaturesAreRefused();
    void keysArePublishedOncePerOwner();
    void outsidersCannotSeeDocuments();
    void bodyIsPagedAndMatchesItsHash();
    void historyVerifiesOnTheClient();
    void demoDocumentsAreSeededWithValidChains();
    void serverSchemaMigratedEqualsFresh();
};

void TestApprovalIntegrity::tamperedSignaturesAreRefused() {
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

void TestApprovalIntegrity::keysArePublishedOncePerOwner() {
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

void TestApprovalIntegrity::outsidersCannotSeeDocuments() {
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

void TestApprovalIntegrity::bodyIsPagedAndMatchesItsHash() {
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

void TestApprovalIntegrity::historyVerifiesOnTheClient() {
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

void TestApprovalIntegrity::demoDocumentsAreSeededWithValidChains() {
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

// The server's own schema: a database walked up from version 1 equals a fresh one.
void TestApprovalIntegrity::serverSchemaMigratedEqualsFresh() {
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

QTEST_GUILESS_MAIN(TestApprovalIntegrity)
#include "tst_approval_integrity.moc"
