#include "PdfPageView.h"
#include "PageMarksLayer.h"
#include "PdfPageCache.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPdfDocument>
#include <QScrollBar>
#include <QWheelEvent>
#include <cmath>

namespace zt::ui {

namespace {
constexpr qint64 kCacheKilobytes = 192 * 1024; // a dozen pages at high zoom on a 4K screen
constexpr int kScrollStep = 24;
const QColor kHitColor(255, 214, 0, 90);
const QColor kCurrentHitColor(255, 120, 0, 140);
const QColor kSelectionColor(0, 110, 220, 70);
} // namespace

PdfPageView::PdfPageView(QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_cache(new PdfPageCache(kCacheKilobytes, this)) {
    setObjectName(QStringLiteral("pdfPageView"));
    setAccessibleName(tr("Document pages"));
    setFocusPolicy(Qt::StrongFocus);
    // Always there, so that fitting the width never makes it appear and change the width again.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    viewport()->setCursor(Qt::IBeamCursor);
    verticalScrollBar()->setSingleStep(kScrollStep);
    horizontalScrollBar()->setSingleStep(kScrollStep);
    connect(m_cache, &PdfPageCache::pageReady, this, &PdfPageView::onPageReady);
}

void PdfPageView::setDocument(QPdfDocument* document) {
    m_cache->setDocument(document);
    m_document = document;
    m_hit = {};
    m_selectionStart.reset();
    m_selection.reset();
    m_textRects.clear();
    m_textRectsPage = -1;
    QList<QSizeF> sizes;
    for (int page = 0; document && page < document->pageCount(); ++page)
        sizes.append(document->pagePointSize(page)); // once: each call locks the PDF engine
    m_layout.setPageSizes(sizes);
    m_currentPage = -1;
    updateScrollBars();
    if (m_zoomMode != ZoomMode::Custom) setZoomMode(m_zoomMode);
    goToPage(0);
    emit selectionChanged(false);
    viewport()->update();
}

void PdfPageView::setSearch(PdfSearch* search) {
    m_search = search;
    viewport()->update();
}

void PdfPageView::setWatermark(const QString& text) {
    m_watermark.setText(text);
    viewport()->update();
}

void PdfPageView::setMarks(const PageMarksLayer* marks) {
    m_marks = marks;
    viewport()->update();
}

QPoint PdfPageView::offset() const {
    return {horizontalScrollBar()->value(), verticalScrollBar()->value()};
}

QRect PdfPageView::visibleContent() const {
    return viewport()->rect().translated(offset());
}

bool PdfPageView::isRendered(int page) const {
    const QSize pixels = (QSizeF(m_layout.pageRect(page).size()) * devicePixelRatioF()).toSize();
    return m_cache->isExact(page, pixels);
}

void PdfPageView::updateScrollBars() {
    m_layout.setViewportWidth(viewport()->width());
    const QSize content = m_layout.contentSize();
    const QSize view = viewport()->size();
    verticalScrollBar()->setRange(0, qMax(0, content.height() - view.height()));
    verticalScrollBar()->setPageStep(view.height());
    horizontalScrollBar()->setRange(0, qMax(0, content.width() - view.width()));
    horizontalScrollBar()->setPageStep(view.width());
}

void PdfPageView::scrollTo(int x, int y) {
    m_jumping = true;
    horizontalScrollBar()->setValue(x);
    verticalScrollBar()->setValue(y);
    m_jumping = false;
}

void PdfPageView::goToPage(int page) {
    if (m_layout.pageCount() == 0) return setCurrentPage(-1);
    page = qBound(0, page, m_layout.pageCount() - 1);
    // The page's top edge just below the view's, without a sliver of the page before it.
    scrollTo(horizontalScrollBar()->value(),
             page == 0 ? 0 : m_layout.pageRect(page).top() - PdfPageLayout::kSpacing);
    setCurrentPage(page);
}

void PdfPageView::setCurrentPage(int page) {
    if (page == m_currentPage) return;
    m_currentPage = page;
    emit currentPageChanged(page);
}

void PdfPageView::scrollContentsBy(int dx, int dy) {
    QAbstractScrollArea::scrollContentsBy(dx, dy);
    if (!m_jumping) updateCurrentFromScroll();
}

void PdfPageView::updateCurrentFromScroll() {
    const QScrollBar* bar = verticalScrollBar();
    const int last = m_layout.pageCount() - 1;
    // At the very end the last page is current as soon as its top shows, or it could never be.
    if (bar->maximum() > 0 && bar->value() == bar->maximum() &&
        m_layout.pageRect(last).top() < bar->value() + viewport()->height())
        return setCurrentPage(last);
    setCurrentPage(m_layout.pageAtY(bar->value() + viewport()->height() / 3));
}

void PdfPageView::setZoom(qreal zoom) {
    m_zoomMode = ZoomMode::Custom;
    applyZoom(zoom);
}

void PdfPageView::setZoomMode(ZoomMode mode) {
    m_zoomMode = mode;
    if (mode == ZoomMode::FitWidth) applyZoom(m_layout.fitWidthZoom(viewport()->width()));
    if (mode == ZoomMode::FitPage) applyZoom(m_layout.fitPageZoom(viewport()->size()));
}

void PdfPageView::applyZoom(qreal zoom) {
    // Keep the same spot of the current page at the top of the view.
    const int page = qMax(0, m_currentPage);
    const QRect before = m_layout.pageRect(page);
    const qreal along = before.height() > 0
                            ? qreal(verticalScrollBar()->value() - before.top()) / before.height()
                            : 0;
    const qreal old = m_layout.zoom();
    m_layout.setZoom(zoom);
    updateScrollBars();
    const QRect after = m_layout.pageRect(page);
    scrollTo(horizontalScrollBar()->value(),
             after.top() + int(std::lround(along * after.height())));
    viewport()->update();
    if (!qFuzzyCompare(old, m_layout.zoom())) emit zoomChanged(m_layout.zoom());
}

void PdfPageView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (m_zoomMode != ZoomMode::Custom) setZoomMode(m_zoomMode);
}

void PdfPageView::keyPressEvent(QKeyEvent* event) {
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const int key = event->key();
    if (key == Qt::Key_PageDown) return goToPage(m_currentPage + 1);
    if (key == Qt::Key_PageUp) return goToPage(m_currentPage - 1);
    if (ctrl && key == Qt::Key_Home) return goToPage(0);
    if (ctrl && key == Qt::Key_End) return goToPage(m_layout.pageCount() - 1);
    QAbstractScrollArea::keyPressEvent(event);
}

void PdfPageView::wheelEvent(QWheelEvent* event) {
    if (!(event->modifiers() & Qt::ControlModifier)) return QAbstractScrollArea::wheelEvent(event);
    const int steps = event->angleDelta().y();
    if (steps > 0) zoomIn();
    if (steps < 0) zoomOut();
    event->accept();
}

void PdfPageView::showHit(const PdfSearch::Hit& hit) {
    m_hit = hit;
    viewport()->update();
    if (!hit.isValid() || hit.rects.isEmpty()) return;
    const QRect page = m_layout.pageRect(hit.page);
    const QRect target = toView(hit.rects.first(), page).toAlignedRect();
    const QRect visible = visibleContent();
    if (!visible.contains(target)) {
        // Centre the hit vertically; horizontally only if it is outside.
        const int x = visible.left() <= target.left() && target.right() <= visible.right()
                          ? visible.left()
                          : target.center().x() - visible.width() / 2;
        scrollTo(x, target.center().y() - visible.height() / 2);
    }
    setCurrentPage(hit.page);
}

QRectF PdfPageView::toView(const QRectF& points, const QRect& target) const {
    const qreal s = m_layout.scale();
    return {target.left() + points.left() * s, target.top() + points.top() * s, points.width() * s,
            points.height() * s};
}

void PdfPageView::paintEvent(QPaintEvent* event) {
    QPainter painter(viewport());
    const QPoint shift = offset();
    const QList<int> pages = m_layout.pagesIn(event->rect().translated(shift));
    for (int page : pages)
        paintPage(painter, page, m_layout.pageRect(page).translated(-shift));
    // Last, over pages and highlights alike, fixed to the viewport while the pages scroll.
    m_watermark.paint(painter, viewport()->rect(), font(), devicePixelRatioF());
}

void PdfPageView::paintPage(QPainter& painter, int page, const QRect& target) {
    painter.fillRect(target, Qt::white);
    const QSize pixels = (QSizeF(target.size()) * devicePixelRatioF()).toSize();
    const QImage image = m_cache->image(page, pixels);
    if (!image.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, image.size() != pixels);
        painter.drawImage(target, image);
    }
    paintHighlights(painter, page, target);
    if (m_marks) m_marks->paint(painter, page, target);
}

