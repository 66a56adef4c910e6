#include "LoadedDocument.h"

namespace zt::server {

WorkflowMove moveOf(const crypto::SignedAction& action) {
    return {action.actorUserId, action.step.toInt(),
            approval::ActionVerb::parse(action.action).value_or(approval::ActionVerb{})};
}

std::optional<LoadedDocument> loadDocument(ApprovalStorage& storage, qint64 id) {
    auto record = storage.document(id);
    if (!record) return std::nullopt;
    LoadedDocument doc{
        *record, Workflow(storage.steps(id), record->summary.drafter), storage.actions(id), {}};
    QList<WorkflowMove> moves;
    for (const approval::RecordedAction& a : doc.actions)
        moves.append(moveOf(a.signedAction));
    doc.state = doc.workflow.replay(moves);
    return doc;
}

QByteArray LoadedDocument::lastSignature() const {
    return actions.isEmpty() ? QByteArray() : actions.last().signedAction.signature;
}

QHash<qint64, int> LoadedDocument::roles() const {
    QHash<qint64, int> roles;
    roles[workflow.drafter()] |= RoleDrafter;
    for (qint64 user : state.assigned)
        roles[user] |= RoleAssignee;
    for (const approval::RecordedAction& a : actions)
        roles[a.signedAction.actorUserId] |= RoleActed;
    for (qint64 user : workflow.distributedTo(state))
        roles[user] |= RoleDistributed;
    return roles;
}

approval::GetResult LoadedDocument::toGetResult(ApprovalStorage& storage) const {
    approval::GetResult r;
    r.summary = record.summary;
    r.bodySize = record.bodySize;
    r.bodySm3 = record.bodySm3;
    r.bodySha256 = record.bodySha256;
    r.attachments = record.attachments;
    for (int i = 0; i < workflow.steps().size(); ++i)
        r.steps.append({workflow.steps()[i], state.effective[i], state.approved[i],
                        workflow.stepStatus(state, i)});
    r.actions = actions;
    r.pending = workflow.pending(state);
    QList<QByteArray> seen; // the keys the history names, once each
    for (const approval::RecordedAction& a : actions) {
        const QByteArray& fingerprint = a.signedAction.publicKeyFingerprint;
        if (seen.contains(fingerprint)) continue;
        seen.append(fingerprint);
        if (const auto key = storage.key(fingerprint))
            r.keys.append({key->userId, key->publicKeyPem});
    }
    r.annotations = storage.annotations(id());
    return r;
}

} // namespace zt::server
