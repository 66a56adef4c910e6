// Export bundles (docs/protocol.md §14 "Export bundle") verified offline: a history signed with
// real SM2 and ECDSA keys verifies; each tampering — edited opinion, swapped body, removed
// action, reordered actions, wrong key — fails on the right action with the right reason; damaged
// files give a clear error, never a crash; the files an export writes and the report.
#include "approval/ApprovalExport.h"
#include "approval/ApprovalMarks.h"
#include "approval/ApprovalReport.h"
#include "approval/BundleVerifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;
using approval::ActionCheck;
using approval::BundleCheck;
using crypto::SignatureAlgorithm;

namespace {

const QByteArray kBody = QByteArrayLiteral("%PDF-1.4\n% 关于报送重点工作进展的通知\n%%EOF\n");
const QByteArray kOtherBody = QByteArrayLiteral("%PDF-1.4\n% 另一份文件\n%%EOF\n");
constexpr qint64 kDoc = 7;
// Two 1×1 PNGs (red, blue): only their bytes matter here.
const QByteArray kSealPng =
    QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH"
                           "/iZk9HQAAAABJRU5ErkJggg==");
const QByteArray kOtherPng =
    QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/"
                           "HwADAgH/5ncLrgAAAABJRU5ErkJggg==");

struct Signer {
    qint64 user;
    crypto::SigningKey key;
};

QJsonObject objectOf(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object();
}

QByteArray bytesOf(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Edits a path of objects in the bundle: f gets the document object.
QByteArray editDocument(const QByteArray& bundle, const std::function<void(QJsonObject&)>& f) {
    QJsonObject root = objectOf(bundle);
    QJsonObject document = root.value(QStringLiteral("document")).toObject();
    f(document);
    root.insert(QStringLiteral("document"), document);
    return bytesOf(root);
}

QByteArray editActions(const QByteArray& bundle, const std::function<void(QJsonArray&)>& f) {
    return editDocument(bundle, [&](QJsonObject& document) {
        QJsonArray actions = document.value(QStringLiteral("actions")).toArray();
        f(actions);
        document.insert(QStringLiteral("actions"), actions);
    });
}

QList<ActionCheck> checksOf(const BundleCheck& check) {
    QList<ActionCheck> out;
    for (const approval::ActionVerdict& v : check.actions)
        out.append(v.check);
    return out;
}

} // namespace

class TestBundleVerify : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void exportedBundleVerifies();
    void editedOpinionFails();
    void swappedBodyFails();
    void removedActionFails();
    void reorderedActionsFail();
    void wrongKeyFails();
    void damagedFilesGiveClearErrors_data();
    void damagedFilesGiveClearErrors();
    void exportWritesBundlePdfAndReport();
    void reportListsActionsAndSeals();
    void sealImagesAreEmbeddedAndVerified();
    void tamperedSealImageFailsItsSeal();
    void missingSealImageIsAWarning();
    void damagedBodyExportsWithoutSealedCopy();

private:
    approval::ExportInput sealedInput() const; // the last approval placed a seal, re-signed
    QByteArray sealedBundle() const { return approval::bundleJson(sealedInput()); }
    QByteArray editSeals(const QByteArray& bundle,
                         const std::function<void(QJsonObject&)>& f) const;

    QByteArray m_bundle;
    approval::ExportInput m_input;
    std::vector<Signer> m_signers;
};

