#include "PdfMarksTool.h"
#include "PageMarksLayer.h"
#include "PdfPageView.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QToolTip>

namespace zt::ui {

using approval::AnnotationKind;

PdfMarksTool::PdfMarksTool(PdfPageView* view, PageMarksLayer* layer, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_layer(layer) {
    view->viewport()->installEventFilter(this);
    view->installEventFilter(this); // Esc arrives at the view, which has the focus
}

void PdfMarksTool::setMode(Mode mode) {
    if (mode == Mode::Seal && m_seal.isNull()) return;
    if (mode == m_mode) return;
    m_mode = mode;
    m_dragStart.reset();
    m_layer->clearPreview();
    // The seal follows the mouse even with no button pressed.
    m_view->viewport()->setMouseTracking(mode == Mode::Seal);
    updateCursor();
    m_view->viewport()->update();
    emit modeChanged(mode);
}

void PdfMarksTool::startSeal(const QImage& image, double width) {
    m_seal = image;
    m_sealWidth = width;
    setMode(Mode::Seal);
    m_view->setFocus(Qt::OtherFocusReason); // for Esc
}

void PdfMarksTool::updateCursor() {
    m_view->viewport()->setCursor(m_mode == Mode::Browse ? Qt::IBeamCursor : Qt::CrossCursor);
}

bool PdfMarksTool::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view) {
        if (event->type() != QEvent::KeyPress || m_mode == Mode::Browse) return false;
        if (static_cast<QKeyEvent*>(event)->key() != Qt::Key_Escape) return false;
        if (m_mode == Mode::Seal)
            cancelSeal();
        else
            setMode(Mode::Browse);
        return true;
    }
    if (watched != m_view->viewport()) return false;
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto* help = static_cast<QHelpEvent*>(event);
        showToolTip(help->pos(), help->globalPos());
        return true;
    }
    case QEvent::ContextMenu: {
        if (m_mode == Mode::Seal) return true; // a right click does not drop the seal
        const auto* e = static_cast<QContextMenuEvent*>(event);
        QMenu* menu = contextMenu(e->pos(), m_view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(e->globalPos());
        return true;
    }
    case QEvent::Leave:
        if (m_mode == Mode::Seal) {
            m_layer->clearPreview();
            m_view->viewport()->update();
        }
        return false;
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease:
        return mouseEvent(event);
    default:
        return false;
    }
}

bool PdfMarksTool::mouseEvent(QEvent* event) {
    const auto* e = static_cast<QMouseEvent*>(event);
    const QPoint pos = e->position().toPoint();
    if (m_mode == Mode::Browse) {
        // A click on a note shows it, as hovering does; the text selection carries on.
        if (event->type() == QEvent::MouseButtonPress && e->button() == Qt::LeftButton)
            showToolTip(pos, e->globalPosition().toPoint());
        return false;
    }
    if (event->type() == QEvent::MouseMove) {
        if (m_mode == Mode::Seal) moveSeal(pos);
        if (m_mode == Mode::Highlight && m_dragStart) dragTo(pos);
        return true;
    }
    if (e->button() != Qt::LeftButton) return true;
    if (event->type() == QEvent::MouseButtonPress) {
        if (m_mode != Mode::Highlight) {
            clickAt(pos);
        } else if (const auto at = m_view->positionAt(pos)) {
            m_dragStart = pos;
            m_dragPage = at->page;
        }
        return true;
    }
    if (m_mode == Mode::Highlight && m_dragStart) finishDrag(pos);
    return true;
}

void PdfMarksTool::clickAt(const QPoint& pos) {
    const auto at = m_view->positionAt(pos);
    if (m_mode == Mode::Note && at) {
        setMode(Mode::Browse); // one note per click of the tool
        emit noteRequested(at->page, at->normalised);
    } else if (m_mode == Mode::Seal) {
        const auto seal = sealAt(pos);
        if (!seal) return; // between pages: keep placing
        setMode(Mode::Browse);
        m_seal = {};
        emit sealPlaced(seal->page, seal->position(), seal->normalisedWidth());
    }
}

