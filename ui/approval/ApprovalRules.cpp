#include "ApprovalRules.h"

namespace zt::ui {

using approval::ActionKind;

bool ApprovalRules::isParticipant(const approval::GetResult& detail, qint64 self) {
    if (self == detail.summary.drafter) return true;
    for (const approval::StepStatus& step : detail.steps)
        if (step.def.assignees.contains(self) || step.effective.contains(self)) return true;
    return false;
}

bool ApprovalRules::othersActed(const approval::GetResult& detail) {
    for (const approval::RecordedAction& a : detail.actions) {
        const auto verb = approval::ActionVerb::parse(a.signedAction.action);
        if (a.signedAction.actorUserId != detail.summary.drafter &&
            (!verb || verb->kind != ActionKind::Comment))
            return true;
    }
    return false;
}

bool ApprovalRules::hasPendingDecision(const approval::DocumentView& view) {
    for (const approval::ActArgs& act : view.pending)
        if (act.verb.kind != ActionKind::Comment) return true;
    return false;
}

QList<ActionKind> ApprovalRules::allowed(const approval::DocumentView& view, qint64 self) {
    const approval::GetResult& d = view.detail;
    QList<ActionKind> actions;
    if (self == 0 || d.summary.id == 0 || d.summary.state != approval::DocState::InProgress)
        return actions;
    const bool deciding = hasPendingDecision(view); // one decision per step and person
    if (d.pending.contains(self) && !deciding) {
        actions << ActionKind::Approve << ActionKind::Reject;
        if (d.summary.currentStep > 0) actions << ActionKind::Return;
        actions << ActionKind::Delegate;
    }
    if (self == d.summary.drafter && !othersActed(d) && !deciding) actions << ActionKind::Withdraw;
    if (isParticipant(d, self)) actions << ActionKind::Comment;
    return actions;
}

} // namespace zt::ui