void TestBundleVerify::initTestCase() {
    m_signers.push_back({1, crypto::SigningKey::generate(SignatureAlgorithm::Sm2Sm3)});
    m_signers.push_back({2, crypto::SigningKey::generate(SignatureAlgorithm::EcdsaP256Sha256)});
    m_signers.push_back({3, crypto::SigningKey::generate(SignatureAlgorithm::Sm2Sm3)});
    approval::GetResult& d = m_input.detail;
    d.summary.id = kDoc;
    d.summary.title = QStringLiteral("关于报送第四季度重点工作进展的通知");
    d.summary.docNumber = QStringLiteral("余政办发〔2026〕33号");
    d.summary.state = approval::DocState::Completed;
    d.summary.currentStep = 3;
    d.bodySize = kBody.size();
    d.bodySm3 = crypto::digest(SignatureAlgorithm::Sm2Sm3, kBody);
    d.bodySha256 = crypto::digest(SignatureAlgorithm::EcdsaP256Sha256, kBody);
    for (const auto kind :
         {approval::StepKind::Drafting, approval::StepKind::Checking, approval::StepKind::Signoff})
        d.steps.append(
            {{kind, approval::StepMode::Sequential, {}}, {}, {}, QStringLiteral("done")});
    QList<crypto::SignedAction> chain;
    const QStringList verbs = {QStringLiteral("approve"), QStringLiteral("comment"),
                               QStringLiteral("approve"), QStringLiteral("approve")};
    const int actors[] = {0, 2, 1, 2};
    const int steps[] = {0, 1, 1, 2};
    for (int i = 0; i < 4; ++i) {
        const Signer& s = m_signers[std::size_t(actors[i])];
        crypto::SignedAction a;
        a.documentId = approval::signedDocumentId(kDoc);
        a.contentHash = s.key.algorithm() == SignatureAlgorithm::Sm2Sm3 ? d.bodySm3 : d.bodySha256;
        a.step = approval::signedStep(steps[i]);
        a.action = verbs[i];
        a.opinion = QStringLiteral("意见 %1：同意。").arg(i + 1);
        a.actorUserId = s.user;
        a.timeMs = 1'795'518'552'949 + i * 60'000;
        QVERIFY(crypto::appendSigned(chain, a, s.key));
        d.actions.append({i + 1, chain.last()});
    }
    for (const Signer& s : m_signers)
        d.keys.append({s.user, s.key.publicKeyPem()});
    m_input.body = kBody;
    m_input.exportedBy = 1;
    m_input.names = {{1, QStringLiteral("张伟")}, {2, QStringLiteral("李娜")}};
    m_bundle = approval::bundleJson(m_input);
}

void TestBundleVerify::exportedBundleVerifies() {
    const BundleCheck check = approval::verifyBundle(m_bundle);
    QVERIFY2(check.readable, qPrintable(check.error));
    QVERIFY(check.bodyOk && check.historyOk);
    QCOMPARE(checksOf(check), QList<ActionCheck>(4, ActionCheck::Verified));
    QVERIFY(check.ok());
    QCOMPARE(check.body, kBody);
    QCOMPARE(check.detail.summary.title, m_input.detail.summary.title);
    QCOMPARE(check.names.value(2), QStringLiteral("李娜"));
    // Compact or indented, the same bundle: only the JSON values matter.
    QVERIFY(approval::verifyBundle(bytesOf(objectOf(m_bundle))).ok());
}

void TestBundleVerify::editedOpinionFails() {
    const QByteArray edited = editActions(m_bundle, [](QJsonArray& actions) {
        QJsonObject a = actions.at(1).toObject();
        a.insert(QStringLiteral("opinion"), QStringLiteral("不同意。"));
        actions.replace(1, a);
    });
    const BundleCheck check = approval::verifyBundle(edited);
    QVERIFY(check.readable && !check.ok());
    QCOMPARE(checksOf(check), (QList<ActionCheck>{ActionCheck::Verified, ActionCheck::BadSignature,
                                                  ActionCheck::Verified, ActionCheck::Verified}));
}

void TestBundleVerify::swappedBodyFails() {
    // Only the bytes swapped: the body no longer matches the document, nor what was signed.
    QJsonObject root = objectOf(m_bundle);
    QJsonObject body = root.value(QStringLiteral("body")).toObject();
    body.insert(QStringLiteral("data"), QString::fromLatin1(kOtherBody.toBase64()));
    root.insert(QStringLiteral("body"), body);
    BundleCheck check = approval::verifyBundle(bytesOf(root));
    QVERIFY(check.readable && !check.bodyOk && !check.ok());
    QCOMPARE(checksOf(check), QList<ActionCheck>(4, ActionCheck::ContentMismatch));
    // The document's fingerprints rewritten to match the new body: the signatures still say no.
    approval::ExportInput forged = m_input;
    forged.body = kOtherBody;
    forged.detail.bodySize = kOtherBody.size();
    forged.detail.bodySm3 = crypto::digest(SignatureAlgorithm::Sm2Sm3, kOtherBody);
    forged.detail.bodySha256 = crypto::digest(SignatureAlgorithm::EcdsaP256Sha256, kOtherBody);
    check = approval::verifyBundle(approval::bundleJson(forged));
    QVERIFY(check.readable && check.bodyOk && !check.ok());
    QCOMPARE(checksOf(check), QList<ActionCheck>(4, ActionCheck::ContentMismatch));
}

