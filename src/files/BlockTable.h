#pragma once
// A file's bytes as rows (offset, data) of at most kChunkBytes in a table keyed by one column:
// the server's file_chunks (file_id) and the client's file_blocks (entry) are read alike.
#include <QByteArray>
#include <QString>

namespace zt::store {
class Database;
}

namespace zt::files {

struct BlockTable {
    QString table;
    QString key;
    QByteArray read(store::Database& db, qint64 id, qint64 offset, int length) const;
    QByteArray sha256(store::Database& db, qint64 id) const; // of every block, in order
};

} // namespace zt::files
