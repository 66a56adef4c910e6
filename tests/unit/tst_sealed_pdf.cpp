// The sealed copy an export writes (NAME.sealed.pdf, approval/ApprovalExportPdf): a real PDF with
// pages of two sizes, a signed approval placing a seal on the second page and a highlight on the
// first. The copy has the body's pages at the body's sizes; rendered, the seal's pixels are at
// the placement and the highlight over the text, where the original is plain; a seal whose image
// was tampered with is not drawn; a damaged body gives a clear error and no file.
#include "approval/ApprovalExport.h"
#include "approval/ApprovalExportPdf.h"
#include "approval/ApprovalMarks.h"
#include "approval/BundleVerifier.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QPageLayout>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;
using crypto::SignatureAlgorithm;

namespace {

constexpr qint64 kDoc = 9;
const QSizeF kPortrait(595, 842); // A4 in points
const QSizeF kWide(600, 300);
// On the second page: top left at (0.5, 0.3), a fifth of the page wide; the image is 2:1, so
// the seal is 120 × 60 pt, its centre at (0.6, 0.4) of the page.
const approval::SealPlacement kPlacement{1, 5000, 3000, 2000, {}};
const QPointF kSealCentre(0.6, 0.4);
const QRectF kHighlight(0.6, 0.6, 0.2, 0.05); // on the first page, over blank paper
const QPointF kGreyPoint(0.2, 0.2);           // inside the grey block of the first page

QByteArray png(const QColor& colour, QSize size = {40, 20}) {
    QImage image(size, QImage::Format_ARGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QPageLayout layoutOf(const QSizeF& points) {
    return QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                       QPageLayout::Portrait, QMarginsF(), QPageLayout::Point);
}

// A body with pages of two sizes and some content (no text: no fonts needed).
QByteArray makeBody() {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageLayout(layoutOf(kPortrait));
    QPainter painter(&writer);
    painter.fillRect(QRectF(50, 50, 300, 300), QColor(128, 128, 128));
    writer.setPageLayout(layoutOf(kWide));
    writer.newPage();
    painter.fillRect(QRectF(20, 20, 100, 30), QColor(60, 60, 60));
    painter.end();
    return bytes;
}

QImage renderPage(const QString& path, int page, QSizeF* points = nullptr) {
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None) return {};
    const QSizeF size = document.pagePointSize(page);
    if (points) *points = size;
    QImage image = document.render(page, (size * 2).toSize()); // 144 dpi
    QImage paper(image.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter(&paper).drawImage(0, 0, image);
    return paper;
}

QColor at(const QImage& image, QPointF normalised) {
    return image.pixelColor(int(normalised.x() * image.width()),
                            int(normalised.y() * image.height()));
}

bool isRed(const QColor& c) {
    return c.red() > 200 && c.green() < 60 && c.blue() < 60;
}

bool isWhite(const QColor& c) {
    return c.red() > 240 && c.green() > 240 && c.blue() > 240;
}

} // namespace

class TestSealedPdf : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sealedCopyHasTheBodysPagesAndTheSeal();
    void tamperedSealIsNotDrawn();
    void damagedBodyGivesAClearError();

private:
    QTemporaryDir m_dir;
    approval::ExportInput m_input;
    approval::ExportPaths m_paths;
};

void TestSealedPdf::initTestCase() {
    const QByteArray body = makeBody();
    QVERIFY(body.startsWith("%PDF"));
    const QByteArray seal = png(Qt::red);
    const crypto::SigningKey key = crypto::SigningKey::generate(SignatureAlgorithm::Sm2Sm3);
    approval::GetResult& d = m_input.detail;
    d.summary.id = kDoc;
    d.summary.title = QStringLiteral("关于印发盖章测试的通知");
    d.bodySize = body.size();
    d.bodySm3 = crypto::digest(SignatureAlgorithm::Sm2Sm3, body);
    d.bodySha256 = crypto::digest(SignatureAlgorithm::EcdsaP256Sha256, body);
    approval::StepStatus signoff;
    signoff.def = {approval::StepKind::Signoff, approval::StepMode::Sequential, {1}};
    signoff.status = QStringLiteral("done");
    d.steps.append(signoff);
    approval::SealPlacement placement = kPlacement;
    placement.sealHash = approval::sealHashOf(seal);
    crypto::SignedAction a;
    a.documentId = approval::signedDocumentId(kDoc);
    a.contentHash = d.bodySm3;
    a.step = approval::signedStep(0);
    a.action = QStringLiteral("approve");
    a.opinion = QStringLiteral("同意。");
    a.actorUserId = 1;
    a.timeMs = 1'795'518'552'949;
    a.seal = placement.signedText();
    QList<crypto::SignedAction> chain;
    QVERIFY(crypto::appendSigned(chain, a, key));
    d.actions.append({1, chain.last()});
    d.keys.append({1, key.publicKeyPem()});
    approval::Annotation highlight;
    highlight.kind = approval::AnnotationKind::Highlight;
    highlight.page = 0;
    highlight.x = kHighlight.x();
    highlight.y = kHighlight.y();
    highlight.rects = {kHighlight};
    d.annotations.append(highlight);
    m_input.body = body;
    m_input.sealImages.insert(placement.sealHash, seal);
    m_paths = approval::ExportPaths::forBundle(m_dir.filePath(QStringLiteral("盖章.json")));
}

