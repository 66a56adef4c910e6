#pragma once
// Full-text search over the local messages: the query is segmented the way messages are indexed
// (CJK characters and pairs, Latin word prefixes), candidates come newest first from FTS4, and
// each is checked to really contain the query before it is returned with its matched ranges.
#include "ChatTypes.h"

#include <QMetaType>

namespace zt::store {
class Database;
}

namespace zt::chat {

struct SearchHit {
    StoredMessage message;
    QList<QPair<int, int>> marks; // matched ranges in message.text (UTF-16 start, length)
};

// conv 0: every conversation. Empty or unsearchable query: no hits.
QList<SearchHit> searchMessages(store::Database& db, const QString& query, qint64 conv, int limit);

// The ranges of text that match the query (case-insensitive, Traditional = Simplified).
QList<QPair<int, int>> matchRanges(const QString& query, const QString& text);

} // namespace zt::chat

Q_DECLARE_METATYPE(zt::chat::SearchHit)
