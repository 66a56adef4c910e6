// Approval signatures: SM2/SM3 and ECDSA P-256 keys, the GM/T 0003.5 known answer, interoperability
// with the openssl command line, and the signed action chain under tampering.
#include "crypto/ActionChain.h"
#include "crypto/SigningKey.h"

#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace zt::crypto;

Q_DECLARE_METATYPE(zt::crypto::SignatureAlgorithm)
Q_DECLARE_METATYPE(zt::crypto::ActionProblem)

namespace {

const QByteArray kMessage = QStringLiteral("关于2026年度财政预算调整的请示").toUtf8();

// GM/T 0003.5-2012 Annex A: signature example on the recommended curve with the default ID.
const char kVectorX[] = "09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020";
const char kVectorY[] = "CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13";
const char kVectorR[] = "F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3";
const char kVectorS[] = "B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA";
// SubjectPublicKeyInfo header for an SM2 point: id-ecPublicKey, curve 1.2.156.10197.1.301.
const char kSm2SpkiPrefix[] = "3059301306072a8648ce3d020106082a811ccf5501822d03420004";

const char kEncryptedPem[] = "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
                             "MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAgoIQQThwlInAICA+gw\n"
                             "DAYIKoZIhvcNAgkFADAdBglghkgBZQMEAQIEEM0qjrGE/eEPjGfp8+kVeggEgZBM\n"
                             "macyIazt27zjzk8ytXWQsBEFDr+4UMsMKTVAgrZqXWAq2vaIhkagm11K0LxSxtxS\n"
                             "zwv2jzoemBB2sTT5CnQIHj0SqMZKnTYmYegmlIUjRfhBI3h35HpQm6FaIgt+Iwzz\n"
                             "8B3A4l+xDXAaYdNj8b8vAcuOOQtK++Lclf58ENwF1vs+HwG7gcTP8ERdWUw3t0o=\n"
                             "-----END ENCRYPTED PRIVATE KEY-----\n";
const char kP384Pem[] = "-----BEGIN PUBLIC KEY-----\n"
                        "MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE9Po7YEdPeSkJ/XB+5R6A7BhOx4TluQpP\n"
                        "Bg+S1/WZMOxmzE5BgBvZ1QYlmHqBeSs07kI83viuDKeRzaw5M2C72cgJLUXsnNX8\n"
                        "C0F5xcIsgVCwWUVL/wVy6HAQ4LIN42mu\n"
                        "-----END PUBLIC KEY-----\n";
const char kEd25519Pem[] = "-----BEGIN PUBLIC KEY-----\n"
                           "MCowBQYDK2VwAyEAwWgBAvVNXeR5uX0BXApAVJJbCTL7csdPk80Dw73/RUE=\n"
                           "-----END PUBLIC KEY-----\n";

QByteArray pemOf(const QByteArray& der) {
    QByteArray pem = "-----BEGIN PUBLIC KEY-----\n";
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        pem += b64.mid(i, 64) + '\n';
    return pem + "-----END PUBLIC KEY-----\n";
}

QString openssl() {
    return QStandardPaths::findExecutable(QStringLiteral("openssl"));
}

int runOpenssl(const QStringList& arguments) {
    QProcess p;
    p.start(openssl(), arguments);
    if (!p.waitForFinished(30'000) || p.exitStatus() != QProcess::NormalExit) return -1;
    return p.exitCode();
}

bool writeFile(const QString& path, const QByteArray& data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Arguments that verify (or sign) one message with the CLI, the SM2 variant with an explicit ID.
QStringList cliArguments(SignatureAlgorithm algorithm, bool sign, const QString& dir,
                         const QString& distId = QLatin1String(kSm2DefaultId)) {
    const QString key = dir + (sign ? QStringLiteral("/key.pem") : QStringLiteral("/pub.pem"));
    const QString msg = dir + QStringLiteral("/msg"), sig = dir + QStringLiteral("/sig");
    if (algorithm == SignatureAlgorithm::EcdsaP256Sha256)
        return sign ? QStringList{QStringLiteral("dgst"),
                                  QStringLiteral("-sha256"),
                                  QStringLiteral("-sign"),
                                  key,
                                  QStringLiteral("-out"),
                                  sig,
                                  msg}
                    : QStringList{QStringLiteral("dgst"),
                                  QStringLiteral("-sha256"),
                                  QStringLiteral("-verify"),
                                  key,
                                  QStringLiteral("-signature"),
                                  sig,
                                  msg};
    QStringList args{QStringLiteral("pkeyutl"),
                     sign ? QStringLiteral("-sign") : QStringLiteral("-verify"),
                     QStringLiteral("-rawin"),
                     QStringLiteral("-digest"),
                     QStringLiteral("sm3"),
                     QStringLiteral("-inkey"),
                     key,
                     QStringLiteral("-in"),
                     msg};
    args << (sign ? QStringList{QStringLiteral("-out"), sig}
                  : QStringList{QStringLiteral("-pubin"), QStringLiteral("-sigfile"), sig});
    if (!distId.isEmpty()) args << QStringLiteral("-pkeyopt") << QStringLiteral("distid:") + distId;
    return args;
}

// A document's chain: two SM2 officials and one on ECDSA, user 101 acting twice.
struct Fixture {
    SigningKey zhang = SigningKey::generate(SignatureAlgorithm::Sm2Sm3);
    SigningKey li = SigningKey::generate(SignatureAlgorithm::Sm2Sm3);
    SigningKey wang = SigningKey::generate(SignatureAlgorithm::EcdsaP256Sha256);
    SigningKey intruder = SigningKey::generate(SignatureAlgorithm::Sm2Sm3);
    QByteArray pdfHash = digest(SignatureAlgorithm::Sm2Sm3, "%PDF-1.7 正文 + 附件");
    QList<SignedAction> chain;

    Fixture() {
        add(101, zhang, QStringLiteral("draft"), QStringLiteral("submit"), QString());
        add(102, li, QStringLiteral("division-review"), QStringLiteral("approve"),
            QStringLiteral("同意，请办公室核稿。"));
        add(103, wang, QStringLiteral("countersign"), QStringLiteral("countersign"),
            QStringLiteral("财政局会签：无异议"));
        add(101, zhang, QStringLiteral("issue"), QStringLiteral("issue"), QString());
    }
    void add(qint64 user, const SigningKey& key, const QString& step, const QString& action,
             const QString& opinion) {
        SignedAction a;
        a.documentId = QStringLiteral("DOC-2026-0042");
        a.contentHash = pdfHash;
        a.step = step;
        a.action = action;
        a.opinion = opinion;
        a.actorUserId = user;
        a.timeMs = 1767225600000 + chain.size() * 60'000;
        QVERIFY(appendSigned(chain, a, key));
    }
    KeyLookup keys() const {
        QHash<qint64, QList<PublicKey>> known{
            {101, {zhang.publicKey()}}, {102, {li.publicKey()}}, {103, {wang.publicKey()}}};
        return [known](qint64 user, const QByteArray& fingerprint) -> std::optional<PublicKey> {
            for (const PublicKey& k : known.value(user))
                if (k.fingerprint() == fingerprint) return k;
            return std::nullopt;
        };
    }
};

QList<ActionProblem> problems(const ChainVerdict& verdict) {
    QList<ActionProblem> out;
    for (const ActionStatus& s : verdict.actions)
        out << s.problem;
    return out;
}

} // namespace

class TestSignature : public QObject {
    Q_OBJECT
private slots:
    void algorithms_data();
    void digestsAreSm3AndSha256();
    void signAndVerify_data() { algorithms_data(); }
    void signAndVerify();
    void pemRoundTrip_data() { algorithms_data(); }
    void pemRoundTrip();
    void malformedInputsFailCleanly_data() { algorithms_data(); }
    void malformedInputsFailCleanly();
    void garbagePemIsRefused();
    void sm2KnownAnswer();
    void opensslCliVerifiesOurs_data() { algorithms_data(); }
    void opensslCliVerifiesOurs();
    void weVerifyOpensslCli_data() { algorithms_data(); }
    void weVerifyOpensslCli();
    void canonicalBytesAreUnambiguous();
    void chainVerifies();
    void tamperingBreaksChain_data();
    void tamperingBreaksChain();
    void expectationsCatchSwapsAndTruncation();
};

void TestSignature::algorithms_data() {
    QTest::addColumn<SignatureAlgorithm>("algorithm");
    QTest::newRow("sm2") << SignatureAlgorithm::Sm2Sm3;
    QTest::newRow("ecdsa") << SignatureAlgorithm::EcdsaP256Sha256;
}

void TestSignature::digestsAreSm3AndSha256() {
    QCOMPARE(digest(SignatureAlgorithm::Sm2Sm3, "abc").toHex(),
             QByteArray("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"));
    QCOMPARE(digest(SignatureAlgorithm::EcdsaP256Sha256, "abc").toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestSignature::signAndVerify() {
    QFETCH(SignatureAlgorithm, algorithm);
    const SigningKey key = SigningKey::generate(algorithm);
    QVERIFY(!key.isNull());
    QCOMPARE(key.algorithm(), algorithm);
    const QByteArray signature = key.sign(kMessage);
    QVERIFY(signature.size() >= 8 && signature.size() <= 72);
    const PublicKey pub = key.publicKey();
    QCOMPARE(pub.algorithm(), algorithm);
    QVERIFY(pub.verify(kMessage, signature));
    QVERIFY(pub.verify(QByteArray(), key.sign(QByteArray())));
    QVERIFY(!pub.verify(kMessage + ' ', signature));
    QVERIFY(key.sign(kMessage) != signature); // randomised k: never reused
    const SigningKey other = SigningKey::generate(algorithm);
    QVERIFY(!other.publicKey().verify(kMessage, signature));
    QVERIFY(!pub.verify(kMessage, other.sign(kMessage)));
}

void TestSignature::pemRoundTrip() {
    QFETCH(SignatureAlgorithm, algorithm);
    const SigningKey key = SigningKey::generate(algorithm);
    QVERIFY(key.privateKeyPem().startsWith("-----BEGIN PRIVATE KEY-----")); // PKCS#8
    QString error;
    std::optional<SigningKey> loaded = SigningKey::fromPrivateKeyPem(key.privateKeyPem(), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->algorithm(), algorithm);
    QCOMPARE(loaded->fingerprint(), key.fingerprint());
    const std::optional<PublicKey> pub = PublicKey::fromPem(key.publicKeyPem(), &error);
    QVERIFY2(pub, qPrintable(error));
    QCOMPARE(pub->algorithm(), algorithm);
    QCOMPARE(pub->fingerprint(), key.fingerprint());
    QCOMPARE(pub->fingerprint().size(), 32);
    QCOMPARE(pub->pem(), key.publicKeyPem());
    QVERIFY(pub->verify(kMessage, loaded->sign(kMessage)));
    SigningKey moved = std::move(*loaded);
    QVERIFY(loaded->isNull() && loaded->sign(kMessage).isEmpty()); // moved-from: harmless
    QVERIFY(loaded->publicKey().isNull() && loaded->publicKey().pem().isEmpty());
    QVERIFY(loaded->fingerprint().isEmpty() && loaded->privateKeyPem().isEmpty());
    QVERIFY(pub->verify(kMessage, moved.sign(kMessage)));
}

void TestSignature::malformedInputsFailCleanly() {
    QFETCH(SignatureAlgorithm, algorithm);
    const SigningKey key = SigningKey::generate(algorithm);
    const PublicKey pub = key.publicKey();
    const QByteArray sig = key.sign(kMessage);
    QVERIFY(!pub.verify(kMessage, QByteArray()));
    QVERIFY(!pub.verify(kMessage, sig.left(sig.size() - 1)));
    QVERIFY(!pub.verify(kMessage, sig.left(8)));
    QVERIFY(!pub.verify(kMessage, sig + '\0')); // trailing bytes: DER must be exact
    QVERIFY(!pub.verify(kMessage, QByteArray(sig.size(), 'x')));
    QVERIFY(!pub.verify(kMessage, QByteArray(100'000, '\x30')));
    QByteArray flipped = sig;
    flipped[flipped.size() - 5] = char(flipped[flipped.size() - 5] ^ 0x01);
    QVERIFY(!pub.verify(kMessage, flipped));
    QVERIFY(pub.verify(kMessage, sig)); // the error queue was left clean
}

void TestSignature::garbagePemIsRefused() {
    const SigningKey key = SigningKey::generate(SignatureAlgorithm::Sm2Sm3);
    const QByteArray pub = key.publicKeyPem();
    const QByteArray priv = key.privateKeyPem();
    QByteArray corrupted = pub;
    corrupted[40] = corrupted[40] == 'A' ? 'B' : 'A';
    const QList<QByteArray> badPublic{
        QByteArray(), "garbage",   pub.left(pub.size() / 2), corrupted, priv,
        kP384Pem,     kEd25519Pem, QByteArray(200'000, 'A')};
    for (const QByteArray& pem : badPublic) {
        QString error;
        QVERIFY(!PublicKey::fromPem(pem, &error));
        QVERIFY(!error.isEmpty());
    }
    const QList<QByteArray> badPrivate{QByteArray(), "garbage", priv.left(priv.size() / 2), pub,
                                       kEncryptedPem};
    for (const QByteArray& pem : badPrivate) {
        QString error;
        QVERIFY(!SigningKey::fromPrivateKeyPem(pem, &error)); // never prompts for a passphrase
        QVERIFY(!error.isEmpty());
    }
}

void TestSignature::sm2KnownAnswer() {
    const QByteArray der = QByteArray::fromHex(kSm2SpkiPrefix) + QByteArray::fromHex(kVectorX) +
                           QByteArray::fromHex(kVectorY);
    QString error;
    const std::optional<PublicKey> pub = PublicKey::fromPem(pemOf(der), &error);
    QVERIFY2(pub, qPrintable(error));
    QCOMPARE(pub->algorithm(), SignatureAlgorithm::Sm2Sm3);
    QCOMPARE(pub->fingerprint(), digest(SignatureAlgorithm::Sm2Sm3, der));
    const QByteArray signature = QByteArray::fromHex("3046022100") + QByteArray::fromHex(kVectorR) +
                                 QByteArray::fromHex("022100") + QByteArray::fromHex(kVectorS);
    QVERIFY(pub->verify("message digest", signature)); // proves SM3 and the default ID in Z
    QVERIFY(!pub->verify("message digesT", signature));
}

void TestSignature::opensslCliVerifiesOurs() {
    QFETCH(SignatureAlgorithm, algorithm);
    if (openssl().isEmpty()) QSKIP("no openssl command line");
    QTemporaryDir dir;
    const SigningKey key = SigningKey::generate(algorithm);
    QVERIFY(writeFile(dir.filePath(QStringLiteral("pub.pem")), key.publicKeyPem()));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("msg")), kMessage));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("sig")), key.sign(kMessage)));
    QCOMPARE(runOpenssl(cliArguments(algorithm, false, dir.path())), 0);
    if (algorithm != SignatureAlgorithm::Sm2Sm3) return;
    // The ID really is inside: another ID, or OpenSSL's own empty default, fails.
    QVERIFY(runOpenssl(cliArguments(algorithm, false, dir.path(), QStringLiteral("x"))) != 0);
    QVERIFY(runOpenssl(cliArguments(algorithm, false, dir.path(), QString())) != 0);
}

void TestSignature::weVerifyOpensslCli() {
    QFETCH(SignatureAlgorithm, algorithm);
    if (openssl().isEmpty()) QSKIP("no openssl command line");
    QTemporaryDir dir;
    const SigningKey key = SigningKey::generate(algorithm);
    QVERIFY(writeFile(dir.filePath(QStringLiteral("key.pem")), key.privateKeyPem()));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("msg")), kMessage));
    QCOMPARE(runOpenssl(cliArguments(algorithm, true, dir.path())), 0);
    QVERIFY(key.publicKey().verify(kMessage, readFile(dir.filePath(QStringLiteral("sig")))));
}

void TestSignature::canonicalBytesAreUnambiguous() {
    SignedAction a;
    a.step = QStringLiteral("ab");
    a.action = QStringLiteral("c");
    SignedAction b = a;
    b.step = QStringLiteral("a");
    b.action = QStringLiteral("bc");
    QVERIFY(canonicalBytes(a) != canonicalBytes(b)); // a shifted boundary changes the bytes
    QVERIFY(canonicalBytes(a).startsWith(QByteArray("ZTSA\x01\x01", 6)));
    b = a;
    b.signature = "anything";
    QCOMPARE(canonicalBytes(a), canonicalBytes(b)); // the signature is not part of what is signed
}

void TestSignature::chainVerifies() {
    Fixture f;
    const ChainVerdict verdict = verifyChain(f.chain, f.keys());
    QVERIFY(verdict.ok);
    QCOMPARE(problems(verdict), QList<ActionProblem>(4, ActionProblem::None));
    QVERIFY(f.chain.first().previousSignature.isEmpty());
    QCOMPARE(f.chain[2].algorithm, SignatureAlgorithm::EcdsaP256Sha256);
    QVERIFY(verifyChain({}, f.keys()).ok);
}

void TestSignature::tamperingBreaksChain_data() {
    QTest::addColumn<int>("tamper");
    QTest::addColumn<QList<ActionProblem>>("expected");
    using P = ActionProblem;
    const P ok = P::None;
    QTest::newRow("edited opinion") << 0 << QList<P>{ok, P::BadSignature, ok, ok};
    QTest::newRow("swapped content hash") << 1 << QList<P>{P::BadSignature, ok, ok, ok};
    QTest::newRow("removed middle action") << 2 << QList<P>{ok, P::BrokenChain, ok};
    QTest::newRow("removed first action") << 3 << QList<P>{P::BrokenChain, ok, ok};
    QTest::newRow("reordered actions")
        << 4 << QList<P>{ok, P::BrokenChain, P::BrokenChain, P::BrokenChain};
    QTest::newRow("re-signed by another key")
        << 5 << QList<P>{ok, P::UnknownKey, P::BrokenChain, ok};
    QTest::newRow("other key, claims li's")
        << 6 << QList<P>{ok, P::BadSignature, P::BrokenChain, ok};
    QTest::newRow("other actor claimed") << 7 << QList<P>{ok, P::UnknownKey, ok, ok};
    QTest::newRow("truncated signature") << 8 << QList<P>{ok, ok, P::BadSignature, P::BrokenChain};
    QTest::newRow("garbage signature") << 9 << QList<P>{ok, ok, P::BadSignature, P::BrokenChain};
    QTest::newRow("edited time") << 10 << QList<P>{ok, ok, ok, P::BadSignature};
    QTest::newRow("algorithm flipped") << 11 << QList<P>{P::BadSignature, ok, ok, ok};
    QTest::newRow("replayed action") << 12 << QList<P>{ok, ok, P::BrokenChain, ok, ok};
    QTest::newRow("action of another document") << 13 << QList<P>{ok, ok, ok, ok, P::WrongDocument};
}

void TestSignature::tamperingBreaksChain() {
    QFETCH(int, tamper);
    QFETCH(QList<ActionProblem>, expected);
    Fixture f;
    QList<SignedAction>& c = f.chain;
    switch (tamper) {
    case 0:
        c[1].opinion = QStringLiteral("不同意");
        break;
    case 1:
        c[0].contentHash = digest(SignatureAlgorithm::Sm2Sm3, "another PDF");
        break;
    case 2:
        c.removeAt(1);
        break;
    case 3:
        c.removeFirst();
        break;
    case 4:
        c.swapItemsAt(1, 2);
        break;
    case 5:
        c[1].opinion = QStringLiteral("不同意");
        QVERIFY(sign(c[1], f.intruder));
        break;
    case 6:
        c[1].signature = f.intruder.sign(canonicalBytes(c[1]));
        break;
    case 7:
        c[1].actorUserId = 103;
        break;
    case 8:
        c[2].signature.chop(3);
        break;
    case 9:
        c[2].signature = QByteArray(70, '\x30');
        break;
    case 10:
        c[3].timeMs -= 86'400'000;
        break;
    case 11:
        c[0].algorithm = SignatureAlgorithm::EcdsaP256Sha256;
        break;
    case 12:
        c.insert(2, c[1]);
        break;
    case 13: {
        SignedAction foreign = c[3];
        foreign.documentId = QStringLiteral("DOC-2026-0043");
        QVERIFY(appendSigned(c, foreign, f.zhang)); // validly signed, but for another document
        break;
    }
    }
    const ChainVerdict verdict = verifyChain(c, f.keys());
    QVERIFY(!verdict.ok);
    QCOMPARE(problems(verdict), expected);
}

void TestSignature::expectationsCatchSwapsAndTruncation() {
    Fixture f;
    ChainExpectation expected{QStringLiteral("DOC-2026-0042"), f.pdfHash, f.chain.last().signature};
    QVERIFY(verifyChain(f.chain, f.keys(), expected).ok);
    // The stored PDF replaced while the chain is intact: every action signed other content.
    expected.contentHash = digest(SignatureAlgorithm::Sm2Sm3, "forged PDF");
    QCOMPARE(problems(verifyChain(f.chain, f.keys(), expected)),
             QList<ActionProblem>(4, ActionProblem::ContentMismatch));
    // The last action removed: the chain is consistent, only the recorded head shows it.
    expected.contentHash = f.pdfHash;
    QList<SignedAction> truncated = f.chain.mid(0, 3);
    QVERIFY(verifyChain(truncated, f.keys()).ok);
    const ChainVerdict verdict = verifyChain(truncated, f.keys(), expected);
    QVERIFY(!verdict.ok && verdict.headMismatch);
    QCOMPARE(problems(verdict), QList<ActionProblem>(3, ActionProblem::None));
    QVERIFY(verifyChain({}, f.keys(), expected).headMismatch);
    // The whole chain presented for another document.
    expected.documentId = QStringLiteral("DOC-2026-0043");
    expected.headSignature.clear();
    QCOMPARE(problems(verifyChain(f.chain, f.keys(), expected)),
             QList<ActionProblem>(4, ActionProblem::WrongDocument));
    QCOMPARE(problems(verifyChain(f.chain, {}, {})),
             QList<ActionProblem>(4, ActionProblem::UnknownKey));
}

QTEST_GUILESS_MAIN(TestSignature)
#include "tst_signature.moc"
