#include "BlockTable.h"
#include "FileProtocol.h"
#include "store/Database.h"

#include <QCryptographicHash>

namespace zt::files {

QByteArray BlockTable::read(store::Database& db, qint64 id, qint64 offset, int length) const {
    // A block holds at most kChunkBytes, so every block overlapping the range starts after
    // offset - kChunkBytes: the (key, offset) index bounds the scan on both sides.
    auto st = db.prepare(QStringLiteral("SELECT offset, data FROM %1 WHERE %2=? AND offset > ? "
                                        "AND offset < ? ORDER BY offset")
                             .arg(table, key));
    st.bind(1, id).bind(2, offset - kChunkBytes).bind(3, offset + length);
    QByteArray out;
    while (st.next()) {
        const qint64 start = st.int64(0);
        const QByteArray data = st.blob(1);
        const qint64 from = std::max<qint64>(offset, start);
        const qint64 to = std::min<qint64>(offset + length, start + data.size());
        if (to > from) out.append(data.constData() + (from - start), to - from);
    }
    return out;
}

void BlockTable::append(store::Database& db, qint64 id, const QByteArray& data) const {
    db.prepare(
          QStringLiteral("INSERT INTO %1(%2, offset, data) SELECT id, %3, ? FROM %4 WHERE id=?")
              .arg(table, key, counter, owner))
        .bind(1, data)
        .bind(2, id)
        .run();
    db.prepare(QStringLiteral("UPDATE %1 SET %2 = %2 + ? WHERE id=?").arg(owner, counter))
        .bind(1, qint64(data.size()))
        .bind(2, id)
        .run();
}

void BlockTable::discard(store::Database& db, qint64 id) const {
    db.prepare(QStringLiteral("DELETE FROM %1 WHERE %2=?").arg(table, key)).bind(1, id).run();
    db.prepare(QStringLiteral("UPDATE %1 SET %2=0 WHERE id=?").arg(owner, counter))
        .bind(1, id)
        .run();
}

QByteArray BlockTable::sha256(store::Database& db, qint64 id) const {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto st = db.prepare(
        QStringLiteral("SELECT data FROM %1 WHERE %2=? ORDER BY offset").arg(table, key));
    st.bind(1, id);
    while (st.next())
        hash.addData(st.blob(0));
    return hash.result();
}

} // namespace zt::files
