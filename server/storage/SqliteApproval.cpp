#include "SqliteApproval.h"
#include "store/Database.h"

namespace zt::server {

using approval::View;

namespace {

const QString kSummaryColumns = QStringLiteral(
    "d.id, d.title, d.doc_number, d.issuing_unit, d.security_level, d.urgency, d.state, "
    "d.current_step, d.drafter, d.version, d.created_at, d.updated_at");

approval::Summary readSummary(store::Statement& st) {
    return {st.int64(0),
            st.text(1),
            st.text(2),
            st.text(3),
            approval::SecurityLevel(st.int64(4)),
            approval::Urgency(st.int64(5)),
            approval::DocState(st.int64(6)),
            int(st.int64(7)),
            st.int64(8),
            st.int64(9),
            st.int64(10),
            st.int64(11)};
}

// FROM/WHERE of each inbox view, with the user bound to ?1. Done = acted and not waiting on me.
QString viewFilter(View view) {
    switch (view) {
    case View::Todo:
        return QStringLiteral("approval_pending p JOIN approval_documents d ON d.id = p.document_id"
                              " WHERE p.user_id = ?1");
    case View::Done:
        return QStringLiteral(
            "approval_participants p JOIN approval_documents d ON d.id = p.document_id"
            " WHERE p.user_id = ?1 AND (p.roles & 4) != 0 AND NOT EXISTS (SELECT 1 FROM "
            "approval_pending q WHERE q.user_id = ?1 AND q.document_id = d.id)");
    case View::Drafted:
        return QStringLiteral("approval_documents d WHERE d.drafter = ?1");
    case View::Distributed:
        return QStringLiteral(
            "approval_participants p JOIN approval_documents d ON d.id = p.document_id"
            " WHERE p.user_id = ?1 AND (p.roles & 8) != 0");
    }
    return {};
}

} // namespace

std::optional<ApprovalKeyRecord> SqliteApproval::key(const QByteArray& fingerprint) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT user_id, public_key FROM approval_keys WHERE fingerprint=?"));
    st.bind(1, fingerprint);
    if (!st.next()) return std::nullopt;
    return ApprovalKeyRecord{st.int64(0), fingerprint, st.text(1).toLatin1()};
}

void SqliteApproval::addKey(const ApprovalKeyRecord& key, qint64 timeMs) {
    m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO approval_keys(fingerprint, user_id, "
                                "public_key, time) VALUES(?,?,?,?)"))
        .bind(1, key.fingerprint)
        .bind(2, key.userId)
        .bind(3, QString::fromLatin1(key.publicKeyPem))
        .bind(4, timeMs)
        .run();
}

QList<ApprovalKeyRecord> SqliteApproval::keysOf(qint64 userId) {
    auto st = m_db.prepare(QStringLiteral(
        "SELECT fingerprint, public_key FROM approval_keys WHERE user_id=? ORDER BY time"));
    st.bind(1, userId);
    QList<ApprovalKeyRecord> keys;
    while (st.next())
        keys.append({userId, st.blob(0), st.text(1).toLatin1()});
    return keys;
}

qint64 SqliteApproval::insertDocument(const ApprovalDocumentRecord& doc, const QByteArray& body,
                                      const QList<approval::StepDef>& steps) {
    const approval::Summary& s = doc.summary;
    m_db.prepare(QStringLiteral(
                     "INSERT INTO approval_documents(drafter, title, doc_number, issuing_unit, "
                     "security_level, urgency, body_size, body_sm3, body_sha256, state, "
                     "current_step, version, created_at, updated_at) "
                     "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"))
        .bind(1, s.drafter)
        .bind(2, s.title)
        .bind(3, s.docNumber)
        .bind(4, s.issuingUnit)
        .bind(5, int(s.securityLevel))
        .bind(6, int(s.urgency))
        .bind(7, qint64(body.size()))
        .bind(8, doc.bodySm3)
        .bind(9, doc.bodySha256)
        .bind(10, int(s.state))
        .bind(11, s.currentStep)
        .bind(12, s.version)
        .bind(13, s.createdMs)
        .bind(14, s.updatedMs)
        .run();
    const qint64 id = m_db.lastInsertId();
    m_db.prepare(QStringLiteral("INSERT INTO approval_bodies(document_id, data) VALUES(?,?)"))
        .bind(1, id)
        .bind(2, body)
        .run();
    insertSteps(id, steps);
    return id;
}