void PdfPageView::paintHighlights(QPainter& painter, int page, const QRect& target) {
    if (m_search) {
        const QList<QRectF> hits = m_search->hitsOnPage(page);
        for (const QRectF& rect : hits)
            painter.fillRect(toView(rect, target), kHitColor);
    }
    if (m_hit.page == page)
        for (const QRectF& rect : std::as_const(m_hit.rects))
            painter.fillRect(toView(rect, target), kCurrentHitColor);
    if (m_selection && m_selectionPage == page) {
        const qreal s = m_layout.scale();
        painter.save();
        painter.translate(target.topLeft());
        painter.scale(s, s);
        painter.setPen(Qt::NoPen);
        painter.setBrush(kSelectionColor);
        const QList<QPolygonF> bounds = m_selection->bounds();
        for (const QPolygonF& polygon : bounds)
            painter.drawPolygon(polygon);
        painter.restore();
    }
}

void PdfPageView::onPageReady(int page) {
    const QRect rect = m_layout.pageRect(page).translated(-offset());
    if (rect.intersects(viewport()->rect())) viewport()->update(rect);
}

std::optional<PdfPageView::PagePoint> PdfPageView::pagePointAt(const QPoint& pos,
                                                               bool clampToPage) const {
    const QPoint content = pos + offset();
    const int page =
        clampToPage && m_selectionStart ? m_selectionStart->page : m_layout.pageAtY(content.y());
    if (page < 0) return std::nullopt;
    const QRect rect = m_layout.pageRect(page);
    if (!clampToPage && !rect.contains(content)) return std::nullopt;
    const QPoint inside(qBound(rect.left(), content.x(), rect.right()),
                        qBound(rect.top(), content.y(), rect.bottom()));
    return PagePoint{page, QPointF(inside - rect.topLeft()) / m_layout.scale()};
}

