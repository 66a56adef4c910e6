#pragma once
// The translated words of the approval pane for the approval vocabulary: security levels,
// urgencies, document states, steps, actions, signature verdicts and inbox views. One place, so
// the inbox, the side panel and the action dialog say the same thing.
#include "approval/ApprovalProtocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace zt::ui {

class ApprovalTexts {
    Q_DECLARE_TR_FUNCTIONS(zt::ui::ApprovalTexts) // the context lupdate records
public:
    static QString level(approval::SecurityLevel level);
    static QString urgency(approval::Urgency urgency);
    static QString state(approval::DocState state);
    static QString stepKind(approval::StepKind kind);
    static QString stepStatus(const QString& status); // "waiting", "active", "done", "stopped"
    static QString action(approval::ActionKind kind);
    // A signed verb as recorded ("approve", "return:0", …); steps named from `steps`, people
    // from `names` (user id → name).
    static QString verb(const QString& signedVerb, const QList<approval::StepStatus>& steps,
                        const QHash<qint64, QString>& names = {});
    static QString view(approval::View view);
    static QString verdict(crypto::ActionProblem problem); // why a signature does not verify
    static QString step(const QList<approval::StepStatus>& steps, int index); // "2 · 会签"
    static QString time(qint64 ms);                                           // local, to minutes
    static QString user(qint64 userId, const QString& name); // the name, or "User 12"
};

} // namespace zt::ui