void SqliteApproval::insertSteps(qint64 id, const QList<approval::StepDef>& steps) {
    for (int i = 0; i < steps.size(); ++i) {
        m_db
            .prepare(QStringLiteral(
                "INSERT INTO approval_steps(document_id, idx, kind, mode) VALUES(?,?,?,?)"))
            .bind(1, id)
            .bind(2, i)
            .bind(3, int(steps[i].kind))
            .bind(4, int(steps[i].mode))
            .run();
        for (int pos = 0; pos < steps[i].assignees.size(); ++pos)
            m_db.prepare(QStringLiteral("INSERT INTO approval_assignees(document_id, step_idx, "
                                        "pos, user_id) VALUES(?,?,?,?)"))
                .bind(1, id)
                .bind(2, i)
                .bind(3, pos)
                .bind(4, steps[i].assignees[pos])
                .run();
    }
}

std::optional<ApprovalDocumentRecord> SqliteApproval::document(qint64 id) {
    auto st = m_db.prepare(QStringLiteral("SELECT %1, d.body_size, d.body_sm3, d.body_sha256 "
                                          "FROM approval_documents d WHERE d.id=?")
                               .arg(kSummaryColumns));
    st.bind(1, id);
    if (!st.next()) return std::nullopt;
    ApprovalDocumentRecord record{readSummary(st), st.int64(12), st.blob(13), st.blob(14), {}};
    auto files = m_db.prepare(
        QStringLiteral("SELECT f.id, f.name, f.size, f.mime, f.sha256 FROM approval_attachments a "
                       "JOIN files f ON f.id = a.file_id WHERE a.document_id=? ORDER BY a.pos"));
    files.bind(1, id);
    while (files.next())
        record.attachments.append(
            {files.int64(0), files.text(1), files.int64(2), files.text(3), files.blob(4), {}});
    return record;
}

void SqliteApproval::addAttachment(qint64 id, int position, const files::FileMeta& file) {
    m_db.prepare(QStringLiteral(
                     "INSERT INTO approval_attachments(document_id, pos, file_id) VALUES(?,?,?)"))
        .bind(1, id)
        .bind(2, position)
        .bind(3, file.id)
        .run();
}

QList<approval::StepDef> SqliteApproval::steps(qint64 id) {
    QList<approval::StepDef> steps;
    auto st = m_db.prepare(
        QStringLiteral("SELECT kind, mode FROM approval_steps WHERE document_id=? ORDER BY idx"));
    st.bind(1, id);
    while (st.next())
        steps.append({approval::StepKind(st.int64(0)), approval::StepMode(st.int64(1)), {}});
    auto users = m_db.prepare(QStringLiteral("SELECT step_idx, user_id FROM approval_assignees "
                                             "WHERE document_id=? ORDER BY step_idx, pos"));
    users.bind(1, id);
    while (users.next())
        if (const qint64 step = users.int64(0); step < steps.size())
            steps[step].assignees.append(users.int64(1));
    return steps;
}

QByteArray SqliteApproval::bodyChunk(qint64 id, qint64 offset, int length) {
    // substr() on a BLOB counts bytes (1-based), so only the asked range leaves SQLite.
    auto st = m_db.prepare(
        QStringLiteral("SELECT substr(data, ?, ?) FROM approval_bodies WHERE document_id=?"));
    st.bind(1, offset + 1).bind(2, length).bind(3, id);
    return st.next() ? st.blob(0) : QByteArray();
}

void SqliteApproval::updateDocument(qint64 id, approval::DocState state, int currentStep,
                                    qint64 version, qint64 updatedMs) {
    m_db.prepare(QStringLiteral("UPDATE approval_documents SET state=?, current_step=?, "
                                "version=?, updated_at=? WHERE id=?"))
        .bind(1, int(state))
        .bind(2, currentStep)
        .bind(3, version)
        .bind(4, updatedMs)
        .bind(5, id)
        .run();
}

qint64 SqliteApproval::documentCount() {
    auto st = m_db.prepare(QStringLiteral("SELECT count(*) FROM approval_documents"));
    return st.next() ? st.int64(0) : 0;
}

