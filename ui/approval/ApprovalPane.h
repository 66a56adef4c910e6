#pragma once
// The approval pane (公文审批): the four inbox views with their counts and the documents of the
// chosen one on the left; on the right the opened document: its PDF body, "available offline",
// the actions the user may take, notices about those actions (queued, recorded, refused after
// working offline), and the side panel with metadata, workflow, timeline and attachments. The
// document's marks (notes, highlights, seals) are drawn and added in the viewer (DocumentMarks).
// Models live here on the GUI thread; the approval service they ask lives on the core thread.
#include "approval/ApprovalService.h"

#include <QPointer>
#include <QWidget>
#include <array>

class QCheckBox;
class QLabel;
class QListView;
class QStackedWidget;
class QListWidget;

namespace zt::core {
class ClientCore;
}

namespace zt::ui {

class ActionDialog;
class ApprovalInboxModel;
class ApprovalLink;
class ApprovalNames;
class ApprovalNotice;
class BundleExporter;
class AttachmentActions;
class DocumentMarks;
class SealImageChooser;
class DocumentActionBar;
class DocumentSidePanel;
class PdfViewer;

class ApprovalPane : public QWidget {
    Q_OBJECT
public:
    AttachmentActions* attachmentActions() const { return m_attachmentActions; }
    explicit ApprovalPane(core::ClientCore* core, QWidget* parent = nullptr);

    approval::View currentView() const;
    void setCurrentView(approval::View view);
    ApprovalInboxModel* model(approval::View view) const { return m_models[int(view)]; }
    QListWidget* viewList() const { return m_views; } // the four views with their counts
    QListView* inboxView() const { return m_list; }
    PdfViewer* viewer() const { return m_viewer; }
    DocumentSidePanel* sidePanel() const { return m_side; }
    DocumentActionBar* actionBar() const { return m_actions; }
    ApprovalNotice* notice() const { return m_notice; }
    QCheckBox* offlineBox() const { return m_offline; }
    QLabel* bodyStatus() const { return m_bodyStatus; }
    ActionDialog* actionDialog() const; // while one is open
    DocumentMarks* marks() const { return m_marks; }
    SealImageChooser* sealChooser() const { return m_sealChooser; }
    BundleExporter* exporter() const { return m_exporter; }
    qint64 openedDocument() const { return m_doc; }
    const approval::DocumentView& documentView() const { return m_view; }
    qint64 selfId() const { return m_self; }
    bool isAttached() const { return m_self != 0; }

public slots:
    // Call after ClientCore::ready(): connect to the service that now exists, load the inbox.
    void attach();
    // After signing out: forget everything shown and accept no more input.
    void detach();
    void openDocument(qint64 doc);
    void refreshInbox(); // every view: each answer also carries the counts of all of them
    void startAction(zt::approval::ActionKind kind);

private:
    QWidget* buildInbox();
    QWidget* buildDocument();
    void connectLink();
    void onAttached(quint64 generation, qint64 selfId, const QString& userName,
                    const QString& displayName);
    void onInboxLoaded(approval::View view, const approval::ListResult& result, bool fromServer);
    void onDocumentLoaded(const approval::DocumentView& view);
    void onBodyReady(qint64 doc, const QByteArray& data);
    void onConflict(qint64 doc, const QString& reason, const QString& message);
    void onViewChanged(int index);
    void updateCounts(const std::array<int, approval::kViewCount>& counts);
    void selectOpenedRow();
    void showEmptyInbox(); // says so rather than showing a blank list
    QString titleOf(qint64 doc) const;

    core::ClientCore* m_core;
    ApprovalLink* m_link;
    quint64 m_generation = 0; // which attach() the shown data belong to
    qint64 m_self = 0;
    QString m_watermark;
    ApprovalNames* m_names; // who is who in the documents shown
    std::array<ApprovalInboxModel*, approval::kViewCount> m_models{};
    qint64 m_doc = 0;
    approval::DocumentView m_view;
    qint64 m_bodyShown = 0; // the document whose body the viewer shows
    QPointer<ActionDialog> m_dialog;
    QListWidget* m_views;
    QListView* m_list;
    QLabel* m_inboxMessage;
    QStackedWidget* m_stack;
    ApprovalNotice* m_notice;
    DocumentActionBar* m_actions;
    QCheckBox* m_offline;
    QLabel* m_bodyStatus;
    PdfViewer* m_viewer;
    DocumentSidePanel* m_side;
    DocumentMarks* m_marks;
    SealImageChooser* m_sealChooser;
    BundleExporter* m_exporter;
    AttachmentActions* m_attachmentActions;
};

} // namespace zt::ui