void TestBundleVerify::removedActionFails() {
    BundleCheck check = approval::verifyBundle(
        editActions(m_bundle, [](QJsonArray& actions) { actions.removeAt(1); }));
    QVERIFY(check.readable && !check.ok() && !check.historyOk);
    // The gap shows twice: the next action's chain breaks, the one after sits out of place.
    QCOMPARE(checksOf(check), (QList<ActionCheck>{ActionCheck::Verified, ActionCheck::BrokenChain,
                                                  ActionCheck::OutOfSequence}));
    // The last one removed leaves a valid chain: the recorded length and head catch it.
    check = approval::verifyBundle(
        editActions(m_bundle, [](QJsonArray& actions) { actions.removeLast(); }));
    QVERIFY(check.readable && !check.ok());
    QCOMPARE(checksOf(check), QList<ActionCheck>(3, ActionCheck::Verified));
    QVERIFY(!check.historyOk);
    QVERIFY(approval::reportLines(check).last().startsWith(QStringLiteral("NOT VERIFIED")));
}

void TestBundleVerify::reorderedActionsFail() {
    const BundleCheck check = approval::verifyBundle(editActions(m_bundle, [](QJsonArray& actions) {
        const QJsonValue second = actions.at(1);
        actions.replace(1, actions.at(2));
        actions.replace(2, second);
    }));
    QVERIFY(check.readable && !check.ok());
    QCOMPARE(checksOf(check),
             (QList<ActionCheck>{ActionCheck::Verified, ActionCheck::BrokenChain,
                                 ActionCheck::BrokenChain, ActionCheck::BrokenChain}));
    // Renumbered to hide it: the seq no longer matches the place, and the chain still breaks.
    const BundleCheck renumbered =
        approval::verifyBundle(editActions(m_bundle, [](QJsonArray& actions) {
            QJsonObject a = actions.at(3).toObject();
            a.insert(QStringLiteral("seq"), 9);
            actions.replace(3, a);
        }));
    QCOMPARE(checksOf(renumbered).last(), ActionCheck::OutOfSequence);
}

void TestBundleVerify::wrongKeyFails() {
    // 李娜's published key replaced by another one: her action names a key the bundle lacks.
    const crypto::SigningKey intruder = crypto::SigningKey::generate(SignatureAlgorithm::Sm2Sm3);
    BundleCheck check = approval::verifyBundle(editDocument(m_bundle, [&](QJsonObject& document) {
        QJsonArray keys = document.value(QStringLiteral("keys")).toArray();
        keys.replace(1, approval::KeyInfo{2, intruder.publicKeyPem()}.toJson());
        document.insert(QStringLiteral("keys"), keys);
    }));
    QCOMPARE(checksOf(check), (QList<ActionCheck>{ActionCheck::Verified, ActionCheck::Verified,
                                                  ActionCheck::UnknownKey, ActionCheck::Verified}));
    // 张伟's key bound to 单晓明 (user 3) instead: his action is unknown, 单晓明's still verify.
    check = approval::verifyBundle(editDocument(m_bundle, [&](QJsonObject& document) {
        QJsonArray keys = document.value(QStringLiteral("keys")).toArray();
        keys.replace(0, approval::KeyInfo{3, m_signers[0].key.publicKeyPem()}.toJson());
        document.insert(QStringLiteral("keys"), keys);
    }));
    QCOMPARE(checksOf(check).first(), ActionCheck::UnknownKey);
    QVERIFY(!check.ok());
    // Signed by a key that is not in the bundle at all.
    approval::ExportInput resigned = m_input;
    crypto::SignedAction& last = resigned.detail.actions.last().signedAction;
    QVERIFY(crypto::sign(last, intruder));
    check = approval::verifyBundle(approval::bundleJson(resigned));
    QCOMPARE(checksOf(check).last(), ActionCheck::UnknownKey);
}

