#include "ApprovalTimeline.h"
#include "ApprovalTexts.h"

#include <QHeaderView>

namespace zt::ui {

ApprovalTimeline::ApprovalTimeline(QWidget* parent)
    : QTreeWidget(parent) {
    setObjectName(QStringLiteral("approvalTimeline"));
    setAccessibleName(tr("Workflow timeline"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setWordWrap(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    QStringList labels(OpinionColumn + 1);
    labels[WhoColumn] = tr("Who");
    labels[SignatureColumn] = tr("Signature"); // right after the actor: seen without scrolling
    labels[StepColumn] = tr("Step");
    labels[ActionColumn] = tr("Action");
    labels[TimeColumn] = tr("Time");
    labels[OpinionColumn] = tr("Opinion");
    setHeaderLabels(labels);
    // The opinion, the longest, comes last and takes the rest; its tooltip has all of it.
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

QString ApprovalTimeline::signatureText(crypto::ActionProblem problem) {
    if (problem == crypto::ActionProblem::None) return QStringLiteral("✔");
    return QStringLiteral("✘ ") + ApprovalTexts::verdict(problem);
}

QString ApprovalTimeline::pendingText() {
    return tr("Pending sync");
}

void ApprovalTimeline::showDocument(const approval::DocumentView& view,
                                    const QHash<qint64, QString>& names) {
    clear();
    const approval::GetResult& d = view.detail;
    QList<QTreeWidgetItem*> items;
    for (int i = 0; i < d.actions.size(); ++i) {
        const crypto::SignedAction& a = d.actions[i].signedAction;
        // A verdict is missing only if the core checked nothing: that is no proof of anything.
        const auto problem =
            i < view.verdicts.size() ? view.verdicts[i] : crypto::ActionProblem::BadSignature;
        auto* item = new QTreeWidgetItem;
        item->setText(WhoColumn, ApprovalTexts::user(a.actorUserId, names.value(a.actorUserId)));
        item->setText(StepColumn, ApprovalTexts::step(d.steps, a.step.toInt()));
        item->setText(ActionColumn, ApprovalTexts::verb(a.action, d.steps, names));
        item->setText(OpinionColumn, a.opinion);
        item->setToolTip(OpinionColumn, a.opinion);
        item->setText(TimeColumn, ApprovalTexts::time(a.timeMs));
        item->setText(SignatureColumn, signatureText(problem));
        item->setToolTip(SignatureColumn, ApprovalTexts::verdict(problem));
        item->setForeground(SignatureColumn, problem == crypto::ActionProblem::None
                                                 ? QColor(0x1b, 0x7f, 0x3b)
                                                 : QColor(0xc0, 0x1c, 0x28));
        item->setData(WhoColumn, PendingRole, false);
        item->setData(WhoColumn, ProblemRole, int(problem));
        items.append(item);
    }
    m_recorded = int(items.size());
    for (const approval::ActArgs& act : view.pending) {
        auto* item = new QTreeWidgetItem;
        item->setText(WhoColumn, ApprovalTexts::user(0, tr("Me")));
        item->setText(StepColumn, ApprovalTexts::step(d.steps, act.step));
        item->setText(ActionColumn, ApprovalTexts::verb(act.verb.toString(), d.steps, names));
        item->setText(OpinionColumn, act.opinion);
        item->setToolTip(OpinionColumn, act.opinion);
        item->setText(TimeColumn, ApprovalTexts::time(act.timeMs));
        item->setText(SignatureColumn, pendingText());
        item->setToolTip(SignatureColumn,
                         tr("Signed on this computer; waiting to be accepted by the server"));
        item->setForeground(SignatureColumn, palette().color(QPalette::PlaceholderText));
        item->setData(WhoColumn, PendingRole, true);
        items.append(item);
    }
    addTopLevelItems(items);
    if (!items.isEmpty()) scrollToItem(items.last());
}

void ApprovalTimeline::clearDocument() {
    clear();
    m_recorded = 0;
}

} // namespace zt::ui
