#include "MarksStore.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonDocument>

namespace zt::approval {

void MarksStore::addPending(const AnnotateArgs& args) {
    m_db.prepare(QStringLiteral("INSERT INTO approval_pending_marks(cid, doc, args, created_at) "
                                "VALUES(?,?,?,?)"))
        .bind(1, args.cid)
        .bind(2, args.document)
        .bind(3, QJsonDocument(args.toJson()).toJson(QJsonDocument::Compact))
        .bind(4, QDateTime::currentMSecsSinceEpoch())
        .run();
}

QList<AnnotateArgs> MarksStore::pending(qint64 doc) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT args FROM approval_pending_marks WHERE doc=? ORDER BY id"));
    st.bind(1, doc);
    QList<AnnotateArgs> out;
    while (st.next())
        if (auto args = AnnotateArgs::fromJson(QJsonDocument::fromJson(st.blob(0)).object()))
            out.append(*args);
    return out;
}

std::optional<qint64> MarksStore::removePending(const QString& cid) {
    auto st = m_db.prepare(QStringLiteral("SELECT doc FROM approval_pending_marks WHERE cid=?"));
    st.bind(1, cid);
    if (!st.next()) return std::nullopt;
    const qint64 doc = st.int64(0);
    m_db.prepare(QStringLiteral("DELETE FROM approval_pending_marks WHERE cid=?"))
        .bind(1, cid)
        .run();
    return doc;
}

void MarksStore::storeSealImage(qint64 user, const QByteArray& hash, const QByteArray& png) {
    m_db.prepare(QStringLiteral(
                     "INSERT OR IGNORE INTO approval_seal_images(user, hash, png) VALUES(?,?,?)"))
        .bind(1, user)
        .bind(2, hash)
        .bind(3, png)
        .run();
}

std::optional<QByteArray> MarksStore::sealImage(qint64 user, const QByteArray& hash) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT png FROM approval_seal_images WHERE user=? AND hash=?"));
    st.bind(1, user).bind(2, hash);
    if (!st.next()) return std::nullopt;
    return st.blob(0);
}

void MarksStore::addOwnSeal(qint64 self, const QByteArray& hash, const QByteArray& png,
                            int published) {
    storeSealImage(self, hash, png);
    // Setting an earlier image again makes it the newest (current) one.
    m_db.prepare(QStringLiteral("DELETE FROM approval_own_seals WHERE hash=?")).bind(1, hash).run();
    m_db.prepare(QStringLiteral(
                     "INSERT INTO approval_own_seals(hash, published, created_at) VALUES(?,?,?)"))
        .bind(1, hash)
        .bind(2, published)
        .bind(3, QDateTime::currentMSecsSinceEpoch())
        .run();
}

std::optional<OwnSeal> MarksStore::ownSeal(qint64 self) {
    auto st = m_db.prepare(QStringLiteral(
        "SELECT o.hash, i.png, o.published FROM approval_own_seals o JOIN approval_seal_images i "
        "ON i.user=? AND i.hash=o.hash ORDER BY o.id DESC LIMIT 1"));
    st.bind(1, self);
    if (!st.next()) return std::nullopt;
    return OwnSeal{st.blob(0), st.blob(1), int(st.int64(2))};
}

void MarksStore::setOwnSealPublished(const QByteArray& hash, int published) {
    m_db.prepare(QStringLiteral("UPDATE approval_own_seals SET published=? WHERE hash=?"))
        .bind(1, published)
        .bind(2, hash)
        .run();
}

} // namespace zt::approval
