// Exporting a document for offline proof, end to end: a real client exports a demo document
// (downloading its body first), then the built `zhengtong-server verify` checks the bundle with
// no server and no network: exit 0 and one ✔ line per action; a tampered bundle exits 1 naming
// the action; a damaged file exits 2 with a clear message. A document approved with a seal
// exports its seal image in the bundle and a sealed copy whose page shows the seal's pixels at
// the placement; the verifier reports a tampered seal image as a failure, a missing one as a
// warning.
#include "ApprovalClientHelpers.h"
#include "approval/ApprovalExport.h"
#include "approval/ApprovalMarks.h"
#include "approval/BundleVerifier.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <algorithm>
#include <functional>

using namespace zt;
using namespace zt::test::approvalclient;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run verify(const QString& file) {
    QProcess process;
    process.start(QStringLiteral(ZT_SERVER_BIN), {QStringLiteral("verify"), file});
    Run run;
    if (!process.waitForFinished(kTimeoutMs)) return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool writeFile(const QString& path, const QByteArray& data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray redSealPng() {
    QImage image(40, 20, QImage::Format_ARGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A two-page A4 body with a grey block on each page (no text: no fonts needed).
QByteArray realPdf() {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF());
    QPainter painter(&writer);
    painter.fillRect(QRectF(40, 40, 200, 100), Qt::gray);
    writer.newPage();
    painter.fillRect(QRectF(40, 40, 200, 100), Qt::darkGray);
    painter.end();
    return bytes;
}

// The page rendered on white paper, at 144 dpi.
QImage renderPage(const QString& path, int page) {
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None) return {};
    const QImage image = document.render(page, (document.pagePointSize(page) * 2).toSize());
    QImage paper(image.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter(&paper).drawImage(0, 0, image);
    return paper;
}

QColor at(const QImage& image, QPointF normalised) {
    return image.pixelColor(int(normalised.x() * image.width()),
                            int(normalised.y() * image.height()));
}

QByteArray withSeals(const QString& bundlePath, const std::function<void(QJsonObject&)>& edit) {
    QFile file(bundlePath);
    if (!file.open(QIODevice::ReadOnly)) return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject seals = root.value(QStringLiteral("seals")).toObject();
    edit(seals);
    root.insert(QStringLiteral("seals"), seals);
    return QJsonDocument(root).toJson();
}

} // namespace

class TestApprovalExport : public QObject, private ClientFixture {
    Q_OBJECT
private slots:
    void initTestCase();
    void sealedApprovalExportsASealedCopy();
    void exportedDemoDocumentVerifiesOffline();
    void tamperedBundleFails();
    void damagedOrMissingFileIsUnreadable();
    void unknownDocumentIsNotExported();

private:
    std::unique_ptr<test::TestClient> m_zhang;
    QTemporaryDir m_out;
    QString m_bundle;
};

void TestApprovalExport::initTestCase() {
    startServer();
    m_zhang = signedIn(QStringLiteral("zhangwei"));
    QVERIFY(m_zhang);
    m_bundle = m_out.filePath(QStringLiteral("余政办发〔2026〕33号.json"));
}

void TestApprovalExport::sealedApprovalExportsASealedCopy() {
    // 张伟 drafts a real two-page PDF and signs it off himself, sealing page 1.
    approval::CreateArgs args;
    args.cid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    args.title = QStringLiteral("关于盖章导出测试的通知");
    args.docNumber = QStringLiteral("测发〔2026〕12号");
    args.issuingUnit = QStringLiteral("测试办公室");
    args.body = realPdf();
    args.steps = {step(approval::StepKind::Signoff, {idOf(*m_zhang)})};
    const protocol::Response created = call(*m_zhang, approval::op::Create, args.toJson());
    QVERIFY2(created.ok, qPrintable(created.error.message));
    const qint64 doc = approval::CreateResult::fromJson(created.result).document;
    ApprovalService& s = svc(*m_zhang);
    QVERIFY(openFresh(*m_zhang, doc));
    const QByteArray seal = redSealPng();
    QSignalSpy accepted(&s, &ApprovalService::actAccepted);
    s.setSealImage(seal);
    s.approveWithSeal(doc, QStringLiteral("同意。"), 0, {0.5, 0.3}, 0.2);
    QVERIFY(QTest::qWaitFor([&] { return !accepted.isEmpty(); }, kTimeoutMs));
    QVERIFY(openFresh(*m_zhang, doc));

    const QString bundle = m_out.filePath(QStringLiteral("sealed.json"));
    QSignalSpy done(&s, &ApprovalService::exportDone);
    s.exportBundle(doc, bundle);
    QVERIFY(QTest::qWaitFor([&] { return !done.isEmpty(); }, kTimeoutMs));
    QVERIFY2(done.at(0).at(2).toBool(), qPrintable(done.at(0).at(3).toString()));
    QVERIFY2(!done.at(0).at(3).toString().contains(QStringLiteral("No sealed copy")),
             qPrintable(done.at(0).at(3).toString()));
    const approval::ExportPaths paths = approval::ExportPaths::forBundle(bundle);
    QFile body(paths.body);
    QVERIFY(body.open(QIODevice::ReadOnly));
    QCOMPARE(body.readAll(), args.body); // the signed bytes, untouched

    // The bundle carries the seal image under its hash.
    QFile file(bundle);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject seals =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("seals")).toObject();
    const QString name = QString::fromLatin1(approval::sealHashOf(seal).toBase64());
    QCOMPARE(seals.value(name).toString(), QString::fromLatin1(seal.toBase64()));

    // The sealed copy: the body's pages, the seal (120 × 60 pt at (0.5, 0.3) of A4's width and
    // height; its centre at (0.6, 0.3 + 30/842)) red where the original is white.
    QPdfDocument sealed, original;
    QCOMPARE(sealed.load(paths.sealed), QPdfDocument::Error::None);
    QCOMPARE(original.load(paths.body), QPdfDocument::Error::None);
    QCOMPARE(sealed.pageCount(), original.pageCount());
    QCOMPARE(sealed.pageCount(), 2);
    for (int page = 0; page < 2; ++page) {
        const QSizeF difference = sealed.pagePointSize(page) - original.pagePointSize(page);
        QVERIFY(qAbs(difference.width()) < 0.5 && qAbs(difference.height()) < 0.5);
    }
    const QPointF centre(0.6, 0.3 + 30.0 / 842);
    const QColor copy = at(renderPage(paths.sealed, 0), centre);
    const QColor plain = at(renderPage(paths.body, 0), centre);
    QVERIFY2(copy.red() > 200 && copy.green() < 60 && copy.blue() < 60, qPrintable(copy.name()));
    QVERIFY2(plain.green() > 240 && plain.blue() > 240, qPrintable(plain.name()));
    QVERIFY(at(renderPage(paths.sealed, 1), centre).green() > 240); // the seal is on page 1 only
    QFile report(paths.report);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.readAll().contains("data:image/png;base64," + seal.toBase64()));

    // Offline: the seal line verifies; a swapped image fails; a removed one only warns.
    Run run = verify(bundle);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(
        run.out.contains(QStringLiteral("   seal of #1: page 1, at (5000, 3000), width 2000  ✔")));
    const QString tampered = m_out.filePath(QStringLiteral("sealed-tampered.json"));
    QVERIFY(writeFile(tampered, withSeals(bundle, [&](QJsonObject& o) {
                          o.insert(name, QString::fromLatin1(realPdf().toBase64()));
                      })));
    run = verify(tampered);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains(QStringLiteral("seal of #1")) &&
            run.out.contains(QStringLiteral("✘")));
    QVERIFY(run.out.contains(approval::sealCheckText(approval::SealCheck::ImageMismatch)));
    const QString missing = m_out.filePath(QStringLiteral("sealed-missing.json"));
    QVERIFY(writeFile(missing, withSeals(bundle, [](QJsonObject& o) { o = QJsonObject(); })));
    run = verify(missing);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("⚠")));
    QVERIFY(run.out.contains(QStringLiteral("Warning: 1 seal image(s) missing.")));
}

