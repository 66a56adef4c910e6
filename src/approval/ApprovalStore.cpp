#include "ApprovalStore.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace zt::approval {

namespace {

using K = QLatin1String;

QByteArray compact(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject objectOf(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object();
}

QString inboxKey() {
    return QStringLiteral("approval.inbox");
}

} // namespace

// SQLCipher on Debian is SQLite 3.15: no UPSERT, hence insert-or-ignore plus a guarded update.
void ApprovalStore::storeSummary(const Summary& s) {
    m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO approval_docs(id, summary, state, "
                                "current_step, version, updated) VALUES(?,?,?,?,?,?)"))
        .bind(1, s.id)
        .bind(2, compact(s.toJson()))
        .bind(3, int(s.state))
        .bind(4, s.currentStep)
        .bind(5, s.version)
        .bind(6, s.updatedMs)
        .run();
    if (m_db.changes() > 0) return;
    m_db.prepare(QStringLiteral("UPDATE approval_docs SET summary=?, state=?, current_step=?, "
                                "version=?, updated=? WHERE id=? AND version<=?"))
        .bind(1, compact(s.toJson()))
        .bind(2, int(s.state))
        .bind(3, s.currentStep)
        .bind(4, s.version)
        .bind(5, s.updatedMs)
        .bind(6, s.id)
        .bind(7, s.version)
        .run();
}

// kv "approval.inbox": {"counts": {view name: n}, "totals": {"<view>": n}}; a view without a
// total was never listed here.
QJsonObject ApprovalStore::inboxInfo() {
    auto st = m_db.prepare(QStringLiteral("SELECT value FROM kv WHERE key=?"));
    st.bind(1, inboxKey());
    return st.next() ? objectOf(st.blob(0)) : QJsonObject();
}

void ApprovalStore::storeList(View view, const ListResult& result) {
    m_db.prepare(QStringLiteral("DELETE FROM approval_inbox WHERE view=?"))
        .bind(1, int(view))
        .run();
    int position = 0;
    for (const Summary& s : result.items) {
        storeSummary(s);
        m_db.prepare(
                QStringLiteral("INSERT INTO approval_inbox(view, position, doc) VALUES(?,?,?)"))
            .bind(1, int(view))
            .bind(2, position++)
            .bind(3, s.id)
            .run();
    }
    QJsonObject info = inboxInfo();
    QJsonObject totals = info.value(K("totals")).toObject();
    totals.insert(QString::number(int(view)), result.total);
    info.insert(K("totals"), totals);
    info.insert(K("counts"), result.toJson().value(K("counts")));
    m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO kv(key, value) VALUES(?,?)"))
        .bind(1, inboxKey())
        .bind(2, compact(info))
        .run();
}

std::optional<ListResult> ApprovalStore::inbox(View view) {
    const QJsonObject info = inboxInfo();
    const QJsonValue total = info.value(K("totals")).toObject().value(QString::number(int(view)));
    if (total.isUndefined()) return std::nullopt;
    ListResult r = ListResult::fromJson({{K("counts"), info.value(K("counts"))}});
    r.total = total.toInt();
    auto st = m_db.prepare(QStringLiteral(
        "SELECT d.summary FROM approval_inbox i JOIN approval_docs d ON d.id = i.doc "
        "WHERE i.view=? ORDER BY i.position"));
    st.bind(1, int(view));
    while (st.next())
        r.items.append(Summary::fromJson(objectOf(st.blob(0))));
    return r;
}

void ApprovalStore::storeDocument(const GetResult& detail) {
    storeSummary(detail.summary);
    m_db.prepare(QStringLiteral("UPDATE approval_docs SET detail=? WHERE id=? AND version<=?"))
        .bind(1, compact(detail.toJson()))
        .bind(2, detail.summary.id)
        .bind(3, detail.summary.version)
        .run();
    m_db.prepare(QStringLiteral("DELETE FROM approval_stale WHERE doc=? AND version<=?"))
        .bind(1, detail.summary.id)
        .bind(2, detail.summary.version)
        .run();
}

std::optional<GetResult> ApprovalStore::document(qint64 doc) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT detail FROM approval_docs WHERE id=? AND detail IS NOT NULL"));
    st.bind(1, doc);
    if (!st.next()) return std::nullopt;
    return GetResult::fromJson(objectOf(st.blob(0)));
}

