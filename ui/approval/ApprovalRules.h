#pragma once
// What the signed-in user may do with a document as last seen: the same rules the server's
// workflow applies (docs/protocol.md §14), so that the pane offers only actions that can succeed.
// The server still decides; a refusal after working offline comes back as a conflict.
#include "approval/ApprovalService.h"

#include <QList>

namespace zt::ui {

struct ApprovalRules {
    // The actions offered for `view` to user `self`, in the order of approval::ActionKind.
    static QList<approval::ActionKind> allowed(const approval::DocumentView& view, qint64 self);
    static bool isParticipant(const approval::GetResult& detail, qint64 self);
    // Someone other than the drafter moved the workflow: withdrawing is no longer possible.
    static bool othersActed(const approval::GetResult& detail);
    // The own act not yet settled that decides the current step, if any.
    static bool hasPendingDecision(const approval::DocumentView& view);
};

} // namespace zt::ui