void TestApprovalExport::exportedDemoDocumentVerifiesOffline() {
    const auto todo = listFromServer(*m_zhang, approval::View::Todo);
    QVERIFY(todo);
    const qint64 doc = findByTitle(*todo, kQuarterly);
    QVERIFY(doc > 0);
    const auto view = openFresh(*m_zhang, doc);
    QVERIFY(view && view->chainOk && !view->bodyAvailable); // the body has to be fetched first
    QSignalSpy done(&svc(*m_zhang), &ApprovalService::exportDone);
    svc(*m_zhang).exportBundle(doc, m_bundle);
    QVERIFY(QTest::qWaitFor([&] { return !done.isEmpty(); }, kTimeoutMs));
    QCOMPARE(done.at(0).at(0).toLongLong(), doc);
    QCOMPARE(done.at(0).at(1).toString(), m_bundle);
    QVERIFY2(done.at(0).at(2).toBool(), qPrintable(done.at(0).at(3).toString()));
    const approval::ExportPaths paths = approval::ExportPaths::forBundle(m_bundle);
    QFile pdf(paths.body);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.readAll(), *svc(*m_zhang).cachedBody(doc));
    QVERIFY(QFile::exists(paths.report));
    QPdfDocument sealed, original;
    QCOMPARE(sealed.load(paths.sealed), QPdfDocument::Error::None);
    QCOMPARE(original.load(paths.body), QPdfDocument::Error::None);
    QCOMPARE(sealed.pageCount(), original.pageCount());

    m_server.reset(); // offline means offline: no server from here on
    const Run run = verify(m_bundle);
    qInfo().noquote() << run.out;
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^#\\d+ .*✔"))).size(), 4);
    QVERIFY(lines.at(1).startsWith(QStringLiteral("body: ")) &&
            lines.at(1).contains(QStringLiteral("✔")));
    QVERIFY(lines.last().startsWith(QStringLiteral("VERIFIED")));
    QVERIFY(!run.out.contains(QStringLiteral("✘")));
}

