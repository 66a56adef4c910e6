#pragma once
// A file's bytes as rows (offset, data) of at most kChunkBytes in a table keyed by one column,
// with the count of bytes held in a column of the owning row: the server's file_chunks (file_id;
// files.received) and the client's file_blocks (entry; file_entries.stored) work alike.
#include <QByteArray>
#include <QString>

namespace zt::store {
class Database;
}

namespace zt::files {

struct BlockTable {
    QString table;
    QString key;
    QString owner;   // the table whose row `id` counts the bytes held
    QString counter; // that count's column
    void append(store::Database& db, qint64 id, const QByteArray& data) const; // at the count
    void discard(store::Database& db, qint64 id) const; // every block; the count back to 0
    QByteArray read(store::Database& db, qint64 id, qint64 offset, int length) const;
    QByteArray sha256(store::Database& db, qint64 id) const; // of every block, in order
};

} // namespace zt::files