void SqliteApproval::appendAction(qint64 id, const approval::RecordedAction& action,
                                  qint64 recordedMs) {
    const crypto::SignedAction& a = action.signedAction;
    m_db.prepare(QStringLiteral("INSERT INTO approval_actions(document_id, seq, actor, step, "
                                "action, opinion, time, algorithm, content_hash, "
                                "previous_signature, key_fingerprint, signature, recorded_at) "
                                "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"))
        .bind(1, id)
        .bind(2, action.seq)
        .bind(3, a.actorUserId)
        .bind(4, a.step.toInt())
        .bind(5, a.action)
        .bind(6, a.opinion)
        .bind(7, a.timeMs)
        .bind(8, approval::algorithmName(a.algorithm))
        .bind(9, a.contentHash)
        .bind(10, a.previousSignature)
        .bind(11, a.publicKeyFingerprint)
        .bind(12, a.signature)
        .bind(13, recordedMs)
        .run();
    if (const auto seal = action.sealPlacement())
        m_db.prepare(QStringLiteral("INSERT INTO approval_action_seals(document_id, seq, actor, "
                                    "seal_hash, placement) VALUES(?,?,?,?,?)"))
            .bind(1, id)
            .bind(2, action.seq)
            .bind(3, a.actorUserId)
            .bind(4, seal->sealHash)
            .bind(5, a.seal)
            .run();
}

QList<approval::RecordedAction> SqliteApproval::actions(qint64 id) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT a.seq, a.actor, a.step, a.action, a.opinion, a.time, a.algorithm, "
                       "a.content_hash, a.previous_signature, a.key_fingerprint, a.signature, "
                       "s.placement FROM approval_actions a LEFT JOIN approval_action_seals s "
                       "ON s.document_id = a.document_id AND s.seq = a.seq "
                       "WHERE a.document_id=? ORDER BY a.seq"));
    st.bind(1, id);
    QList<approval::RecordedAction> out;
    while (st.next()) {
        crypto::SignedAction a;
        a.documentId = approval::signedDocumentId(id);
        a.actorUserId = st.int64(1);
        a.step = approval::signedStep(int(st.int64(2)));
        a.action = st.text(3);
        a.opinion = st.text(4);
        a.timeMs = st.int64(5);
        a.algorithm =
            approval::algorithmFromName(st.text(6)).value_or(crypto::SignatureAlgorithm::Sm2Sm3);
        a.contentHash = st.blob(7);
        a.previousSignature = st.blob(8);
        a.publicKeyFingerprint = st.blob(9);
        a.signature = st.blob(10);
        a.seal = st.blob(11); // NULL: no seal, empty
        out.append({st.int64(0), a});
    }
    return out;
}

void SqliteApproval::setIndex(qint64 id, const QHash<qint64, int>& roles,
                              const QList<qint64>& pending) {
    m_db.prepare(QStringLiteral("DELETE FROM approval_participants WHERE document_id=?"))
        .bind(1, id)
        .run();
    m_db.prepare(QStringLiteral("DELETE FROM approval_pending WHERE document_id=?"))
        .bind(1, id)
        .run();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        m_db.prepare(QStringLiteral("INSERT INTO approval_participants(document_id, user_id, "
                                    "roles) VALUES(?,?,?)"))
            .bind(1, id)
            .bind(2, it.key())
            .bind(3, it.value())
            .run();
    for (qint64 user : pending)
        m_db
            .prepare(QStringLiteral(
                "INSERT OR IGNORE INTO approval_pending(user_id, document_id) VALUES(?,?)"))
            .bind(1, user)
            .bind(2, id)
            .run();
}

int SqliteApproval::roles(qint64 id, qint64 userId) {
    auto st = m_db.prepare(QStringLiteral(
        "SELECT roles FROM approval_participants WHERE document_id=? AND user_id=?"));
    st.bind(1, id).bind(2, userId);
    return st.next() ? int(st.int64(0)) : 0;
}

QList<approval::Summary> SqliteApproval::list(qint64 userId, View view, int offset, int limit) {
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY d.updated_at DESC, d.id DESC "
                                          "LIMIT ?2 OFFSET ?3")
                               .arg(kSummaryColumns, viewFilter(view)));
    st.bind(1, userId).bind(2, limit).bind(3, offset);
    QList<approval::Summary> out;
    while (st.next())
        out.append(readSummary(st));
    return out;
}

int SqliteApproval::count(qint64 userId, View view) {
    auto st = m_db.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(viewFilter(view)));
    st.bind(1, userId);
    return st.next() ? int(st.int64(0)) : 0;
}

} // namespace zt::server
