#include "DocumentMarks.h"
#include "ApprovalLink.h"
#include "ApprovalLog.h"
#include "ApprovalNotice.h"
#include "PageMarksLayer.h"
#include "PdfMarksTool.h"
#include "PdfPageView.h"
#include "PdfViewer.h"

#include <QAction>
#include <QInputDialog>
#include <QToolBar>
#include <utility>

namespace zt::ui {

using approval::Annotation;
using approval::AnnotationKind;
using Mode = PdfMarksTool::Mode;

DocumentMarks::DocumentMarks(ApprovalLink* link, PdfViewer* viewer, ApprovalNotice* notice,
                             QObject* parent)
    : QObject(parent)
    , m_link(link)
    , m_viewer(viewer)
    , m_notice(notice)
    , m_layer(std::make_unique<PageMarksLayer>())
    , m_tool(new PdfMarksTool(viewer->pageView(), m_layer.get(), this)) {
    viewer->pageView()->setMarks(m_layer.get());
    addToolBarActions();
    connect(m_tool, &PdfMarksTool::noteRequested, this, &DocumentMarks::askNote);
    connect(m_tool, &PdfMarksTool::highlightRequested, this, &DocumentMarks::highlight);
    connect(m_tool, &PdfMarksTool::removeRequested, this, [this](qint64 id) {
        if (m_doc) m_link->removeAnnotation(m_doc, id);
    });
    connect(m_tool, &PdfMarksTool::sealPlaced, this, &DocumentMarks::onSealPlaced);
    connect(m_tool, &PdfMarksTool::sealCancelled, this, [this] {
        const qint64 doc = std::exchange(m_sealDoc, 0);
        if (doc) emit sealCancelled(doc);
    });
    connect(link, &ApprovalLink::annotationFailed, this, [this](qint64 doc, const QString& text) {
        if (doc == m_doc)
            m_notice->notify(ApprovalNotice::Kind::Error,
                             tr("Your annotation was not saved. %1").arg(text));
    });
    connect(link, &ApprovalLink::annotationSettled, this,
            [this](qint64 doc, const QString&, bool ok, const QString& text) {
                if (!ok && doc == m_doc)
                    m_notice->notify(ApprovalNotice::Kind::Warning,
                                     tr("The server refused your annotation: %1").arg(text));
            });
}

DocumentMarks::~DocumentMarks() {
    m_viewer->pageView()->setMarks(nullptr); // the viewer may outlive the layer
}

void DocumentMarks::addToolBarActions() {
    QToolBar* bar = m_viewer->toolBar();
    bar->addSeparator();
    m_note = bar->addAction(tr("Note"));
    m_note->setObjectName(QStringLiteral("pdfNoteTool"));
    m_note->setToolTip(tr("Click on a page to pin a note there"));
    m_highlight = bar->addAction(tr("Highlight"));
    m_highlight->setObjectName(QStringLiteral("pdfHighlightTool"));
    m_highlight->setToolTip(tr("Drag a rectangle on a page to highlight it (Esc to stop)"));
    for (QAction* action : {m_note, m_highlight}) {
        action->setCheckable(true);
        action->setEnabled(false);
    }
    connect(m_note, &QAction::toggled, this, [this](bool on) {
        if (on || m_tool->mode() == Mode::Note) m_tool->setMode(on ? Mode::Note : Mode::Browse);
    });
    connect(m_highlight, &QAction::toggled, this, [this](bool on) {
        if (on || m_tool->mode() == Mode::Highlight)
            m_tool->setMode(on ? Mode::Highlight : Mode::Browse);
    });
    connect(m_tool, &PdfMarksTool::modeChanged, this, [this](Mode mode) {
        const QSignalBlocker a(m_note), b(m_highlight);
        m_note->setChecked(mode == Mode::Note);
        m_highlight->setChecked(mode == Mode::Highlight);
    });
}

void DocumentMarks::setDocument(const approval::DocumentView& view, qint64 selfId) {
    m_doc = view.detail.summary.id;
    m_layer->setDocument(view, selfId);
    const bool marking = m_doc != 0;
    m_tool->setMarking(marking);
    m_note->setEnabled(marking);
    m_highlight->setEnabled(marking);
    m_viewer->pageView()->viewport()->update();
}

void DocumentMarks::setNames(const QHash<qint64, QString>& names) {
    m_layer->setNames(names);
}

void DocumentMarks::clear() {
    m_doc = 0;
    m_sealDoc = 0;
    if (m_noteDialog) m_noteDialog->reject();
    m_tool->setMode(Mode::Browse);
    m_tool->setMarking(false);
    m_layer->clear();
    m_note->setEnabled(false);
    m_highlight->setEnabled(false);
    m_viewer->pageView()->viewport()->update();
}

void DocumentMarks::askNote(int page, QPointF at) {
    if (!m_doc) return;
    if (m_noteDialog) m_noteDialog->reject();
    m_noteDialog = new QInputDialog(m_viewer);
    m_noteDialog->setObjectName(QStringLiteral("noteDialog"));
    m_noteDialog->setWindowTitle(tr("Add a note"));
    m_noteDialog->setLabelText(tr("Note on page %1:").arg(page + 1));
    m_noteDialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    m_noteDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_noteDialog, &QInputDialog::textValueSelected, this,
            [this, doc = m_doc, page, at](const QString& value) {
                const QString text = value.trimmed();
                if (text.isEmpty() || doc != m_doc) return;
                if (text.size() > approval::kMaxAnnotationText)
                    return m_notice->notify(
                        ApprovalNotice::Kind::Error,
                        tr("A note has at most %1 characters.").arg(approval::kMaxAnnotationText));
                Annotation note;
                note.kind = AnnotationKind::Note;
                note.page = page;
                note.x = at.x();
                note.y = at.y();
                note.text = text;
                m_link->annotate(doc, note);
            });
    m_noteDialog->open();
}

void DocumentMarks::highlight(int page, const QRectF& rect) {
    if (!m_doc) return;
    Annotation a;
    a.kind = AnnotationKind::Highlight;
    a.page = page;
    a.x = rect.x();
    a.y = rect.y();
    a.rects = {rect};
    m_link->annotate(m_doc, a);
}

double DocumentMarks::sealWidth(int page) const {
    const QSizeF points = m_viewer->pageView()->layout().pointSize(qMax(0, page));
    const double seal = kSealMillimetres / 25.4 * 72; // in points
    return points.width() > 0 ? qBound(0.05, seal / points.width(), 0.5) : 0.2;
}

void DocumentMarks::placeSeal(qint64 doc, const QString& opinion, const QImage& seal) {
    if (doc != m_doc || seal.isNull() || !m_viewer->isLoaded())
        return m_notice->notify(ApprovalNotice::Kind::Warning,
                                tr("Your seal can be placed once the document is shown; it was "
                                   "not approved."));
    m_sealDoc = doc;
    m_sealOpinion = opinion;
    m_tool->startSeal(seal, sealWidth(m_viewer->currentPage()));
    m_notice->notify(ApprovalNotice::Kind::Info,
                     tr("Click where your seal goes on the page. Esc cancels the approval."));
}

void DocumentMarks::onSealPlaced(int page, QPointF topLeft, double width) {
    const qint64 doc = std::exchange(m_sealDoc, 0);
    if (!doc || doc != m_doc) return;
    qCInfo(lcApprovalUi) << "approve with seal on document" << doc << "page" << page;
    m_notice->dismiss();
    m_link->approveWithSeal(doc, m_sealOpinion, page, topLeft, width);
}

QInputDialog* DocumentMarks::noteDialog() const {
    return m_noteDialog;
}

} // namespace zt::ui
