#pragma once
// The mouse on the pages of an approval document, for its marks: tooltips of notes and
// highlights, a context menu ("Add note here", "Highlight", "Remove" on one's own annotation),
// the note tool (a click asks for the note), the highlight tool (dragging a rectangle) and the
// seal placement (the seal follows the mouse until a click puts it; Esc cancels). It only says
// what the user asked for; the document's marks change when the service answers.
#include "approval/ApprovalMarks.h"

#include <QImage>
#include <QObject>
#include <QPointF>
#include <optional>

class QMenu;

namespace zt::ui {

class PageMarksLayer;
class PdfPageView;

class PdfMarksTool : public QObject {
    Q_OBJECT
public:
    enum class Mode { Browse, Note, Highlight, Seal };
    static constexpr int kMinDragPixels = 4; // a shorter drag is a click, not a highlight

    // Watches `view`'s mouse and keys; draws its previews into `layer` (both outlive this).
    PdfMarksTool(PdfPageView* view, PageMarksLayer* layer, QObject* parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode); // Seal needs startSeal()
    // Seal placement: the image follows the mouse, at `width` of the page's width.
    void startSeal(const QImage& image, double width);
    void setMarking(bool allowed) { m_marking = allowed; } // annotations may be added

    // The context menu at a viewport position, as a right click shows it (for tests too).
    QMenu* contextMenu(const QPoint& viewportPos, QWidget* parent);
    // What a click at a viewport position does in the current mode.
    void clickAt(const QPoint& viewportPos);

signals:
    void modeChanged(zt::ui::PdfMarksTool::Mode mode);
    void noteRequested(int page, QPointF at);
    void highlightRequested(int page, QRectF rect); // normalised
    void removeRequested(qint64 annotationId);
    void sealPlaced(int page, QPointF topLeft, double width);
    void sealCancelled();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool mouseEvent(QEvent* event);
    void showToolTip(const QPoint& viewportPos, const QPoint& globalPos);
    void dragTo(const QPoint& viewportPos);
    void finishDrag(const QPoint& viewportPos);
    void moveSeal(const QPoint& viewportPos);
    std::optional<approval::SealPlacement> sealAt(const QPoint& viewportPos) const;
    void cancelSeal();
    void updateCursor();

    PdfPageView* m_view;
    PageMarksLayer* m_layer;
    Mode m_mode = Mode::Browse;
    bool m_marking = false;
    std::optional<QPoint> m_dragStart; // viewport position of a highlight drag
    int m_dragPage = -1;
    QImage m_seal;
    double m_sealWidth = 0;
};

} // namespace zt::ui