std::optional<PdfPageView::PagePosition> PdfPageView::positionAt(const QPoint& pos) const {
    const QPoint content = pos + offset();
    const int page = m_layout.pageAtY(content.y());
    const QRect rect = m_layout.pageRect(page);
    if (page < 0 || !rect.contains(content) || rect.isEmpty()) return std::nullopt;
    return PagePosition{page,
                        {qreal(content.x() - rect.left()) / rect.width(),
                         qreal(content.y() - rect.top()) / rect.height()}};
}

QPointF PdfPageView::snapToText(int page, const QPointF& point) {
    if (m_textRectsPage != page) {
        m_textRects.clear();
        const QList<QPolygonF> bounds = m_document->getAllText(page).bounds();
        for (const QPolygonF& polygon : bounds)
            m_textRects.append(polygon.boundingRect());
        m_textRectsPage = page;
    }
    const QRectF* nearest = nullptr;
    qreal nearestDistance = 0;
    for (const QRectF& rect : std::as_const(m_textRects)) {
        if (rect.contains(point)) return point;
        const qreal dx = qMax(qMax(rect.left() - point.x(), point.x() - rect.right()), 0.0);
        const qreal dy = qMax(qMax(rect.top() - point.y(), point.y() - rect.bottom()), 0.0);
        const qreal distance = dx * dx + dy * dy;
        if (!nearest || distance < nearestDistance) {
            nearest = &rect;
            nearestDistance = distance;
        }
    }
    if (!nearest) return point;
    return {qBound(nearest->left() + 0.5, point.x(), nearest->right() - 0.5),
            nearest->center().y()};
}

bool PdfPageView::hasSelection() const {
    return m_selection && !m_selection->text().isEmpty();
}

QString PdfPageView::selectedText() const {
    return m_selection ? m_selection->text() : QString();
}

void PdfPageView::clearSelection() {
    const bool had = hasSelection();
    m_selection.reset();
    m_selectionPage = -1;
    viewport()->update();
    if (had) emit selectionChanged(false);
}

void PdfPageView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_document)
        return QAbstractScrollArea::mousePressEvent(event);
    clearSelection();
    m_selectionStart = pagePointAt(event->position().toPoint(), false);
}

void PdfPageView::mouseMoveEvent(QMouseEvent* event) {
    if (!m_selectionStart || !(event->buttons() & Qt::LeftButton)) return;
    const auto end = pagePointAt(event->position().toPoint(), true);
    if (end) selectText(end->page, m_selectionStart->point, end->point);
}

void PdfPageView::selectText(int page, const QPointF& from, const QPointF& to) {
    if (!m_document || page < 0 || page >= m_layout.pageCount()) return;
    // The engine selects nothing unless both ends are on characters.
    m_selection = m_document->getSelection(page, snapToText(page, from), snapToText(page, to));
    m_selectionPage = page;
    viewport()->update();
    emit selectionChanged(hasSelection());
}

void PdfPageView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) m_selectionStart.reset();
    QAbstractScrollArea::mouseReleaseEvent(event);
}

} // namespace zt::ui
