#pragma once
// The history of a document as a table: who, at which step, did what, with which opinion, when,
// and whether the signature verifies (✔, or ✘ with the reason found on this computer). The
// user's own acts not yet accepted by the server follow the history, marked as pending.
#include "approval/ApprovalService.h"

#include <QHash>
#include <QTreeWidget>

namespace zt::ui {

class ApprovalTimeline : public QTreeWidget {
    Q_OBJECT
public:
    enum Column { WhoColumn, SignatureColumn, StepColumn, ActionColumn, TimeColumn, OpinionColumn };
    enum Role { PendingRole = Qt::UserRole + 1, ProblemRole }; // on the WhoColumn

    explicit ApprovalTimeline(QWidget* parent = nullptr);

    void showDocument(const approval::DocumentView& view, const QHash<qint64, QString>& names);
    void clearDocument();
    int recordedCount() const { return m_recorded; } // rows of the signed history
    int pendingCount() const { return topLevelItemCount() - m_recorded; }

    static QString signatureText(crypto::ActionProblem problem);
    static QString pendingText();

private:
    int m_recorded = 0;
};

} // namespace zt::ui
