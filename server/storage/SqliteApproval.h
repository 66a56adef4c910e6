#pragma once
#include "ApprovalStorage.h"

namespace zt::store {
class Database;
class Statement;
} // namespace zt::store

namespace zt::server {

class SqliteApproval final : public ApprovalStorage {
public:
    explicit SqliteApproval(store::Database& db)
        : m_db(db) {}

    std::optional<ApprovalKeyRecord> key(const QByteArray& fingerprint) override;
    void addKey(const ApprovalKeyRecord& key, qint64 timeMs) override;
    QList<ApprovalKeyRecord> keysOf(qint64 userId) override;
    qint64 insertDocument(const ApprovalDocumentRecord& doc, const QByteArray& body,
                          const QList<approval::StepDef>& steps) override;
    std::optional<ApprovalDocumentRecord> document(qint64 id) override;
    void addAttachment(qint64 id, int position, const files::FileMeta& file) override;
    QList<approval::StepDef> steps(qint64 id) override;
    QByteArray bodyChunk(qint64 id, qint64 offset, int length) override;
    void updateDocument(qint64 id, approval::DocState state, int currentStep, qint64 version,
                        qint64 updatedMs) override;
    qint64 documentCount() override;
    void appendAction(qint64 id, const approval::RecordedAction& action,
                      qint64 recordedMs) override;
    QList<approval::RecordedAction> actions(qint64 id) override;
    void setIndex(qint64 id, const QHash<qint64, int>& roles,
                  const QList<qint64>& pending) override;
    int roles(qint64 id, qint64 userId) override;
    QList<approval::Summary> list(qint64 userId, approval::View view, int offset,
                                  int limit) override;
    int count(qint64 userId, approval::View view) override;
    // SqliteApprovalMarks.cpp
    void addSeal(qint64 userId, const QByteArray& hash, const QByteArray& png,
                 qint64 timeMs) override;
    std::optional<QByteArray> seal(qint64 userId, const QByteArray& hash) override;
    bool documentShowsSeal(qint64 id, qint64 userId, const QByteArray& hash) override;
    qint64 addAnnotation(qint64 id, const approval::Annotation& annotation) override;
    std::optional<qint64> annotationAuthor(qint64 id, qint64 annotationId) override;
    void removeAnnotation(qint64 id, qint64 annotationId) override;
    QList<approval::Annotation> annotations(qint64 id) override;
    int annotationCount(qint64 id) override;

private:
    void insertSteps(qint64 id, const QList<approval::StepDef>& steps);
    store::Database& m_db;
};

} // namespace zt::server