bool ApprovalStore::isKnown(qint64 doc) {
    auto st = m_db.prepare(QStringLiteral("SELECT 1 FROM approval_docs WHERE id=?"));
    st.bind(1, doc);
    return st.next();
}

void ApprovalStore::markStale(qint64 doc, qint64 version) {
    m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO approval_stale(doc, version) VALUES(?,?)"))
        .bind(1, doc)
        .bind(2, version)
        .run();
    m_db.prepare(QStringLiteral("UPDATE approval_stale SET version=? WHERE doc=? AND version<?"))
        .bind(1, version)
        .bind(2, doc)
        .bind(3, version)
        .run();
}

QList<qint64> ApprovalStore::staleDocuments() {
    auto st = m_db.prepare(QStringLiteral("SELECT doc FROM approval_stale ORDER BY doc"));
    QList<qint64> docs;
    while (st.next())
        docs.append(st.int64(0));
    return docs;
}

void ApprovalStore::clearStale(qint64 doc) {
    m_db.prepare(QStringLiteral("DELETE FROM approval_stale WHERE doc=?")).bind(1, doc).run();
}

void ApprovalStore::storeBody(qint64 doc, const QByteArray& data) {
    m_db.prepare(QStringLiteral(
                     "INSERT OR REPLACE INTO approval_bodies(doc, data, fetched_at) VALUES(?,?,?)"))
        .bind(1, doc)
        .bind(2, data)
        .bind(3, QDateTime::currentMSecsSinceEpoch())
        .run();
}

std::optional<QByteArray> ApprovalStore::body(qint64 doc) {
    auto st = m_db.prepare(QStringLiteral("SELECT data FROM approval_bodies WHERE doc=?"));
    st.bind(1, doc);
    if (!st.next()) return std::nullopt;
    return st.blob(0);
}

bool ApprovalStore::hasBody(qint64 doc) {
    auto st = m_db.prepare(QStringLiteral("SELECT 1 FROM approval_bodies WHERE doc=?"));
    st.bind(1, doc);
    return st.next();
}

void ApprovalStore::dropBody(qint64 doc) {
    m_db.prepare(QStringLiteral("DELETE FROM approval_bodies WHERE doc=?")).bind(1, doc).run();
}

void ApprovalStore::setOffline(qint64 doc, bool offline) {
    m_db.prepare(QStringLiteral("UPDATE approval_docs SET offline=? WHERE id=?"))
        .bind(1, offline ? 1 : 0)
        .bind(2, doc)
        .run();
}

bool ApprovalStore::isOffline(qint64 doc) {
    auto st = m_db.prepare(QStringLiteral("SELECT offline FROM approval_docs WHERE id=?"));
    st.bind(1, doc);
    return st.next() && st.int64(0) != 0;
}

QList<qint64> ApprovalStore::pinnedWithoutBody() {
    auto st = m_db.prepare(QStringLiteral(
        "SELECT id FROM approval_docs d WHERE offline=1 AND detail IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM approval_bodies b WHERE b.doc = d.id) ORDER BY id"));
    QList<qint64> docs;
    while (st.next())
        docs.append(st.int64(0));
    return docs;
}

void ApprovalStore::addPending(const ActArgs& args) {
    m_db.prepare(QStringLiteral(
                     "INSERT INTO approval_pending(cid, doc, args, created_at) VALUES(?,?,?,?)"))
        .bind(1, args.cid)
        .bind(2, args.document)
        .bind(3, compact(args.toJson()))
        .bind(4, QDateTime::currentMSecsSinceEpoch())
        .run();
}

QList<ActArgs> ApprovalStore::pending(qint64 doc) {
    auto st =
        m_db.prepare(QStringLiteral("SELECT args FROM approval_pending WHERE doc=? ORDER BY id"));
    st.bind(1, doc);
    QList<ActArgs> acts;
    while (st.next())
        if (auto args = ActArgs::fromJson(objectOf(st.blob(0)))) acts.append(*args);
    return acts;
}

std::optional<qint64> ApprovalStore::removePending(const QString& cid) {
    auto st = m_db.prepare(QStringLiteral("SELECT doc FROM approval_pending WHERE cid=?"));
    st.bind(1, cid);
    if (!st.next()) return std::nullopt;
    const qint64 doc = st.int64(0);
    m_db.prepare(QStringLiteral("DELETE FROM approval_pending WHERE cid=?")).bind(1, cid).run();
    return doc;
}

} // namespace zt::approval
