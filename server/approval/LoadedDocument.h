#pragma once
// A document as the approval handlers work with it: the stored record and history, and the
// workflow state replayed from that history (the stored state columns are only a listing copy).
#include "Workflow.h"
#include "storage/ApprovalStorage.h"

#include <QHash>
#include <optional>

namespace zt::server {

struct LoadedDocument {
    ApprovalDocumentRecord record;
    Workflow workflow;
    QList<approval::RecordedAction> actions;
    WorkflowState state;

    qint64 id() const { return record.summary.id; }
    QByteArray lastSignature() const;
    // Each participant's ApprovalRole bits, for the listing index and event fan-out.
    QHash<qint64, int> roles() const;
    approval::GetResult toGetResult(ApprovalStorage& storage) const;
};

std::optional<LoadedDocument> loadDocument(ApprovalStorage& storage, qint64 id);
WorkflowMove moveOf(const crypto::SignedAction& action);

} // namespace zt::server