void TestBundleVerify::damagedFilesGiveClearErrors_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << m_bundle.left(m_bundle.size() / 2);
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11);
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("another format") << QByteArray(R"({"format":"something","version":1})");
    QJsonObject root = objectOf(m_bundle);
    root.insert(QStringLiteral("version"), 2);
    QTest::newRow("newer version") << bytesOf(root);
    root = objectOf(m_bundle);
    QJsonObject body = root.value(QStringLiteral("body")).toObject();
    body.insert(QStringLiteral("data"), QStringLiteral("not base64!"));
    root.insert(QStringLiteral("body"), body);
    QTest::newRow("bad base64") << bytesOf(root);
    root = objectOf(m_bundle);
    root.remove(QStringLiteral("chain"));
    QTest::newRow("no chain") << bytesOf(root);
    QTest::newRow("bad algorithm") << editActions(m_bundle, [](QJsonArray& actions) {
        QJsonObject a = actions.at(0).toObject();
        a.insert(QStringLiteral("algorithm"), QStringLiteral("rsa"));
        actions.replace(0, a);
    });
    QTest::newRow("action not an object")
        << editActions(m_bundle, [](QJsonArray& actions) { actions.replace(2, 42); });
    QTest::newRow("no document id") << editDocument(
        m_bundle, [](QJsonObject& document) { document.remove(QStringLiteral("summary")); });
    root = objectOf(m_bundle);
    root.insert(QStringLiteral("seals"), QJsonArray{1});
    QTest::newRow("seals not an object") << bytesOf(root);
}

void TestBundleVerify::damagedFilesGiveClearErrors() {
    QFETCH(QByteArray, bytes);
    const BundleCheck check = approval::verifyBundle(bytes);
    QVERIFY(!check.readable);
    QVERIFY(!check.ok());
    QVERIFY(!check.error.isEmpty());
    QCOMPARE(approval::reportLines(check), QStringList{check.error});
    QVERIFY(approval::reportHtml(check).contains(check.error.toHtmlEscaped()));
}

void TestBundleVerify::exportWritesBundlePdfAndReport() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("公文 7.json"));
    const approval::ExportOutcome outcome = approval::writeExport(m_input, path);
    QVERIFY2(outcome.written && outcome.verified, qPrintable(outcome.message));
    const approval::ExportPaths paths = approval::ExportPaths::forBundle(path);
    QCOMPARE(paths.body, dir.filePath(QStringLiteral("公文 7.pdf")));
    QCOMPARE(paths.report, dir.filePath(QStringLiteral("公文 7.report.html")));
    QVERIFY(approval::verifyBundleFile(path).ok());
    QFile pdf(paths.body);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.readAll(), kBody);
    QFile report(paths.report);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(report.readAll());
    QVERIFY(html.contains(m_input.detail.summary.title));
    QVERIFY(html.contains(QStringLiteral("VERIFIED")));
    QVERIFY(!approval::verifyBundleFile(dir.filePath(QStringLiteral("missing.json"))).readable);
    QVERIFY(!approval::writeExport(m_input, dir.filePath(QStringLiteral("no/such/dir/x.json")))
                 .written);
}

