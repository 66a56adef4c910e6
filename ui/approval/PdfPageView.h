#pragma once
// The pages of a document in one continuous column: scrolling, zoom (custom, fit width, fit
// page), the current page, search hits highlighted (the current one stronger), text selection
// with the mouse, and the screen watermark painted over the visible area on top of everything.
// Pages are rendered off the GUI thread; a page not rendered yet shows blank, or its previous
// image scaled, until it arrives.
#include "PdfPageLayout.h"
#include "PdfSearch.h"
#include "PdfWatermark.h"

#include <QAbstractScrollArea>
#include <QPdfSelection>
#include <optional>

class QPdfDocument;

namespace zt::ui {

class PageMarksLayer;
class PdfPageCache;

class PdfPageView : public QAbstractScrollArea {
    Q_OBJECT
public:
    enum class ZoomMode { Custom, FitWidth, FitPage };
    static constexpr qreal kZoomStep = 1.25;

    explicit PdfPageView(QWidget* parent = nullptr);

    // The document must stay alive until setDocument(nullptr) or another document.
    void setDocument(QPdfDocument* document);
    void setSearch(PdfSearch* search); // its hits are highlighted
    void setWatermark(const QString& text);
    QString watermark() const { return m_watermark.text(); }
    // Painted over each visible page, under the watermark; it must outlive this view.
    void setMarks(const PageMarksLayer* marks);

    int pageCount() const { return m_layout.pageCount(); }
    int currentPage() const { return m_currentPage; }
    qreal zoom() const { return m_layout.zoom(); }
    ZoomMode zoomMode() const { return m_zoomMode; }
    bool hasSelection() const;
    QString selectedText() const;
    const PdfPageLayout& layout() const { return m_layout; }
    QRect visibleContent() const;    // the viewport in content coordinates
    bool isRendered(int page) const; // at the current zoom
    QRect pageRectInView(int page) const { return m_layout.pageRect(page).translated(-offset()); }
    struct PagePosition {
        int page;
        QPointF normalised; // 0..1 of the page's width and height, origin top left
    };
    // The page under a viewport position, if any: where the marking tools put their marks.
    std::optional<PagePosition> positionAt(const QPoint& viewportPos) const;

public slots:
    void goToPage(int page);
    void setZoom(qreal zoom); // and the Custom mode
    void setZoomMode(zt::ui::PdfPageView::ZoomMode mode);
    void zoomIn() { setZoom(zoom() * kZoomStep); }
    void zoomOut() { setZoom(zoom() / kZoomStep); }
    void showHit(const zt::ui::PdfSearch::Hit& hit);
    void clearSelection();
    // Selects the text between two points of a page (in points), as a mouse drag would; points
    // off the text snap to the nearest character.
    void selectText(int page, const QPointF& from, const QPointF& to);

signals:
    void currentPageChanged(int page);
    void zoomChanged(qreal zoom);
    void selectionChanged(bool hasSelection);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override; // with Ctrl: zoom
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    struct PagePoint {
        int page;
        QPointF point; // in page points
    };
    void applyZoom(qreal zoom);
    void updateScrollBars();
    void updateCurrentFromScroll();
    void setCurrentPage(int page);
    void scrollTo(int x, int y);
    std::optional<PagePoint> pagePointAt(const QPoint& viewportPos, bool clampToPage) const;
    QPoint offset() const;
    void paintPage(QPainter& painter, int page, const QRect& target);
    void paintHighlights(QPainter& painter, int page, const QRect& target);
    QRectF toView(const QRectF& points, const QRect& target) const;
    void onPageReady(int page);
    QPointF snapToText(int page, const QPointF& point); // onto the nearest character

    QPdfDocument* m_document = nullptr;
    PdfPageCache* m_cache;
    PdfSearch* m_search = nullptr;
    PdfSearch::Hit m_hit;
    PdfPageLayout m_layout;
    PdfWatermark m_watermark;
    const PageMarksLayer* m_marks = nullptr;
    ZoomMode m_zoomMode = ZoomMode::Custom;
    int m_currentPage = -1;
    bool m_jumping = false; // scrolling because of goToPage(): the current page is already set
    std::optional<PagePoint> m_selectionStart;
    std::optional<QPdfSelection> m_selection;
    int m_selectionPage = -1;
    QList<QRectF> m_textRects; // of the characters on m_textRectsPage, in points
    int m_textRectsPage = -1;
};

} // namespace zt::ui