void PdfMarksTool::showToolTip(const QPoint& pos, const QPoint& globalPos) {
    const auto at = m_view->positionAt(pos);
    const auto a =
        at ? m_layer->annotationAt(at->page, m_view->pageRectInView(at->page), pos) : std::nullopt;
    if (a)
        QToolTip::showText(globalPos, m_layer->describe(*a), m_view->viewport());
    else
        QToolTip::hideText();
}

QMenu* PdfMarksTool::contextMenu(const QPoint& pos, QWidget* parent) {
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("pdfMarksMenu"));
    const auto at = m_view->positionAt(pos);
    QAction* note = menu->addAction(tr("Add &note here…"));
    note->setObjectName(QStringLiteral("addNoteAction"));
    note->setEnabled(m_marking && at);
    if (at)
        connect(note, &QAction::triggered, this,
                [this, page = at->page, p = at->normalised] { emit noteRequested(page, p); });
    QAction* highlight = menu->addAction(tr("&Highlight an area"));
    highlight->setObjectName(QStringLiteral("highlightAction"));
    highlight->setEnabled(m_marking);
    connect(highlight, &QAction::triggered, this, [this] { setMode(Mode::Highlight); });
    const auto a =
        at ? m_layer->annotationAt(at->page, m_view->pageRectInView(at->page), pos) : std::nullopt;
    // Only one's own, and only once the server knows it (a queued one has no id yet).
    if (a && m_layer->isOwn(*a) && a->id > 0) {
        menu->addSeparator();
        QAction* remove = menu->addAction(
            a->kind == AnnotationKind::Note ? tr("&Remove my note") : tr("&Remove my highlight"));
        remove->setObjectName(QStringLiteral("removeAnnotationAction"));
        connect(remove, &QAction::triggered, this,
                [this, id = a->id] { emit removeRequested(id); });
    }
    return menu;
}

void PdfMarksTool::dragTo(const QPoint& pos) {
    const QRect page = m_view->pageRectInView(m_dragPage);
    const QRect drag = QRect(*m_dragStart, pos).normalized().intersected(page);
    m_layer->previewHighlight(m_dragPage, QRectF(qreal(drag.left() - page.left()) / page.width(),
                                                 qreal(drag.top() - page.top()) / page.height(),
                                                 qreal(drag.width()) / page.width(),
                                                 qreal(drag.height()) / page.height()));
    m_view->viewport()->update();
}

void PdfMarksTool::finishDrag(const QPoint& pos) {
    const QPoint start = *m_dragStart;
    m_dragStart.reset();
    m_layer->clearPreview();
    m_view->viewport()->update();
    const QRect page = m_view->pageRectInView(m_dragPage);
    const QRect drag = QRect(start, pos).normalized().intersected(page);
    if (drag.width() < kMinDragPixels || drag.height() < kMinDragPixels || page.isEmpty()) return;
    emit highlightRequested(m_dragPage, QRectF(qreal(drag.left() - page.left()) / page.width(),
                                               qreal(drag.top() - page.top()) / page.height(),
                                               qreal(drag.width()) / page.width(),
                                               qreal(drag.height()) / page.height()));
}

std::optional<approval::SealPlacement> PdfMarksTool::sealAt(const QPoint& pos) const {
    const auto at = m_view->positionAt(pos);
    if (!at || m_seal.isNull()) return std::nullopt;
    const QRect page = m_view->pageRectInView(at->page);
    // Centred on the mouse, and wholly on the page.
    const double w = m_sealWidth;
    const double h = w * page.width() / page.height() * m_seal.height() / m_seal.width();
    const double x = qBound(0.0, at->normalised.x() - w / 2, qMax(0.0, 1 - w));
    const double y = qBound(0.0, at->normalised.y() - h / 2, qMax(0.0, 1 - h));
    approval::SealPlacement s;
    s.page = at->page;
    s.x = qRound(x * approval::kPageUnits);
    s.y = qRound(y * approval::kPageUnits);
    s.width = qRound(w * approval::kPageUnits);
    return s;
}

void PdfMarksTool::moveSeal(const QPoint& pos) {
    if (const auto seal = sealAt(pos))
        m_layer->previewSeal(seal->page, *seal, m_seal);
    else
        m_layer->clearPreview();
    m_view->viewport()->update();
}

void PdfMarksTool::cancelSeal() {
    setMode(Mode::Browse);
    m_seal = {};
    emit sealCancelled();
}

} // namespace zt::ui