void TestBundleVerify::reportListsActionsAndSeals() {
    const QByteArray sealed = editActions(m_bundle, [](QJsonArray& actions) {
        QJsonObject a = actions.at(3).toObject();
        a.insert(QStringLiteral("seal"), QJsonObject{{QStringLiteral("page"), 0},
                                                     {QStringLiteral("x"), 6000},
                                                     {QStringLiteral("y"), 8000},
                                                     {QStringLiteral("width"), 2000}});
        actions.replace(3, a);
    });
    const BundleCheck check = approval::verifyBundle(sealed);
    QVERIFY(check.readable);
    QCOMPARE(check.actions.at(3).seal.value(QStringLiteral("x")).toInt(), 6000);
    const QString html = approval::reportHtml(check);
    QVERIFY(html.contains(QStringLiteral("Seals placed")));
    QVERIFY(html.contains(QStringLiteral("page 1, at (6000, 8000), width 2000")));
    const QStringList lines = approval::reportLines(approval::verifyBundle(m_bundle));
    QCOMPARE(lines.size(), 4 + 4); // document, body, 4 actions, history, verdict
    QVERIFY(lines.at(2).startsWith(QStringLiteral("#1  张伟 (1)  Approve  ")));
    QVERIFY(lines.at(2).contains(QStringLiteral("✔ signature verified")));
    QVERIFY(lines.at(3).contains(QStringLiteral("User 3")));
    QVERIFY(lines.last().startsWith(QStringLiteral("VERIFIED")));
    QVERIFY(!approval::reportHtml(check).contains(QStringLiteral("<script")));
}

approval::ExportInput TestBundleVerify::sealedInput() const {
    approval::ExportInput input = m_input;
    crypto::SignedAction& last = input.detail.actions.last().signedAction;
    last.seal =
        approval::SealPlacement{0, 6000, 7000, 2000, approval::sealHashOf(kSealPng)}.signedText();
    if (!crypto::sign(last, m_signers[2].key)) qFatal("cannot sign"); // the last actor: user 3
    // The image the placement names, and one no placement names (not to be embedded).
    input.sealImages = {{approval::sealHashOf(kSealPng), kSealPng},
                        {approval::sealHashOf(kOtherPng), kOtherPng}};
    return input;
}

QByteArray TestBundleVerify::editSeals(const QByteArray& bundle,
                                       const std::function<void(QJsonObject&)>& f) const {
    QJsonObject root = objectOf(bundle);
    QJsonObject seals = root.value(QStringLiteral("seals")).toObject();
    f(seals);
    root.insert(QStringLiteral("seals"), seals);
    return bytesOf(root);
}

void TestBundleVerify::sealImagesAreEmbeddedAndVerified() {
    const QByteArray bundle = sealedBundle();
    const QString name = QString::fromLatin1(approval::sealHashOf(kSealPng).toBase64());
    const QJsonObject seals = objectOf(bundle).value(QStringLiteral("seals")).toObject();
    QCOMPARE(seals.keys(), QStringList{name}); // only the image a placement names
    QCOMPARE(seals.value(name).toString(), QString::fromLatin1(kSealPng.toBase64()));
    const BundleCheck check = approval::verifyBundle(bundle);
    QVERIFY2(check.ok(), qPrintable(approval::reportLines(check).join(QLatin1Char('\n'))));
    QCOMPARE(check.actions.at(3).sealCheck, approval::SealCheck::ImageVerified);
    QCOMPARE(check.actions.at(3).sealPng, kSealPng);
    QCOMPARE(check.actions.at(0).sealCheck, approval::SealCheck::NoSeal);
    QCOMPARE(check.missingSealImages(), 0);
    const QString html = approval::reportHtml(check);
    QVERIFY(html.contains(QStringLiteral("src=\"data:image/png;base64,") +
                          QString::fromLatin1(kSealPng.toBase64()) + QLatin1Char('"')));
    QVERIFY(html.contains(QStringLiteral("page 1, at (6000, 7000), width 2000")));
    const QStringList lines = approval::reportLines(check);
    QCOMPARE(lines.size(), 4 + 4 + 1); // and the seal's line after its action
    QVERIFY(lines.at(6).startsWith(QStringLiteral("   seal of #4: page 1, at (6000, 7000)")));
    QVERIFY(lines.at(6).contains(QStringLiteral("✔")));
    QVERIFY(lines.last().startsWith(QStringLiteral("VERIFIED")));
}

