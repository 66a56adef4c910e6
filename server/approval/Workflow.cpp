#include "Workflow.h"
#include "approval/ApprovalProtocol.h"

namespace zt::server {

using approval::ActionKind;
using approval::DocState;
namespace reason = approval::reason;

Workflow::Workflow(QList<approval::StepDef> steps, qint64 drafter)
    : m_steps(std::move(steps))
    , m_drafter(drafter) {
}

WorkflowState Workflow::initial() const {
    WorkflowState s;
    for (const approval::StepDef& step : m_steps) {
        s.effective.append(step.assignees);
        s.approved.append(QList<qint64>());
        for (qint64 user : step.assignees)
            s.assigned.insert(user);
    }
    return s;
}

QString Workflow::check(const WorkflowState& s, const WorkflowMove& m) const {
    switch (s.state) {
    case DocState::Withdrawn:
        return reason::Withdrawn;
    case DocState::Rejected:
        return reason::Rejected;
    case DocState::Completed:
        return reason::Completed;
    case DocState::InProgress:
        break;
    }
    if (m.step < s.current) return reason::StepCompleted;
    if (m.step > s.current) return reason::StepNotCurrent;
    switch (m.verb.kind) {
    case ActionKind::Comment: // does not move the workflow: any participant, any time
        return isParticipant(s, m.actor) ? QString() : reason::NotAssignee;
    case ActionKind::Withdraw:
        if (m.actor != m_drafter) return reason::NotDrafter;
        return s.othersActed ? reason::OthersActed : QString();
    default:
        return checkDuty(s, m);
    }
}

// Approve, reject, return and delegate: only the assignee whose duty it is now.
QString Workflow::checkDuty(const WorkflowState& s, const WorkflowMove& m) const {
    const QList<qint64>& effective = s.effective[s.current];
    if (!effective.contains(m.actor)) return reason::NotAssignee;
    if (s.approved[s.current].contains(m.actor)) return reason::AlreadyActed;
    if (m_steps[s.current].mode == approval::StepMode::Sequential &&
        nextInTurn(s, s.current) != m.actor)
        return reason::NotYourTurn;
    if (m.verb.kind == ActionKind::Return && m.verb.target >= s.current) return reason::BadTarget;
    if (m.verb.kind == ActionKind::Delegate &&
        (m.verb.target == m.actor || effective.contains(m.verb.target)))
        return reason::BadTarget;
    return {};
}

WorkflowState Workflow::apply(WorkflowState s, const WorkflowMove& m) const {
    const int step = s.current;
    switch (m.verb.kind) {
    case ActionKind::Approve:
        s.approved[step].append(m.actor);
        if (!nextInTurn(s, step) && ++s.current == m_steps.size()) s.state = DocState::Completed;
        break;
    case ActionKind::Reject:
        s.state = DocState::Rejected;
        break;
    case ActionKind::Return: // the target step and every later one start afresh
        s.current = int(m.verb.target);
        for (int i = s.current; i < m_steps.size(); ++i)
            s.approved[i].clear();
        break;
    case ActionKind::Delegate: // the delegate takes the actor's place, order included
        s.effective[step][s.effective[step].indexOf(m.actor)] = m.verb.target;
        s.assigned.insert(m.verb.target);
        break;
    case ActionKind::Withdraw:
        s.state = DocState::Withdrawn;
        break;
    case ActionKind::Comment:
        break;
    }
    if (m.actor != m_drafter && m.verb.kind != ActionKind::Comment) s.othersActed = true;
    return s;
}

WorkflowState Workflow::replay(const QList<WorkflowMove>& history) const {
    WorkflowState s = initial();
    for (const WorkflowMove& m : history)
        if (check(s, m).isEmpty()) s = apply(std::move(s), m);
    return s;
}

// The first effective assignee of the step who has not approved in this round.
std::optional<qint64> Workflow::nextInTurn(const WorkflowState& s, int step) {
    for (qint64 user : s.effective[step])
        if (!s.approved[step].contains(user)) return user;
    return std::nullopt;
}

QList<qint64> Workflow::pending(const WorkflowState& s) const {
    if (s.state != DocState::InProgress) return {};
    if (m_steps[s.current].mode == approval::StepMode::Sequential) {
        const auto next = nextInTurn(s, s.current);
        return next ? QList<qint64>{*next} : QList<qint64>{};
    }
    QList<qint64> users;
    for (qint64 user : s.effective[s.current])
        if (!s.approved[s.current].contains(user)) users.append(user);
    return users;
}

bool Workflow::isParticipant(const WorkflowState& s, qint64 user) const {
    return user == m_drafter || s.assigned.contains(user);
}

QSet<qint64> Workflow::distributedTo(const WorkflowState& s) const {
    QSet<qint64> users;
    if (s.state == DocState::Rejected || s.state == DocState::Withdrawn) return users;
    for (int i = 0; i < m_steps.size() && i <= s.current; ++i)
        if (m_steps[i].kind == approval::StepKind::Distribution)
            for (qint64 user : s.effective[i])
                users.insert(user);
    return users;
}

QString Workflow::stepStatus(const WorkflowState& s, int step) const {
    if (step < s.current) return QStringLiteral("done");
    if (step > s.current) return QStringLiteral("waiting");
    return s.state == DocState::InProgress ? QStringLiteral("active") : QStringLiteral("stopped");
}

} // namespace zt::server
