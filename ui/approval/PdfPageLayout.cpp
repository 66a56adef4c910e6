#include "PdfPageLayout.h"

#include <algorithm>
#include <cmath>

namespace zt::ui {

void PdfPageLayout::setPageSizes(const QList<QSizeF>& pointSizes) {
    m_points = pointSizes;
    relayout();
}

void PdfPageLayout::setZoom(qreal zoom) {
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    relayout();
}

void PdfPageLayout::setViewportWidth(int width) {
    if (width == m_viewportWidth) return;
    m_viewportWidth = width;
    relayout();
}

void PdfPageLayout::relayout() {
    m_rects.clear();
    int widest = 0;
    for (const QSizeF& points : std::as_const(m_points))
        widest = std::max(widest, int(std::lround(points.width() * scale())));
    m_contentWidth = std::max(widest + 2 * kMargin, m_viewportWidth);
    int y = kMargin;
    for (const QSizeF& points : std::as_const(m_points)) {
        const QSize size(int(std::lround(points.width() * scale())),
                         int(std::lround(points.height() * scale())));
        m_rects.append(QRect(QPoint((m_contentWidth - size.width()) / 2, y), size));
        y += size.height() + kSpacing;
    }
}

QRect PdfPageLayout::pageRect(int page) const {
    return m_rects.value(page);
}

QSize PdfPageLayout::contentSize() const {
    if (m_rects.isEmpty()) return {};
    return {m_contentWidth, m_rects.constLast().bottom() + 1 + kMargin};
}

int PdfPageLayout::pageAtY(int y) const {
    if (m_rects.isEmpty()) return -1;
    // The first page whose bottom (with half the spacing) is below y.
    const auto it =
        std::lower_bound(m_rects.cbegin(), m_rects.cend(), y, [](const QRect& rect, int value) {
            return rect.bottom() + kSpacing / 2 < value;
        });
    return it == m_rects.cend() ? int(m_rects.size()) - 1 : int(it - m_rects.cbegin());
}

QList<int> PdfPageLayout::pagesIn(const QRect& content) const {
    QList<int> pages;
    const int first = pageAtY(content.top());
    if (first < 0) return pages;
    for (int page = first; page < m_rects.size(); ++page) {
        if (m_rects[page].top() > content.bottom()) break;
        if (m_rects[page].intersects(content)) pages.append(page);
    }
    return pages;
}

qreal PdfPageLayout::fitWidthZoom(int width) const {
    qreal widest = 0;
    for (const QSizeF& points : std::as_const(m_points))
        widest = std::max(widest, points.width());
    if (widest <= 0) return 1.0;
    return std::clamp((width - 2 * kMargin) / (widest * kPixelsPerPoint), kMinZoom, kMaxZoom);
}

qreal PdfPageLayout::fitPageZoom(const QSize& size) const {
    qreal tallest = 0;
    for (const QSizeF& points : std::as_const(m_points))
        tallest = std::max(tallest, points.height());
    if (tallest <= 0) return 1.0;
    const qreal byHeight = (size.height() - 2 * kMargin) / (tallest * kPixelsPerPoint);
    return std::clamp(std::min(byHeight, fitWidthZoom(size.width())), kMinZoom, kMaxZoom);
}

} // namespace zt::ui
