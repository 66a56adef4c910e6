#include "ApprovalNames.h"
#include "ApprovalLink.h"

namespace zt::ui {

ApprovalNames::ApprovalNames(ApprovalLink* link, QObject* parent)
    : QObject(parent)
    , m_link(link) {
}

void ApprovalNames::insert(qint64 userId, const QString& name) {
    if (userId != 0 && !name.isEmpty()) m_names.insert(userId, name);
}

void ApprovalNames::clear() {
    ++m_generation;
    m_names.clear();
    m_asked.clear();
}

void ApprovalNames::ask(const approval::GetResult& detail) {
    QList<qint64> ids{detail.summary.drafter};
    for (const approval::StepStatus& step : detail.steps)
        ids << step.def.assignees << step.effective;
    for (const approval::RecordedAction& action : detail.actions) {
        ids << action.signedAction.actorUserId;
        const auto verb = approval::ActionVerb::parse(action.signedAction.action);
        if (verb && verb->kind == approval::ActionKind::Delegate) ids << verb->target;
    }
    QList<qint64> unknown;
    for (const qint64 id : ids)
        if (id != 0 && !m_names.contains(id) && !m_asked.contains(id)) {
            m_asked.insert(id);
            unknown << id;
        }
    if (unknown.isEmpty()) return;
    m_link->lookUpNames(unknown, this,
                        [this, generation = m_generation](const QHash<qint64, QString>& found) {
                            if (generation != m_generation || found.isEmpty()) return;
                            m_names.insert(found);
                            emit changed();
                        });
}

} // namespace zt::ui
