#include "PageMarksLayer.h"
#include "ApprovalTexts.h"

#include <QPainter>
#include <QPainterPath>

namespace zt::ui {

using approval::Annotation;
using approval::AnnotationKind;
using approval::PlacedSeal;
using approval::SealPlacement;

const QColor PageMarksLayer::kHighlightColor(255, 221, 0, 110);
const QColor PageMarksLayer::kPlaceholderColor(200, 30, 30);

namespace {
const QColor kPinColor(230, 120, 0);
const QColor kPinOutline(120, 60, 0);
constexpr qreal kPendingOpacity = 0.55; // own marks not sent yet
constexpr qreal kPreviewOpacity = 0.7;
} // namespace

void PageMarksLayer::setDocument(const approval::DocumentView& view, qint64 selfId) {
    m_self = selfId;
    m_annotations.clear();
    for (const Annotation& a : view.detail.annotations)
        if (!view.pendingRemovals.contains(a.id)) m_annotations.append(a);
    m_annotations.append(view.pendingAnnotations);
    m_seals = view.seals;
    // Decoded once: the same seal is painted at every repaint of its page.
    for (auto it = view.sealImages.cbegin(); it != view.sealImages.cend(); ++it)
        if (!m_images.contains(it.key())) m_images.insert(it.key(), QImage::fromData(it.value()));
}

void PageMarksLayer::clear() {
    m_self = 0;
    m_annotations.clear();
    m_seals.clear();
    m_images.clear();
    m_names.clear();
    clearPreview();
}

QRectF PageMarksLayer::pinRect(const Annotation& note, const QRect& target) {
    // The pin's tip is the noted point; its head stands above it.
    const QPointF tip(target.left() + note.x * target.width(),
                      target.top() + note.y * target.height());
    return {tip.x() - kPinSize / 2.0, tip.y() - kPinSize, qreal(kPinSize), qreal(kPinSize)};
}

QRectF PageMarksLayer::highlightRect(const QRectF& r, const QRect& target) {
    return {target.left() + r.x() * target.width(), target.top() + r.y() * target.height(),
            r.width() * target.width(), r.height() * target.height()};
}

QRectF PageMarksLayer::sealRect(const SealPlacement& placement, const QRect& target,
                                const QImage& image) {
    const qreal width = placement.normalisedWidth() * target.width();
    // The height follows the image's aspect ratio (SealPlacement); square until it arrives.
    const qreal height =
        image.isNull() || image.width() == 0 ? width : width * image.height() / image.width();
    const QPointF at = placement.position();
    return {target.left() + at.x() * target.width(), target.top() + at.y() * target.height(), width,
            height};
}

void PageMarksLayer::paint(QPainter& painter, int page, const QRect& target) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Annotation& a : m_annotations)
        if (a.page == page && a.kind == AnnotationKind::Highlight)
            paintHighlight(painter, a, target);
    // Seals over highlights, as ink over a marker; notes on top, so that they stay clickable.
    for (const PlacedSeal& s : m_seals)
        if (s.placement.page == page)
            paintSeal(painter, sealRect(s.placement, target), m_images.value(s.placement.sealHash),
                      s.pending);
    for (const Annotation& a : m_annotations)
        if (a.page == page && a.kind == AnnotationKind::Note) paintNote(painter, a, target);
    if (m_previewPage == page) {
        painter.setOpacity(kPreviewOpacity);
        if (!m_previewHighlight.isEmpty())
            painter.fillRect(highlightRect(m_previewHighlight, target), kHighlightColor);
        if (m_previewSeal)
            paintSeal(painter, sealRect(*m_previewSeal, target, m_previewImage), m_previewImage,
                      false);
    }
    painter.restore();
}

void PageMarksLayer::paintHighlight(QPainter& painter, const Annotation& a,
                                    const QRect& target) const {
    painter.setOpacity(a.id == 0 ? kPendingOpacity : 1.0);
    for (const QRectF& r : a.rects)
        painter.fillRect(highlightRect(r, target), kHighlightColor);
    painter.setOpacity(1.0);
}

void PageMarksLayer::paintNote(QPainter& painter, const Annotation& a, const QRect& target) const {
    const QRectF box = pinRect(a, target);
    const qreal r = box.width() * 0.36; // the head's radius
    const QPointF head(box.center().x(), box.top() + r + 1);
    QPainterPath pin;
    pin.addEllipse(head, r, r);
    QPainterPath tail;
    tail.moveTo(head.x() - r * 0.6, head.y() + r * 0.7);
    tail.lineTo(box.center().x(), box.bottom());
    tail.lineTo(head.x() + r * 0.6, head.y() + r * 0.7);
    tail.closeSubpath();
    pin = pin.united(tail);
    painter.setOpacity(a.id == 0 ? kPendingOpacity : 1.0);
    painter.setPen(QPen(kPinOutline, 1));
    painter.setBrush(kPinColor);
    painter.drawPath(pin);
    painter.setBrush(Qt::white);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(head, r * 0.4, r * 0.4);
    painter.setOpacity(1.0);
}

void PageMarksLayer::paintSeal(QPainter& painter, const QRectF& rect, const QImage& image,
                               bool faint) const {
    const qreal opacity = painter.opacity();
    if (faint) painter.setOpacity(opacity * kPendingOpacity);
    if (image.isNull()) {
        painter.setPen(QPen(kPlaceholderColor, 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(rect);
    } else {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(rect, image);
    }
    painter.setOpacity(opacity);
}

std::optional<Annotation> PageMarksLayer::annotationAt(int page, const QRect& target,
                                                       const QPointF& pos) const {
    // Notes first (drawn on top), the last drawn first.
    for (auto it = m_annotations.crbegin(); it != m_annotations.crend(); ++it)
        if (it->page == page && it->kind == AnnotationKind::Note &&
            pinRect(*it, target).contains(pos))
            return *it;
    for (auto it = m_annotations.crbegin(); it != m_annotations.crend(); ++it) {
        if (it->page != page || it->kind != AnnotationKind::Highlight) continue;
        for (const QRectF& r : it->rects)
            if (highlightRect(r, target).contains(pos)) return *it;
    }
    return std::nullopt;
}

QString PageMarksLayer::describe(const Annotation& a) const {
    const QString who =
        isOwn(a) ? tr("You") : ApprovalTexts::user(a.author, m_names.value(a.author));
    QString text = a.text.isEmpty() ? tr("Highlight by %1").arg(who)
                                    : tr("%1: %2").arg(who, a.text.toHtmlEscaped());
    if (a.timeMs > 0)
        text += QStringLiteral("<br><small>%1</small>").arg(ApprovalTexts::time(a.timeMs));
    if (a.id == 0) text += QStringLiteral("<br><i>%1</i>").arg(tr("Waiting to be sent"));
    return text;
}

void PageMarksLayer::previewHighlight(int page, const QRectF& normalised) {
    m_previewPage = page;
    m_previewHighlight = normalised;
    m_previewSeal.reset();
}

void PageMarksLayer::previewSeal(int page, const SealPlacement& placement, const QImage& image) {
    m_previewPage = page;
    m_previewHighlight = {};
    m_previewSeal = placement;
    m_previewImage = image;
}

void PageMarksLayer::clearPreview() {
    m_previewPage = -1;
    m_previewHighlight = {};
    m_previewSeal.reset();
    m_previewImage = {};
}

} // namespace zt::ui
