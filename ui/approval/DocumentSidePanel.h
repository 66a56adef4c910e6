#pragma once
// The side panel of an opened document (issue 5 §2): its metadata (title, 文号, issuing unit,
// 密级, 紧急程度, drafter, created), the workflow steps with their status, the timeline of
// signed actions with their verdicts, and the attachments.
#include "approval/ApprovalService.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QTreeWidget;

namespace zt::ui {

class ApprovalTimeline;

class DocumentSidePanel : public QWidget {
    Q_OBJECT
public:
    explicit DocumentSidePanel(QWidget* parent = nullptr);

    // Names of users known so far (user id → name); ids are shown for the others.
    void setNames(const QHash<qint64, QString>& names) { m_names = names; }
    void showDocument(const approval::DocumentView& view);
    void clearDocument();
    qint64 document() const { return m_doc; }

    ApprovalTimeline* timeline() const { return m_timeline; }
    QTreeWidget* stepsView() const { return m_steps; }
    QListWidget* attachmentsView() const { return m_attachments; }
    QLabel* chainLabel() const { return m_chain; }
    // The text of a metadata field by object name ("metaTitle", "metaNumber", "metaUnit",
    // "metaLevel", "metaUrgency", "metaState", "metaDrafter", "metaCreated").
    QString field(const QString& name) const;

signals:
    void attachmentOpenRequested(qint64 doc, const zt::files::FileMeta& file);
    void attachmentSaveRequested(qint64 doc, const zt::files::FileMeta& file);

private:
    QLabel* addField(QFormLayout* form, const QString& label, const char* name);
    void showSteps(const approval::GetResult& detail);
    void showChain(const approval::DocumentView& view);
    QString names(const QList<qint64>& users) const;

    QHash<qint64, QString> m_names;
    qint64 m_doc = 0;
    QLabel* m_title;
    QLabel* m_number = nullptr;
    QLabel* m_unit = nullptr;
    QLabel* m_level = nullptr;
    QLabel* m_urgency = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_drafter = nullptr;
    QLabel* m_created = nullptr;
    QLabel* m_chain;
    QTreeWidget* m_steps;
    ApprovalTimeline* m_timeline;
    QListWidget* m_attachments;
    QList<files::FileMeta> m_files; // the attachments' rows, in order
    QLabel* m_noAttachments;
};

} // namespace zt::ui