void TestApprovalExport::tamperedBundleFails() {
    QFile file(m_bundle);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject document = root.value(QStringLiteral("document")).toObject();
    QJsonArray actions = document.value(QStringLiteral("actions")).toArray();
    QCOMPARE(actions.size(), 4);
    QJsonObject second = actions.at(1).toObject();
    second.insert(QStringLiteral("opinion"), QStringLiteral("同意。")); // not what was signed
    actions.replace(1, second);
    document.insert(QStringLiteral("actions"), actions);
    root.insert(QStringLiteral("document"), document);
    const QString tampered = m_out.filePath(QStringLiteral("tampered.json"));
    QVERIFY(writeFile(tampered, QJsonDocument(root).toJson()));
    const Run run = verify(tampered);
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const auto line2 = std::find_if(lines.begin(), lines.end(), [](const QString& l) {
        return l.startsWith(QStringLiteral("#2 "));
    });
    QVERIFY(line2 != lines.end());
    QVERIFY(line2->contains(QStringLiteral("✘")));
    QVERIFY(line2->contains(approval::actionCheckText(approval::ActionCheck::BadSignature)));
    QVERIFY(lines.last().startsWith(QStringLiteral("NOT VERIFIED")));
}

void TestApprovalExport::damagedOrMissingFileIsUnreadable() {
    const QString damaged = m_out.filePath(QStringLiteral("damaged.json"));
    QVERIFY(writeFile(damaged, QByteArrayLiteral("{\"format\":\"zhengtong-approval-bundle\",")));
    Run run = verify(damaged);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("not a Zhengtong export bundle")));
    run = verify(m_out.filePath(QStringLiteral("missing.json")));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("Cannot read")));
    QProcess usage;
    usage.start(QStringLiteral(ZT_SERVER_BIN), {QStringLiteral("verify")});
    QVERIFY(usage.waitForFinished(kTimeoutMs));
    QCOMPARE(usage.exitCode(), 2);
}

void TestApprovalExport::unknownDocumentIsNotExported() {
    QSignalSpy done(&svc(*m_zhang), &ApprovalService::exportDone);
    const QString path = m_out.filePath(QStringLiteral("unknown.json"));
    svc(*m_zhang).exportBundle(999'999, path);
    QVERIFY(QTest::qWaitFor([&] { return !done.isEmpty(); }, kTimeoutMs));
    QCOMPARE(done.at(0).at(2).toBool(), false);
    QVERIFY(!done.at(0).at(3).toString().isEmpty());
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestApprovalExport)
#include "tst_approval_export.moc"
