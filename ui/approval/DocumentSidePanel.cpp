#include "DocumentSidePanel.h"
#include "ApprovalTexts.h"
#include "ApprovalTimeline.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zt::ui {

namespace {

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QWidget* section(QLabel* title, QWidget* body, QWidget* extra = nullptr) {
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(title);
    if (extra) layout->addWidget(extra);
    layout->addWidget(body, 1);
    return box;
}

} // namespace

DocumentSidePanel::DocumentSidePanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_chain(new QLabel(this))
    , m_steps(new QTreeWidget(this))
    , m_timeline(new ApprovalTimeline(this))
    , m_attachments(new QListWidget(this))
    , m_noAttachments(new QLabel(tr("No attachments"), this)) {
    setObjectName(QStringLiteral("documentSidePanel"));
    m_title->setObjectName(QStringLiteral("metaTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);

    auto* meta = new QWidget(this);
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_number = addField(form, tr("Document number:"), "metaNumber");
    m_unit = addField(form, tr("Issuing unit:"), "metaUnit");
    m_level = addField(form, tr("Security level:"), "metaLevel");
    m_urgency = addField(form, tr("Urgency:"), "metaUrgency");
    m_state = addField(form, tr("State:"), "metaState");
    m_drafter = addField(form, tr("Drafter:"), "metaDrafter");
    m_created = addField(form, tr("Created:"), "metaCreated");
    m_chain->setObjectName(QStringLiteral("chainStatus"));
    m_chain->setWordWrap(true);
    auto* metaLayout = new QVBoxLayout(meta);
    metaLayout->setContentsMargins(0, 0, 0, 0);
    metaLayout->addWidget(m_title);
    metaLayout->addLayout(form);
    metaLayout->addWidget(m_chain);

    m_steps->setObjectName(QStringLiteral("approvalSteps"));
    m_steps->setAccessibleName(tr("Workflow steps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setHeaderLabels({tr("Step"), tr("Assignees"), tr("Status")});
    m_steps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(true);

    m_attachments->setObjectName(QStringLiteral("approvalAttachments"));
    m_attachments->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_attachments, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int row = m_attachments->row(item);
        if (row >= 0 && row < m_files.size()) emit attachmentOpenRequested(m_doc, m_files.at(row));
    });
    connect(m_attachments, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const int row = m_attachments->row(m_attachments->itemAt(at));
        if (row < 0 || row >= m_files.size()) return;
        QMenu menu(this);
        const QAction* open = menu.addAction(tr("&Open"));
        const QAction* save = menu.addAction(tr("&Save as…"));
        const QAction* chosen = menu.exec(m_attachments->viewport()->mapToGlobal(at));
        if (chosen == open) emit attachmentOpenRequested(m_doc, m_files.at(row));
        if (chosen == save) emit attachmentSaveRequested(m_doc, m_files.at(row));
    });
    m_attachments->setAccessibleName(tr("Attachments"));
    m_noAttachments->setObjectName(QStringLiteral("noAttachments"));
    m_noAttachments->setEnabled(false); // greyed: a statement, not a control

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("sidePanelSplitter"));
    splitter->addWidget(meta);
    splitter->addWidget(section(heading(tr("Workflow"), this), m_steps));
    splitter->addWidget(section(heading(tr("Timeline"), this), m_timeline));
    splitter->addWidget(section(heading(tr("Attachments"), this), m_attachments, m_noAttachments));
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 3); // the timeline grows with the history
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    clearDocument();
}

QLabel* DocumentSidePanel::addField(QFormLayout* form, const QString& label, const char* name) {
    auto* value = new QLabel(this);
    value->setObjectName(QString::fromLatin1(name));
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    return value;
}

QString DocumentSidePanel::field(const QString& name) const {
    const auto* label = findChild<QLabel*>(name);
    return label ? label->text() : QString();
}

QString DocumentSidePanel::names(const QList<qint64>& users) const {
    QStringList list;
    for (qint64 user : users)
        list << ApprovalTexts::user(user, m_names.value(user));
    return list.join(tr(", "));
}

void DocumentSidePanel::showDocument(const approval::DocumentView& view) {
    const approval::Summary& s = view.detail.summary;
    m_doc = s.id;
    m_title->setText(s.title);
    m_number->setText(s.docNumber);
    m_unit->setText(s.issuingUnit);
    m_level->setText(ApprovalTexts::level(s.securityLevel));
    m_urgency->setText(ApprovalTexts::urgency(s.urgency));
    m_state->setText(ApprovalTexts::state(s.state));
    m_drafter->setText(ApprovalTexts::user(s.drafter, m_names.value(s.drafter)));
    m_created->setText(ApprovalTexts::time(s.createdMs));
    showSteps(view.detail);
    showChain(view);
    m_timeline->showDocument(view, m_names);
    m_attachments->clear();
    m_files = view.detail.attachments;
    const QLocale locale;
    for (const files::FileMeta& file : std::as_const(m_files)) {
        auto* item = new QListWidgetItem(
            tr("%1 (%2)").arg(file.name, locale.formattedDataSize(file.size)), m_attachments);
        item->setToolTip(tr("Double-click to open; right-click to save a copy"));
    }
    m_attachments->setVisible(m_attachments->count() > 0);
    m_noAttachments->setVisible(m_attachments->count() == 0);
}

void DocumentSidePanel::showSteps(const approval::GetResult& detail) {
    m_steps->clear();
    for (int i = 0; i < detail.steps.size(); ++i) {
        const approval::StepStatus& step = detail.steps[i];
        const QList<qint64>& people =
            step.effective.isEmpty() ? step.def.assignees : step.effective;
        auto* item = new QTreeWidgetItem(m_steps);
        item->setText(0, ApprovalTexts::step(detail.steps, i));
        item->setText(1, names(people));
        item->setText(2, ApprovalTexts::stepStatus(step.status));
        if (step.status == QLatin1String("active")) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int column = 0; column < 3; ++column)
                item->setFont(column, bold);
        }
        if (!step.approved.isEmpty())
            item->setToolTip(1, tr("Approved by %1").arg(names(step.approved)));
    }
}

void DocumentSidePanel::showChain(const approval::DocumentView& view) {
    int bad = 0;
    for (const crypto::ActionProblem problem : view.verdicts)
        bad += problem != crypto::ActionProblem::None;
    if (view.chainOk) {
        m_chain->setText(QStringLiteral("✔ ") + tr("All %n signature(s) verified", nullptr,
                                                   int(view.detail.actions.size())));
        m_chain->setStyleSheet(QStringLiteral("color: #1b7f3b;"));
    } else {
        m_chain->setText(QStringLiteral("✘ ") +
                         tr("%n action(s) fail verification: the history cannot be trusted",
                            nullptr, qMax(bad, 1)));
        m_chain->setStyleSheet(QStringLiteral("color: #c01c28; font-weight: bold;"));
    }
}

void DocumentSidePanel::clearDocument() {
    m_doc = 0;
    for (QLabel* label :
         {m_title, m_number, m_unit, m_level, m_urgency, m_state, m_drafter, m_created, m_chain})
        label->clear();
    m_chain->setStyleSheet({});
    m_steps->clear();
    m_timeline->clearDocument();
    m_attachments->clear();
    m_files.clear();
    m_attachments->setVisible(false);
    m_noAttachments->setVisible(true);
}

} // namespace zt::ui
