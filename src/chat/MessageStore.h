#pragma once
// SQL over the local messages of conversations: pending writes, messages numbered by the server,
// recalls, backwards pages, and the search index kept in step (same transaction as each change).
#include "ChatTypes.h"

#include <optional>

namespace zt::store {
class Database;
}

namespace zt::chat {

class MessageStore {
public:
    // Search-index rows held back to the end of a transaction: FTS4 flushes its pending terms
    // whenever a statement needs a statement journal (the UPDATEs of storing a message do), so
    // indexing message by message makes a segment per message (docs/performance.md).
    struct IndexBatch {
        QList<std::pair<qint64, QString>> rows; // docid, tokens
    };

    explicit MessageStore(store::Database& db, IndexBatch* batch = nullptr)
        : m_db(db)
        , m_batch(batch) {}
    static void flush(store::Database& db, IndexBatch& batch); // inside the same transaction

    // A message the user wrote, before the server numbered it. Returns its local id.
    qint64 insertPending(const Message& message);
    // A message from the server (event, history page or list): settles our pending row with the
    // same (sender, cid) or adds it; nothing duplicates. True when it was not stored before.
    bool applyServer(const Message& message);
    void markFailed(qint64 sender, const QString& cid, const QString& error);
    std::optional<StoredMessage> byCid(qint64 sender, const QString& cid);
    // The file of a pending file message is up: its id goes into fileRef and the description.
    void setUploaded(const QString& cid, qint64 sender, const files::FileMeta& file);
    // Back to pending for a retry; the caller re-queues the write. Returns the message.
    std::optional<StoredMessage> resetFailed(qint64 localId);
    void markRecalled(qint64 conv, qint64 seq);

    std::optional<StoredMessage> byLocalId(qint64 localId);
    std::optional<StoredMessage> bySeq(qint64 conv, qint64 seq);
    // Up to limit numbered messages with seq < before (0: from the newest), oldest first.
    QList<StoredMessage> pageBefore(qint64 conv, qint64 before, int limit);
    // Up to limit numbered messages with seq > after, oldest first.
    QList<StoredMessage> pageAfter(qint64 conv, qint64 after, int limit);
    QList<StoredMessage> unnumbered(qint64 conv); // pending and failed, in writing order
    qint64 newestSeq(qint64 conv);
    // Others' countable messages after a read mark (not mine, not system, not recalled).
    int countUnread(qint64 conv, qint64 afterSeq, qint64 self);
    bool mentionsAfter(qint64 conv, qint64 afterSeq, qint64 self);
    qint64 totalCount();

private:
    void index(qint64 localId, const Message& message);
    void unindex(qint64 localId);
    store::Database& m_db;
    IndexBatch* m_batch = nullptr;
};

// Tokens the search index holds for a message: CJK characters and pairs, Latin words, and the
// conversation as a token ("k<id>") so a search inside one conversation is one MATCH.
QString messageTokens(const Message& message);

} // namespace zt::chat
