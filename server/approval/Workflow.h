#pragma once
// The approval workflow as a pure state machine (no SQL, no clock): given a document's step
// definitions and drafter, it replays the history into a state and decides whether a further
// action is allowed, with a machine reason when it is not (approval::reason::*).
#include "approval/ApprovalTypes.h"

#include <QList>
#include <QSet>

namespace zt::server {

struct WorkflowMove {
    qint64 actor = 0;
    int step = 0;
    approval::ActionVerb verb;
};

struct WorkflowState {
    approval::DocState state = approval::DocState::InProgress;
    int current = 0;                // index of the active step; == steps when completed
    QList<QList<qint64>> effective; // per step: the assignees after delegations, in order
    QList<QList<qint64>> approved;  // per step: who approved since the step last became active
    QSet<qint64> assigned;          // everyone ever an assignee, delegates included
    bool othersActed = false;       // someone but the drafter moved the workflow (blocks withdraw)
};

class Workflow {
public:
    Workflow(QList<approval::StepDef> steps, qint64 drafter);

    WorkflowState initial() const;
    // Empty when allowed; otherwise the reason the move is refused.
    QString check(const WorkflowState& state, const WorkflowMove& move) const;
    // The state after an allowed move.
    WorkflowState apply(WorkflowState state, const WorkflowMove& move) const;
    // Replays a stored history; moves that would be refused (none, if stored by us) are skipped.
    WorkflowState replay(const QList<WorkflowMove>& history) const;

    // Who may approve right now (one person in a sequential step, the rest of a parallel one).
    QList<qint64> pending(const WorkflowState& state) const;
    // The drafter and everyone ever assigned: who may see the document and comment.
    bool isParticipant(const WorkflowState& state, qint64 user) const;
    // Users of distribution steps the workflow has reached (分发给我的).
    QSet<qint64> distributedTo(const WorkflowState& state) const;
    QString stepStatus(const WorkflowState& state, int step) const;

    qint64 drafter() const { return m_drafter; }
    const QList<approval::StepDef>& steps() const { return m_steps; }

private:
    QString checkDuty(const WorkflowState& state, const WorkflowMove& move) const;
    static std::optional<qint64> nextInTurn(const WorkflowState& state, int step);

    QList<approval::StepDef> m_steps;
    qint64 m_drafter;
};

} // namespace zt::server
