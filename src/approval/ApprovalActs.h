#pragma once
// Acting on a document from this computer: signs the action locally over the head signature of
// the cached history (or of the user's own still-pending act), then, in one transaction, queues
// the key's publication if needed, the approval.act write and the optimistic pending act. Works
// with no network; the outbox sends it later, exactly once (the server keys writes by cid).
//
// When the server refuses a queued act (conflict, bad_signature, broken_chain, or any other
// permanent error) the pending act and its outbox row are removed in the outbox's settle
// transaction and settled() reports it; nothing is dropped silently, and nothing stays behind
// for Outbox::retryFailed() to send again. An act refused with broken_chain is deliberately NOT
// re-signed over the new head: the document changed meanwhile, so the user must see the new
// state and decide again — signing something the user has not seen would defeat the signature.
#include "ApprovalMarks.h"
#include "ApprovalTypes.h"

#include <QHash>
#include <QObject>

namespace zt::store {
class Database;
}
namespace zt::sync {
class Outbox;
}
namespace zt::crypto {
class SigningKey;
}

namespace zt::approval {

class ApprovalKeys;

class ApprovalActs : public QObject {
    Q_OBJECT
public:
    ApprovalActs(store::Database& db, ApprovalKeys& keys, sync::Outbox& outbox, qint64 selfId,
                 QObject* parent = nullptr);

    // seal (approve only): where the user's seal goes; it is signed with the action.
    void act(qint64 doc, ActionKind action, const QString& opinion, qint64 target,
             const std::optional<SealPlacement>& seal = std::nullopt);

signals:
    void queued(qint64 doc, const QString& cid);
    void failed(qint64 doc, const QString& message); // nothing was queued
    // The server answered: ok, or refused with code and reason (the error message).
    void settled(qint64 doc, const QString& cid, bool ok, const QString& code,
                 const QString& reason);

private:
    struct Outcome {
        qint64 doc = 0;
        bool ok = false;
        QString code;
        QString reason;
    };
    void signAndQueue(qint64 doc, const ActionVerb& verb, const QString& opinion,
                      const std::optional<SealPlacement>& seal, const crypto::SigningKey& key);
    void onOutboxSettled(const QString& cid);

    store::Database& m_db;
    ApprovalKeys& m_keys;
    sync::Outbox& m_outbox;
    qint64 m_selfId;
    QHash<QString, Outcome> m_outcomes; // filled in the settle transaction, emitted after it
};

} // namespace zt::approval
