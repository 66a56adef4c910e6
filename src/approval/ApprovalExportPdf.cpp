#include "ApprovalExportPdf.h"
#include "ApprovalMarks.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QSaveFile>

namespace zt::approval {

class SealedPdfTexts {
    Q_DECLARE_TR_FUNCTIONS(zt::approval::SealedPdfTexts) // the context lupdate records
};

namespace {

// A poster-sized page is rendered with fewer dots rather than exhausting memory.
constexpr int kMaxPagePixels = 6000;
const QColor kHighlight(255, 226, 64);

struct SealToDraw {
    int page = 0;
    QPointF topLeft;  // normalised
    double width = 0; // normalised, of the page's width
    QImage image;
};

QList<SealToDraw> verifiedSeals(const BundleCheck& check) {
    QList<SealToDraw> seals;
    for (const ActionVerdict& v : check.actions) {
        const auto placement = v.action.sealPlacement();
        if (!v.ok() || v.sealCheck != SealCheck::ImageVerified || !placement) continue;
        const QImage image = QImage::fromData(v.sealPng, "PNG");
        if (!image.isNull() && image.width() > 0)
            seals.append(
                {placement->page, placement->position(), placement->normalisedWidth(), image});
    }
    return seals;
}

QSize pixelsFor(const QSizeF& points) {
    QSizeF pixels = points * (kSealedPdfDpi / 72.0);
    if (pixels.width() > kMaxPagePixels || pixels.height() > kMaxPagePixels)
        pixels.scale(kMaxPagePixels, kMaxPagePixels, Qt::KeepAspectRatio);
    return pixels.toSize().expandedTo({1, 1});
}

// QtPdf leaves the unpainted parts of a page transparent: put them on paper, and multiply the
// highlights in so that the text under them stays dark.
QImage pageImage(QPdfDocument& document, int page, const QSize& pixels,
                 const QList<Annotation>& annotations) {
    QPdfDocumentRenderOptions options;
    options.setRenderFlags(QPdfDocumentRenderOptions::RenderFlag::Annotations);
    const QImage rendered = document.render(page, pixels, options);
    if (rendered.isNull()) return {};
    QImage paper(rendered.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(0, 0, rendered);
    painter.setCompositionMode(QPainter::CompositionMode_Multiply);
    const QTransform toPixels = QTransform::fromScale(paper.width(), paper.height());
    for (const Annotation& a : annotations)
        if (a.kind == AnnotationKind::Highlight && a.page == page)
            for (const QRectF& r : a.rects)
                painter.fillRect(toPixels.mapRect(r), kHighlight);
    return paper;
}

QString unreadableReason(QPdfDocument::Error error) {
    switch (error) {
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return SealedPdfTexts::tr("the document's PDF is protected by a password");
    default:
        return SealedPdfTexts::tr("the document's PDF is damaged or not a PDF");
    }
}

// The page's own point size for the writer; its resolution is 72 dpi, so painter units are
// points too and the page image fills exactly the page.
QPageLayout layoutFor(const QSizeF& points) {
    return QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                       QPageLayout::Portrait, QMarginsF(), QPageLayout::Point);
}

} // namespace

SealedPdfOutcome writeSealedPdf(const BundleCheck& check, const QString& path) {
    SealedPdfOutcome outcome;
    QByteArray body = check.body;
    QBuffer buffer(&body);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer); // synchronous for a buffer: every byte is there
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() <= 0) {
        outcome.error = unreadableReason(document.error());
        return outcome;
    }
    const QList<SealToDraw> seals = verifiedSeals(check);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return outcome;
    }
    QPdfWriter writer(&file);
    writer.setResolution(72);
    writer.setCreator(QStringLiteral("Zhengtong"));
    writer.setTitle(SealedPdfTexts::tr("%1 (copy with seals)").arg(check.detail.summary.title));
    QPainter painter;
    for (int page = 0; page < document.pageCount(); ++page) {
        const QSizeF points = document.pagePointSize(page);
        const QImage image = pageImage(document, page, pixelsFor(points), check.detail.annotations);
        if (image.isNull() || points.isEmpty()) {
            outcome.error = SealedPdfTexts::tr("page %1 of the document's PDF cannot be rendered")
                                .arg(page + 1);
            return outcome; // the QSaveFile is discarded: no half-written copy
        }
        writer.setPageLayout(layoutFor(points)); // applies to the page begun next
        if (page == 0 ? !painter.begin(&writer) : !writer.newPage()) {
            outcome.error = SealedPdfTexts::tr("the sealed copy cannot be written");
            return outcome;
        }
        painter.drawImage(QRectF(QPointF(), points), image);
        for (const SealToDraw& seal : seals) {
            if (seal.page != page) continue;
            const double width = seal.width * points.width();
            const double height = width * seal.image.height() / seal.image.width();
            painter.drawImage(QRectF(seal.topLeft.x() * points.width(),
                                     seal.topLeft.y() * points.height(), width, height),
                              seal.image);
            ++outcome.sealsDrawn;
        }
        ++outcome.pages;
    }
    painter.end();
    if (!file.commit()) {
        outcome.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return outcome;
    }
    outcome.written = true;
    return outcome;
}

} // namespace zt::approval
