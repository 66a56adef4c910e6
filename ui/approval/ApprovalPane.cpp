#include "ApprovalPane.h"
#include "ActionDialog.h"
#include "ApprovalInboxModel.h"
#include "ApprovalLink.h"
#include "ApprovalLog.h"
#include "ApprovalNames.h"
#include "ApprovalNotice.h"
#include "ApprovalRules.h"
#include "ApprovalTexts.h"
#include "AttachmentActions.h"
#include "BundleExporter.h"
#include "DocumentActionBar.h"
#include "DocumentMarks.h"
#include "DocumentSidePanel.h"
#include "PdfViewer.h"
#include "SealImageChooser.h"
#include "core/ClientCore.h"

#include <QCheckBox>
#include <QDate>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace zt::ui {

using approval::ActionKind;
using approval::View;

ApprovalPane::ApprovalPane(core::ClientCore* core, QWidget* parent)
    : QWidget(parent)
    , m_core(core)
    , m_link(new ApprovalLink(core, this))
    , m_names(new ApprovalNames(m_link, this))
    , m_views(new QListWidget(this))
    , m_list(new QListView(this))
    , m_inboxMessage(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_notice(new ApprovalNotice(this))
    , m_actions(new DocumentActionBar(this))
    , m_offline(new QCheckBox(tr("Available &offline"), this))
    , m_bodyStatus(new QLabel(this))
    , m_viewer(new PdfViewer(this))
    , m_side(new DocumentSidePanel(this))
    , m_marks(new DocumentMarks(m_link, m_viewer, m_notice, this))
    , m_sealChooser(new SealImageChooser(m_link, m_notice, this))
    , m_exporter(new BundleExporter(m_link, m_notice, this))
    , m_attachmentActions(new AttachmentActions(m_link, m_notice, this)) {
    connect(m_side, &DocumentSidePanel::attachmentOpenRequested, m_attachmentActions,
            &AttachmentActions::open);
    connect(m_side, &DocumentSidePanel::attachmentSaveRequested, m_attachmentActions,
            &AttachmentActions::save);
    setObjectName(QStringLiteral("approvalPane"));
    for (int i = 0; i < approval::kViewCount; ++i)
        m_models[i] = new ApprovalInboxModel(View(i), this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("approvalSplitter"));
    splitter->addWidget(buildInbox());
    splitter->addWidget(buildDocument());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setFocusProxy(m_list);
    connectLink();
    // Signed out (or never signed in): nothing of an account stays on screen.
    connect(core, &core::ClientCore::statusChanged, this, [this](core::ClientCore::Status s) {
        if (s == core::ClientCore::Status::SignedOut && isAttached()) detach();
    });
    setEnabled(false); // until attached
}

QWidget* ApprovalPane::buildInbox() {
    auto* box = new QWidget(this);
    // The views as a short list of folders, as mail clients show them: four tabs with their
    // counts would not fit the width of the inbox.
    m_views->setObjectName(QStringLiteral("approvalViews"));
    m_views->setAccessibleName(tr("Inbox views"));
    for (int i = 0; i < approval::kViewCount; ++i)
        m_views->addItem(ApprovalTexts::view(View(i)));
    m_views->setCurrentRow(0);
    m_views->setUniformItemSizes(true);
    m_views->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_views->setFixedHeight(m_views->sizeHintForRow(0) * approval::kViewCount +
                            2 * m_views->frameWidth() + 2);
    m_list->setObjectName(QStringLiteral("approvalInbox"));
    m_list->setAccessibleName(tr("Documents"));
    m_list->setModel(m_models[int(View::Todo)]);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->setAlternatingRowColors(true);
    m_inboxMessage->setObjectName(QStringLiteral("inboxMessage"));
    m_inboxMessage->setWordWrap(true);
    m_inboxMessage->setVisible(false);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_views);
    layout->addWidget(m_inboxMessage);
    layout->addWidget(m_list, 1);
    box->setMinimumWidth(240);
    return box;
}

