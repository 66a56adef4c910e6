#pragma once
// What the approval domain needs from persistent storage. Actions are append-only: there is no
// call to change or remove one. Workflow state is derived (server/approval/Workflow); the
// document row keeps a copy of it, and the participant/pending index, only for listing.
#include "approval/ApprovalProtocol.h"

#include <QHash>
#include <QList>
#include <optional>

namespace zt::server {

struct ApprovalKeyRecord {
    qint64 userId = 0;
    QByteArray fingerprint;
    QByteArray publicKeyPem;
};

struct ApprovalDocumentRecord {
    approval::Summary summary;
    qint64 bodySize = 0;
    QByteArray bodySm3;
    QByteArray bodySha256;
    QList<files::FileMeta> attachments; // in their order at creation
};

// Bits of ApprovalStorage::setIndex's roles.
enum ApprovalRole : int {
    RoleDrafter = 1,
    RoleAssignee = 2,    // ever assigned, delegates included
    RoleActed = 4,       // has at least one action in the history
    RoleDistributed = 8, // assignee of a distribution step the workflow reached
};

class ApprovalStorage {
public:
    virtual ~ApprovalStorage() = default;

    virtual std::optional<ApprovalKeyRecord> key(const QByteArray& fingerprint) = 0;
    virtual void addKey(const ApprovalKeyRecord& key, qint64 timeMs) = 0;
    virtual QList<ApprovalKeyRecord> keysOf(qint64 userId) = 0;

    // Stores the document (summary.id is ignored), its body and steps; returns the new id.
    virtual qint64 insertDocument(const ApprovalDocumentRecord& doc, const QByteArray& body,
                                  const QList<approval::StepDef>& steps) = 0;
    virtual std::optional<ApprovalDocumentRecord> document(qint64 id) = 0; // attachments too
    virtual void addAttachment(qint64 id, int position, const files::FileMeta& file) = 0;
    virtual QList<approval::StepDef> steps(qint64 id) = 0;
    virtual QByteArray bodyChunk(qint64 id, qint64 offset, int length) = 0;
    virtual void updateDocument(qint64 id, approval::DocState state, int currentStep,
                                qint64 version, qint64 updatedMs) = 0;
    virtual qint64 documentCount() = 0;

    virtual void appendAction(qint64 id, const approval::RecordedAction& action,
                              qint64 recordedMs) = 0;
    virtual QList<approval::RecordedAction> actions(qint64 id) = 0;

    // Replaces the document's listing index: each participant's roles, and who may act now.
    virtual void setIndex(qint64 id, const QHash<qint64, int>& roles,
                          const QList<qint64>& pending) = 0;
    virtual int roles(qint64 id, qint64 userId) = 0; // 0: not a participant
    virtual QList<approval::Summary> list(qint64 userId, approval::View view, int offset,
                                          int limit) = 0;
    virtual int count(qint64 userId, approval::View view) = 0;

    // Marks (seals and annotations). A seal placement is stored by appendAction with its action.
    virtual void addSeal(qint64 userId, const QByteArray& hash, const QByteArray& png,
                         qint64 timeMs) = 0; // publishing the same image again changes nothing
    virtual std::optional<QByteArray> seal(qint64 userId, const QByteArray& hash) = 0;
    // Whether an action of the document by userId placed the seal of that hash.
    virtual bool documentShowsSeal(qint64 id, qint64 userId, const QByteArray& hash) = 0;
    // Stores the annotation (its id is ignored) and returns its new id.
    virtual qint64 addAnnotation(qint64 id, const approval::Annotation& annotation) = 0;
    virtual std::optional<qint64> annotationAuthor(qint64 id, qint64 annotationId) = 0;
    virtual void removeAnnotation(qint64 id, qint64 annotationId) = 0;
    virtual QList<approval::Annotation> annotations(qint64 id) = 0; // oldest first
    virtual int annotationCount(qint64 id) = 0;
};

} // namespace zt::server
