#include "ApprovalTexts.h"

namespace zt::ui {

using approval::ActionKind;

QString ApprovalTexts::level(approval::SecurityLevel level) {
    switch (level) {
    case approval::SecurityLevel::Public:
        return tr("Public");
    case approval::SecurityLevel::Internal:
        return tr("Internal");
    case approval::SecurityLevel::Secret:
        return tr("Secret");
    case approval::SecurityLevel::Confidential:
        return tr("Confidential");
    }
    return {};
}

QString ApprovalTexts::urgency(approval::Urgency urgency) {
    switch (urgency) {
    case approval::Urgency::Normal:
        return tr("Normal");
    case approval::Urgency::Urgent:
        return tr("Urgent");
    case approval::Urgency::Immediate:
        return tr("Immediate");
    }
    return {};
}

QString ApprovalTexts::state(approval::DocState state) {
    switch (state) {
    case approval::DocState::InProgress:
        return tr("In progress");
    case approval::DocState::Completed:
        return tr("Completed");
    case approval::DocState::Rejected:
        return tr("Rejected");
    case approval::DocState::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString ApprovalTexts::stepKind(approval::StepKind kind) {
    switch (kind) {
    case approval::StepKind::Drafting:
        return tr("Drafting");
    case approval::StepKind::Checking:
        return tr("Checking");
    case approval::StepKind::Countersign:
        return tr("Countersign");
    case approval::StepKind::Signoff:
        return tr("Sign-off");
    case approval::StepKind::Distribution:
        return tr("Distribution");
    }
    return {};
}

QString ApprovalTexts::stepStatus(const QString& status) {
    if (status == QLatin1String("done")) return tr("done");
    if (status == QLatin1String("active")) return tr("in progress");
    if (status == QLatin1String("waiting")) return tr("waiting");
    if (status == QLatin1String("stopped")) return tr("stopped");
    return status;
}

QString ApprovalTexts::action(ActionKind kind) {
    switch (kind) {
    case ActionKind::Approve:
        return tr("Approve");
    case ActionKind::Reject:
        return tr("Reject");
    case ActionKind::Return:
        return tr("Return");
    case ActionKind::Delegate:
        return tr("Delegate");
    case ActionKind::Withdraw:
        return tr("Withdraw");
    case ActionKind::Comment:
        return tr("Comment");
    }
    return {};
}

QString ApprovalTexts::verb(const QString& signedVerb, const QList<approval::StepStatus>& steps,
                            const QHash<qint64, QString>& names) {
    const auto parsed = approval::ActionVerb::parse(signedVerb);
    if (!parsed) return signedVerb; // unknown to this version: show it as signed
    switch (parsed->kind) {
    case ActionKind::Return:
        return tr("Return to %1").arg(step(steps, int(parsed->target)));
    case ActionKind::Delegate:
        return tr("Delegate to %1").arg(user(parsed->target, names.value(parsed->target)));
    default:
        return action(parsed->kind);
    }
}

QString ApprovalTexts::view(approval::View view) {
    switch (view) {
    case approval::View::Todo:
        return tr("To do");
    case approval::View::Done:
        return tr("Done");
    case approval::View::Drafted:
        return tr("Drafted by me");
    case approval::View::Distributed:
        return tr("Distributed to me");
    }
    return {};
}

QString ApprovalTexts::verdict(crypto::ActionProblem problem) {
    switch (problem) {
    case crypto::ActionProblem::None:
        return tr("Signature valid");
    case crypto::ActionProblem::UnknownKey:
        return tr("Unknown signing key");
    case crypto::ActionProblem::BadSignature:
        return tr("The signature does not match the action");
    case crypto::ActionProblem::BrokenChain:
        return tr("The history was altered before this action");
    case crypto::ActionProblem::WrongDocument:
        return tr("Signed for another document");
    case crypto::ActionProblem::ContentMismatch:
        return tr("Signed over another document body");
    }
    return {};
}

QString ApprovalTexts::step(const QList<approval::StepStatus>& steps, int index) {
    if (index < 0 || index >= steps.size()) return tr("Step %1").arg(index + 1);
    return tr("%1 · %2").arg(index + 1).arg(stepKind(steps[index].def.kind));
}

QString ApprovalTexts::time(qint64 ms) {
    if (ms <= 0) return {};
    // Compact and the same in every language: the panel is narrow and the year mostly current.
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const bool thisYear = when.date().year() == QDate::currentDate().year();
    return when.toString(thisYear ? QStringLiteral("MM-dd HH:mm")
                                  : QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ApprovalTexts::user(qint64 userId, const QString& name) {
    return name.isEmpty() ? tr("User %1").arg(userId) : name;
}

} // namespace zt::ui
