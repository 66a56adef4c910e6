#pragma once
// The marks of the opened document in the viewer: drawn over its pages (PageMarksLayer), added
// and removed with the mouse (PdfMarksTool, and the "Note" and "Highlight" tools of the
// viewer's toolbar), and the user's seal placed on a page to approve. Each request goes to the
// approval service; the marks change when it sends the document again (at once for a queued
// mark, drawn as pending until the server has it).
#include "approval/ApprovalService.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QInputDialog;

namespace zt::ui {

class ApprovalLink;
class ApprovalNotice;
class PageMarksLayer;
class PdfMarksTool;
class PdfViewer;

class DocumentMarks : public QObject {
    Q_OBJECT
public:
    static constexpr double kSealMillimetres = 42; // a round official seal's usual diameter

    DocumentMarks(ApprovalLink* link, PdfViewer* viewer, ApprovalNotice* notice,
                  QObject* parent = nullptr);
    ~DocumentMarks() override;

    const PageMarksLayer& layer() const { return *m_layer; }
    PdfMarksTool* tool() const { return m_tool; }
    QAction* noteAction() const { return m_note; }
    QAction* highlightAction() const { return m_highlight; }
    QInputDialog* noteDialog() const; // while asking
    bool isPlacingSeal() const { return m_sealDoc != 0; }

    void setDocument(const approval::DocumentView& view, qint64 selfId);
    void setNames(const QHash<qint64, QString>& names);
    void clear(); // another document, or signed out
    // Approving `doc` with `opinion` once the user clicks where the seal goes (Esc cancels).
    void placeSeal(qint64 doc, const QString& opinion, const QImage& seal);
    void askNote(int page, QPointF at); // opens the note dialog; not modal

signals:
    void sealCancelled(qint64 doc); // the approval was not sent

private:
    void addToolBarActions();
    void highlight(int page, const QRectF& rect);
    void onSealPlaced(int page, QPointF topLeft, double width);
    double sealWidth(int page) const; // kSealMillimetres as a fraction of the page's width

    ApprovalLink* m_link;
    PdfViewer* m_viewer;
    ApprovalNotice* m_notice;
    std::unique_ptr<PageMarksLayer> m_layer;
    PdfMarksTool* m_tool;
    QAction* m_note = nullptr;
    QAction* m_highlight = nullptr;
    QPointer<QInputDialog> m_noteDialog;
    qint64 m_doc = 0;
    qint64 m_sealDoc = 0; // the document being sealed
    QString m_sealOpinion;
};

} // namespace zt::ui
