#pragma once
// Where each page of a document sits in a continuous, vertically scrolling column at a given
// zoom: pure geometry in device-independent pixels, no rendering. 100 % zoom is 96 dpi.
#include <QList>
#include <QRect>
#include <QSizeF>

namespace zt::ui {

class PdfPageLayout {
public:
    static constexpr int kMargin = 12;  // around the column
    static constexpr int kSpacing = 10; // between pages
    static constexpr qreal kPixelsPerPoint = 96.0 / 72.0;
    static constexpr qreal kMinZoom = 0.1;
    static constexpr qreal kMaxZoom = 8.0;

    void setPageSizes(const QList<QSizeF>& pointSizes); // in PDF points
    void setZoom(qreal zoom);
    void setViewportWidth(int width); // pages are centred in it

    qreal zoom() const { return m_zoom; }
    int pageCount() const { return int(m_points.size()); }
    QSizeF pointSize(int page) const { return m_points.value(page); }
    QRect pageRect(int page) const; // in content coordinates
    QSize contentSize() const;
    int pageAtY(int y) const;                       // nearest page to a content y
    QList<int> pagesIn(const QRect& content) const; // pages intersecting a content rectangle
    qreal scale() const { return m_zoom * kPixelsPerPoint; } // pixels per point

    // The zoom that makes the widest page fill `width`, or the tallest page fit `size`.
    qreal fitWidthZoom(int width) const;
    qreal fitPageZoom(const QSize& size) const;

private:
    void relayout();

    QList<QSizeF> m_points;
    QList<QRect> m_rects;
    qreal m_zoom = 1.0;
    int m_viewportWidth = 0;
    int m_contentWidth = 0;
};

} // namespace zt::ui