void TestSealedPdf::sealedCopyHasTheBodysPagesAndTheSeal() {
    const approval::ExportOutcome outcome = approval::writeExport(m_input, m_paths.bundle);
    QVERIFY2(outcome.written && outcome.verified && outcome.sealed, qPrintable(outcome.message));
    QFile original(m_paths.body);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), m_input.body); // the signed body stays byte for byte

    QPdfDocument sealed;
    QCOMPARE(sealed.load(m_paths.sealed), QPdfDocument::Error::None);
    QCOMPARE(sealed.pageCount(), 2);
    for (int page = 0; page < 2; ++page) {
        QSizeF sealedPoints, originalPoints;
        const QImage copy = renderPage(m_paths.sealed, page, &sealedPoints);
        const QImage plain = renderPage(m_paths.body, page, &originalPoints);
        QVERIFY(!copy.isNull() && !plain.isNull());
        QVERIFY2(qAbs(sealedPoints.width() - originalPoints.width()) < 0.5 &&
                     qAbs(sealedPoints.height() - originalPoints.height()) < 0.5,
                 qPrintable(QStringLiteral("page %1: %2×%3 pt, the body's %4×%5 pt")
                                .arg(page + 1)
                                .arg(sealedPoints.width())
                                .arg(sealedPoints.height())
                                .arg(originalPoints.width())
                                .arg(originalPoints.height())));
        QCOMPARE(originalPoints, page == 0 ? kPortrait : kWide);
        if (page == 0) {
            // The body itself is there (the grey block), and the highlight over blank paper.
            const QColor grey = at(copy, kGreyPoint);
            QVERIFY2(qAbs(grey.red() - 128) < 16 && qAbs(grey.blue() - 128) < 16,
                     qPrintable(grey.name()));
            QVERIFY(isWhite(at(plain, kHighlight.center())));
            const QColor marked = at(copy, kHighlight.center());
            QVERIFY2(marked.red() > 200 && marked.green() > 180 && marked.blue() < 150,
                     qPrintable(marked.name()));
            QVERIFY(!isRed(at(copy, kSealCentre))); // the seal is on the other page
        } else {
            QVERIFY(isWhite(at(plain, kSealCentre)));
            QVERIFY2(isRed(at(copy, kSealCentre)), qPrintable(at(copy, kSealCentre).name()));
            // Its edges: inside just within the rectangle, plain paper just outside it.
            QVERIFY(isRed(at(copy, {0.505, 0.31})) && isRed(at(copy, {0.695, 0.49})));
            QVERIFY(isWhite(at(copy, {0.49, 0.4})) && isWhite(at(copy, {0.71, 0.4})));
            QVERIFY(isWhite(at(copy, {0.6, 0.29})) && isWhite(at(copy, {0.6, 0.51})));
        }
    }
}

void TestSealedPdf::tamperedSealIsNotDrawn() {
    QFile file(m_paths.bundle);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject seals = root.value(QStringLiteral("seals")).toObject();
    QCOMPARE(seals.size(), 1);
    seals.insert(seals.keys().first(), QString::fromLatin1(png(Qt::blue).toBase64()));
    root.insert(QStringLiteral("seals"), seals);
    const approval::BundleCheck check = approval::verifyBundle(QJsonDocument(root).toJson());
    QVERIFY(check.readable && !check.ok());
    const QString path = m_dir.filePath(QStringLiteral("tampered.sealed.pdf"));
    const approval::SealedPdfOutcome outcome = approval::writeSealedPdf(check, path);
    QVERIFY2(outcome.written, qPrintable(outcome.error));
    QCOMPARE(outcome.pages, 2);
    QCOMPARE(outcome.sealsDrawn, 0);
    const QColor centre = at(renderPage(path, 1), kSealCentre);
    QVERIFY2(isWhite(centre), qPrintable(centre.name())); // neither the signed nor the fake one
}

void TestSealedPdf::damagedBodyGivesAClearError() {
    approval::BundleCheck check = approval::verifyBundle(approval::bundleJson(m_input));
    QVERIFY(check.ok());
    const QString path = m_dir.filePath(QStringLiteral("damaged.sealed.pdf"));
    for (const QByteArray& body :
         {QByteArray(), QByteArray("%PDF-1.4\n%%EOF\n"), QByteArray(4096, '\xff'),
          check.body.left(check.body.size() / 3)}) {
        check.body = body;
        const approval::SealedPdfOutcome outcome = approval::writeSealedPdf(check, path);
        if (outcome.written) { // pdfium repairs what it can: then it must be a real copy
            QVERIFY(outcome.pages > 0);
            QFile::remove(path);
            continue;
        }
        QVERIFY(outcome.error.contains(QStringLiteral("damaged or not a PDF")));
        QVERIFY(!QFile::exists(path));
    }
}

QTEST_GUILESS_MAIN(TestSealedPdf)
#include "tst_sealed_pdf.moc"