void TestBundleVerify::tamperedSealImageFailsItsSeal() {
    const QString name = QString::fromLatin1(approval::sealHashOf(kSealPng).toBase64());
    // Another picture under the signed name: the signature still verifies, the seal does not.
    BundleCheck check = approval::verifyBundle(editSeals(sealedBundle(), [&](QJsonObject& seals) {
        seals.insert(name, QString::fromLatin1(kOtherPng.toBase64()));
    }));
    QVERIFY(check.readable && !check.ok());
    QCOMPARE(checksOf(check), QList<ActionCheck>(4, ActionCheck::Verified));
    QCOMPARE(check.actions.at(3).sealCheck, approval::SealCheck::ImageMismatch);
    QVERIFY(check.actions.at(3).sealPng.isEmpty());
    QCOMPARE(check.badSealImages, QStringList{name});
    const QStringList lines = approval::reportLines(check);
    QVERIFY(lines.at(6).startsWith(QStringLiteral("   seal of #4")) &&
            lines.at(6).contains(QStringLiteral("✘")));
    QVERIFY(lines.last().startsWith(QStringLiteral("NOT VERIFIED")));
    const QString html = approval::reportHtml(check);
    QVERIFY(!html.contains(QString::fromLatin1(kOtherPng.toBase64()))); // never shown
    QVERIFY(html.contains(approval::sealCheckText(approval::SealCheck::ImageMismatch)));
    // Not base64, or an extra image under a name that is not its hash: failures too.
    check = approval::verifyBundle(editSeals(
        sealedBundle(), [&](QJsonObject& seals) { seals.insert(name, QStringLiteral("%%%")); }));
    QCOMPARE(check.actions.at(3).sealCheck, approval::SealCheck::ImageMismatch);
    QVERIFY(!check.ok());
    check = approval::verifyBundle(editSeals(sealedBundle(), [&](QJsonObject& seals) {
        seals.insert(QStringLiteral("AAAA"), QString::fromLatin1(kOtherPng.toBase64()));
    }));
    QCOMPARE(check.actions.at(3).sealCheck, approval::SealCheck::ImageVerified);
    QCOMPARE(check.badSealImages, QStringList{QStringLiteral("AAAA")});
    QVERIFY(!check.ok());
}

void TestBundleVerify::missingSealImageIsAWarning() {
    const QByteArray bundle =
        editSeals(sealedBundle(), [](QJsonObject& seals) { seals = QJsonObject(); });
    BundleCheck check = approval::verifyBundle(bundle);
    QVERIFY(check.ok());
    QCOMPARE(check.actions.at(3).sealCheck, approval::SealCheck::ImageMissing);
    QCOMPARE(check.missingSealImages(), 1);
    const QStringList lines = approval::reportLines(check);
    QVERIFY(lines.at(6).contains(QStringLiteral("⚠")));
    QVERIFY(lines.last().startsWith(QStringLiteral("VERIFIED")));
    QVERIFY(lines.last().contains(QStringLiteral("Warning: 1 seal image(s) missing.")));
    QVERIFY(approval::reportHtml(check).contains(QStringLiteral("⚠")));
    // A bundle from before images were embedded has no "seals" at all: the same warning.
    QJsonObject root = objectOf(bundle);
    root.remove(QStringLiteral("seals"));
    check = approval::verifyBundle(bytesOf(root));
    QVERIFY(check.ok());
    QCOMPARE(check.missingSealImages(), 1);
}

void TestBundleVerify::damagedBodyExportsWithoutSealedCopy() {
    // kBody is a PDF header and nothing else: the proof is written, the sealed copy is not.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.json"));
    const approval::ExportOutcome outcome = approval::writeExport(sealedInput(), path);
    QVERIFY(outcome.written && outcome.verified);
    QVERIFY(!outcome.sealed);
    QVERIFY2(outcome.message.contains(QStringLiteral("No sealed copy was made: the document's PDF "
                                                     "is damaged or not a PDF")),
             qPrintable(outcome.message));
    const approval::ExportPaths paths = approval::ExportPaths::forBundle(path);
    QCOMPARE(paths.sealed, dir.filePath(QStringLiteral("damaged.sealed.pdf")));
    QVERIFY(QFile::exists(paths.bundle) && QFile::exists(paths.body) &&
            QFile::exists(paths.report));
    QVERIFY(!QFile::exists(paths.sealed));
}

QTEST_GUILESS_MAIN(TestBundleVerify)
#include "tst_bundle_verify.moc"
