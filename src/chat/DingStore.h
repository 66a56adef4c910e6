#pragma once
// SQL over the DINGs the client knows: received ones (with my read/confirm times and whether the
// delivery was acknowledged) and sent ones with each recipient's progress.
#include "ChatTypes.h"
#include "DingProtocol.h"

#include <optional>

namespace zt::store {
class Database;
}

namespace zt::chat {

class DingStore {
public:
    explicit DingStore(store::Database& db)
        : m_db(db) {}

    // A ding.new: stored once, later rounds update it. True when the delivery still needs an ack
    // (the caller queues ding.ack in the same transaction and calls markAcked).
    bool applyNotice(const DingNotice& notice);
    void markAcked(qint64 ding);
    void setMyProgress(qint64 ding, qint64 readMs, qint64 confirmedMs);

    qint64 insertPendingSent(const QString& cid, qint64 self, const DingSendArgs& args,
                             int recipients);
    void settleSent(const QString& cid, qint64 ding, int recipients, qint64 dueMs, bool scheduled);
    void failSent(const QString& cid, const QString& error);
    void applyRecipient(const RecipientStatus& status);
    void setRound(qint64 ding, int round, qint64 sentMs);

    std::optional<Ding> get(qint64 ding);
    QList<Ding> unconfirmedReceived(); // what the alert must keep showing
    QList<Ding> sent(int limit);       // newest first
    QList<Ding> received(int limit);
    QList<DingRecipient> recipients(qint64 ding);

private:
    QList<Ding> query(const QString& where, int limit);
    store::Database& m_db;
};

} // namespace zt::chat