QWidget* ApprovalPane::buildDocument() {
    auto* empty = new QLabel(tr("Choose a document on the left."), m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    auto* page = new QWidget(m_stack);
    m_offline->setObjectName(QStringLiteral("availableOfflineBox"));
    m_offline->setToolTip(tr("Keep the body and history on this computer, encrypted, to read "
                             "and act on the document without a network"));
    m_bodyStatus->setObjectName(QStringLiteral("bodyStatus"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_actions, 1);
    bar->addWidget(m_bodyStatus);
    bar->addWidget(m_offline);
    auto* split = new QSplitter(Qt::Horizontal, page);
    split->setObjectName(QStringLiteral("documentSplitter"));
    split->addWidget(m_viewer);
    split->addWidget(m_side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    m_side->setMinimumWidth(280);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    m_stack->addWidget(empty);
    m_stack->addWidget(page);
    // The notice sits above both pages: a refused act may concern a document not open now.
    auto* box = new QWidget(this);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->addWidget(m_notice);
    boxLayout->addWidget(m_stack, 1);
    return box;
}

void ApprovalPane::connectLink() {
    connect(m_views, &QListWidget::currentRowChanged, this, &ApprovalPane::onViewChanged);
    const auto openRow = [this](const QModelIndex& i) {
        openDocument(i.data(ApprovalInboxModel::IdRole).toLongLong());
    };
    connect(m_list, &QListView::clicked, this, openRow);
    connect(m_list, &QListView::activated, this, openRow);
    connect(m_actions, &DocumentActionBar::triggered, this, &ApprovalPane::startAction);
    connect(m_actions, &DocumentActionBar::exportRequested, this,
            [this] { m_exporter->start(m_view.detail.summary); });
    connect(m_actions, &DocumentActionBar::chooseSealRequested, m_sealChooser,
            &SealImageChooser::choose);
    connect(m_sealChooser, &SealImageChooser::changed, this, [this](bool has) {
        if (m_dialog) m_dialog->setSealAvailable(has);
    });
    connect(m_marks, &DocumentMarks::sealCancelled, this, [this](qint64 doc) {
        m_notice->notify(
            ApprovalNotice::Kind::Info,
            tr("“%1”: not approved — placing the seal was cancelled.").arg(titleOf(doc)));
    });
    connect(m_offline, &QCheckBox::toggled, this, [this](bool on) {
        if (m_doc) m_link->setAvailableOffline(m_doc, on);
    });
    connect(m_link, &ApprovalLink::attached, this, &ApprovalPane::onAttached);
    connect(m_link, &ApprovalLink::inboxLoaded, this, &ApprovalPane::onInboxLoaded);
    connect(m_link, &ApprovalLink::inboxFailed, this, [this](View view, const QString& message) {
        if (view != currentView()) return;
        m_inboxMessage->setText(tr("The list could not be loaded: %1").arg(message));
        m_inboxMessage->setVisible(true);
    });
    connect(m_link, &ApprovalLink::inboxChanged, this, &ApprovalPane::refreshInbox);
    connect(m_link, &ApprovalLink::documentLoaded, this, &ApprovalPane::onDocumentLoaded);
    connect(m_link, &ApprovalLink::documentFailed, this, [this](qint64 doc, const QString& text) {
        if (doc == m_doc) m_notice->notify(ApprovalNotice::Kind::Warning, text);
    });
    connect(m_link, &ApprovalLink::bodyProgress, this, [this](qint64 doc, qint64 got, qint64 all) {
        if (doc == m_doc && m_bodyShown != doc && all > 0)
            m_bodyStatus->setText(tr("Loading the document… %1%").arg(got * 100 / all));
    });
    connect(m_link, &ApprovalLink::bodyReady, this,
            [this](qint64 doc, const QByteArray& data) { onBodyReady(doc, data); });
    connect(m_link, &ApprovalLink::bodyFailed, this, [this](qint64 doc, const QString& text) {
        if (doc == m_doc)
            m_bodyStatus->setText(tr("The document body is unavailable: %1").arg(text));
    });
    connect(m_link, &ApprovalLink::offlineChanged, this, [this](qint64 doc, bool available) {
        if (doc != m_doc) return;
        const QSignalBlocker quiet(m_offline);
        m_offline->setChecked(available);
    });
    connect(m_link, &ApprovalLink::actQueued, this, [this](qint64 doc, const QString&) {
        m_notice->notify(
            ApprovalNotice::Kind::Info,
            tr("“%1”: your action is signed and waiting to be sent.").arg(titleOf(doc)));
    });
    connect(m_link, &ApprovalLink::actAccepted, this, [this](qint64 doc, const QString&) {
        m_notice->notify(ApprovalNotice::Kind::Success,
                         tr("“%1”: your action was recorded.").arg(titleOf(doc)));
        refreshInbox();
    });
    connect(m_link, &ApprovalLink::actFailed, this, [this](qint64 doc, const QString& message) {
        m_notice->notify(ApprovalNotice::Kind::Error,
                         tr("“%1”: your action was not taken. %2").arg(titleOf(doc), message));
    });
    connect(m_link, &ApprovalLink::conflict, this, &ApprovalPane::onConflict);
    connect(m_names, &ApprovalNames::changed, this, [this] {
        if (m_view.detail.summary.id == 0) return;
        m_side->setNames(m_names->names());
        m_side->showDocument(m_view); // the same document, now with names
        m_marks->setNames(m_names->names());
    });
}

ActionDialog* ApprovalPane::actionDialog() const {
    return m_dialog;
}

View ApprovalPane::currentView() const {
    return View(qMax(0, m_views->currentRow()));
}

void ApprovalPane::setCurrentView(View view) {
    m_views->setCurrentRow(int(view));
}

void ApprovalPane::attach() {
    detach(); // a new sign-in: nothing of the previous account stays
    m_link->attach(++m_generation);
}

void ApprovalPane::onAttached(quint64 generation, qint64 selfId, const QString& userName,
                              const QString& displayName) {
    if (generation != m_generation) return; // signed out or in again meanwhile
    m_self = selfId;
    m_names->insert(selfId, displayName.isEmpty() ? userName : displayName);
    // The screen watermark names who is reading, so that a photo of the screen says it too.
    m_watermark = QStringLiteral("%1 %2 %3")
                      .arg(displayName, userName, QDate::currentDate().toString(Qt::ISODate));
    m_viewer->setWatermark(m_watermark);
    m_sealChooser->refresh();
    setEnabled(true);
    refreshInbox();
}

void ApprovalPane::detach() {
    ++m_generation;
    m_self = 0;
    m_names->clear();
    for (ApprovalInboxModel* model : m_models)
        model->clear();
    updateCounts({});
    m_doc = 0;
    m_view = {};
    m_bodyShown = 0;
    if (m_dialog) m_dialog->reject();
    m_notice->dismiss();
    m_side->clearDocument();
    m_marks->clear();
    m_sealChooser->clear();
    m_exporter->cancel();
    m_viewer->closeDocument();
    m_viewer->setWatermark({});
    m_actions->setExportEnabled(false);
    m_actions->setAllowed({});
    m_inboxMessage->setVisible(false);
    m_stack->setCurrentIndex(0);
    setEnabled(false);
}

void ApprovalPane::refreshInbox() {
    if (!isAttached()) return;
    // The current view first: it is the one on screen.
    m_link->refreshInbox(currentView());
    for (int i = 0; i < approval::kViewCount; ++i)
        if (View(i) != currentView()) m_link->refreshInbox(View(i));
}

void ApprovalPane::onInboxLoaded(View view, const approval::ListResult& result, bool fromServer) {
    ApprovalInboxModel* model = m_models[int(view)];
    if (!fromServer && model->serverAnswered()) return; // the cache is older than what is shown
    model->setResult(result, fromServer);
    updateCounts(result.counts);
    if (view == currentView()) {
        showEmptyInbox();
        selectOpenedRow();
    }
}

void ApprovalPane::updateCounts(const std::array<int, approval::kViewCount>& counts) {
    for (int i = 0; i < approval::kViewCount; ++i) {
        const QString name = ApprovalTexts::view(View(i));
        QListWidgetItem* item = m_views->item(i);
        item->setText(counts[i] > 0 ? tr("%1 (%2)").arg(name).arg(counts[i]) : name);
        item->setData(Qt::UserRole, counts[i]);
        QFont font = item->font(); // something to do: bold, as unread mail
        font.setBold(View(i) == View::Todo && counts[i] > 0);
        item->setFont(font);
    }
}

void ApprovalPane::onViewChanged(int index) {
    if (index < 0) return;
    QItemSelectionModel* old = m_list->selectionModel();
    m_list->setModel(m_models[index]);
    delete old; // the view does not delete its old selection model
    showEmptyInbox();
    selectOpenedRow();
    if (isAttached()) m_link->refreshInbox(View(index));
}

void ApprovalPane::showEmptyInbox() {
    const ApprovalInboxModel* model = m_models[int(currentView())];
    const bool empty = model->serverAnswered() && model->rowCount() == 0;
    m_inboxMessage->setText(empty ? tr("No documents here.") : QString());
    m_inboxMessage->setVisible(empty);
}

void ApprovalPane::selectOpenedRow() {
    const auto* model = m_models[int(currentView())];
    const int row = model->rowOf(m_doc);
    if (row >= 0) m_list->setCurrentIndex(model->index(row));
}

QString ApprovalPane::titleOf(qint64 doc) const {
    if (doc == m_view.detail.summary.id && !m_view.detail.summary.title.isEmpty())
        return m_view.detail.summary.title;
    for (const ApprovalInboxModel* model : m_models)
        if (const int row = model->rowOf(doc); row >= 0) return model->summaryAt(row).title;
    return tr("Document %1").arg(doc);
}

void ApprovalPane::openDocument(qint64 doc) {
    if (doc == 0 || !isAttached() || doc == m_doc) return;
    qCDebug(lcApprovalUi) << "open document" << doc;
    m_doc = doc;
    m_view = {};
    m_bodyShown = 0;
    if (m_dialog) m_dialog->reject(); // it was about the previous document
    m_notice->dismiss();
    m_side->clearDocument();
    m_marks->clear();
    m_exporter->cancel();
    m_viewer->closeDocument();
    m_actions->setAllowed({});
    m_actions->setExportEnabled(false);
    {
        const QSignalBlocker quiet(m_offline);
        m_offline->setChecked(false);
    }
    m_offline->setEnabled(false); // until the document is known here
    m_bodyStatus->setText(tr("Loading the document…"));
    m_stack->setCurrentIndex(1);
    m_link->open(doc);
    m_link->fetchBody(doc);
}

void ApprovalPane::onDocumentLoaded(const approval::DocumentView& view) {
    if (view.detail.summary.id != m_doc || m_doc == 0) return;
    m_view = view;
    m_names->ask(view.detail);
    m_side->setNames(m_names->names());
    m_side->showDocument(view);
    m_marks->setNames(m_names->names());
    m_marks->setDocument(view, m_self);
    m_actions->setAllowed(ApprovalRules::allowed(view, m_self));
    m_actions->setExportEnabled(true);
    {
        const QSignalBlocker quiet(m_offline);
        m_offline->setChecked(view.availableOffline);
    }
    m_offline->setEnabled(true);
    // Copying text out of classified documents is not offered (issue 5 §2).
    m_viewer->setCopyAllowed(view.detail.summary.securityLevel <=
                             approval::SecurityLevel::Internal);
    if (m_dialog && m_dialog->document() == m_doc &&
        !ApprovalRules::allowed(view, m_self).contains(m_dialog->kind()))
        m_dialog->reject(); // the document moved on: that action is no longer possible
}

void ApprovalPane::onBodyReady(qint64 doc, const QByteArray& data) {
    if (doc != m_doc || m_bodyShown == doc) return; // shown already: keep the reader's place
    m_bodyShown = doc;
    if (m_viewer->openData(data, tr("document %1").arg(doc)))
        m_bodyStatus->clear();
    else
        m_bodyStatus->setText(m_viewer->errorMessage());
}

void ApprovalPane::onConflict(qint64 doc, const QString& reason, const QString& message) {
    qCInfo(lcApprovalUi) << "act on document" << doc << "refused:" << reason;
    m_notice->notify(
        ApprovalNotice::Kind::Warning,
        tr("“%1”: %2 The document now shows what happened.").arg(titleOf(doc), message));
    refreshInbox();
}

void ApprovalPane::startAction(ActionKind kind) {
    if (!m_doc || !ApprovalRules::allowed(m_view, m_self).contains(kind)) return;
    if (m_dialog) m_dialog->reject();
    m_dialog = new ActionDialog(kind, m_view, m_core, m_self, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setSealAvailable(m_sealChooser->hasImage());
    connect(
        m_dialog, &ActionDialog::submitted, this,
        [this, dialog = m_dialog](qint64 doc, ActionKind k, const QString& opinion, qint64 target) {
            if (k == ActionKind::Delegate && dialog)
                m_names->insert(target, dialog->delegateName());
            if (k == ActionKind::Approve && dialog && dialog->placeSeal())
                return m_marks->placeSeal(doc, opinion, m_sealChooser->image());
            m_link->act(doc, k, opinion, target);
        });
    m_dialog->open(); // not exec(): the core keeps posting updates
}

} // namespace zt::ui
