// Seal images and annotations of approval documents (server schema version 8).
#include "SqliteApproval.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace zt::server {

namespace {

using K = QLatin1String;

// The geometry as in the wire form: {"x","y"} and, for a highlight, "rects".
QString shapeOf(const approval::Annotation& a) {
    const QJsonObject wire = a.toJson();
    QJsonObject shape{{K("x"), wire.value(K("x"))}, {K("y"), wire.value(K("y"))}};
    if (wire.contains(K("rects"))) shape.insert(K("rects"), wire.value(K("rects")));
    return QString::fromUtf8(QJsonDocument(shape).toJson(QJsonDocument::Compact));
}

void readShape(const QString& json, approval::Annotation& a) {
    const QJsonObject shape = QJsonDocument::fromJson(json.toUtf8()).object();
    a.x = shape.value(K("x")).toDouble();
    a.y = shape.value(K("y")).toDouble();
    for (const QJsonValue& v : shape.value(K("rects")).toArray()) {
        const QJsonArray r = v.toArray();
        a.rects.append(QRectF(r[0].toDouble(), r[1].toDouble(), r[2].toDouble(), r[3].toDouble()));
    }
}

} // namespace

void SqliteApproval::addSeal(qint64 userId, const QByteArray& hash, const QByteArray& png,
                             qint64 timeMs) {
    m_db
        .prepare(QStringLiteral(
            "INSERT OR IGNORE INTO approval_seals(user_id, hash, png, time) VALUES(?,?,?,?)"))
        .bind(1, userId)
        .bind(2, hash)
        .bind(3, png)
        .bind(4, timeMs)
        .run();
}

std::optional<QByteArray> SqliteApproval::seal(qint64 userId, const QByteArray& hash) {
    auto st =
        m_db.prepare(QStringLiteral("SELECT png FROM approval_seals WHERE user_id=? AND hash=?"));
    st.bind(1, userId).bind(2, hash);
    if (!st.next()) return std::nullopt;
    return st.blob(0);
}

bool SqliteApproval::documentShowsSeal(qint64 id, qint64 userId, const QByteArray& hash) {
    auto st = m_db.prepare(QStringLiteral("SELECT 1 FROM approval_action_seals WHERE "
                                          "document_id=? AND actor=? AND seal_hash=? LIMIT 1"));
    st.bind(1, id).bind(2, userId).bind(3, hash);
    return st.next();
}

qint64 SqliteApproval::addAnnotation(qint64 id, const approval::Annotation& a) {
    m_db.prepare(QStringLiteral("INSERT INTO approval_annotations(document_id, author, kind, "
                                "page, shape, text, time) VALUES(?,?,?,?,?,?,?)"))
        .bind(1, id)
        .bind(2, a.author)
        .bind(3, int(a.kind))
        .bind(4, a.page)
        .bind(5, shapeOf(a))
        .bind(6, a.text)
        .bind(7, a.timeMs)
        .run();
    return m_db.lastInsertId();
}

std::optional<qint64> SqliteApproval::annotationAuthor(qint64 id, qint64 annotationId) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT author FROM approval_annotations WHERE document_id=? AND id=?"));
    st.bind(1, id).bind(2, annotationId);
    if (!st.next()) return std::nullopt;
    return st.int64(0);
}

void SqliteApproval::removeAnnotation(qint64 id, qint64 annotationId) {
    m_db.prepare(QStringLiteral("DELETE FROM approval_annotations WHERE document_id=? AND id=?"))
        .bind(1, id)
        .bind(2, annotationId)
        .run();
}

QList<approval::Annotation> SqliteApproval::annotations(qint64 id) {
    auto st = m_db.prepare(QStringLiteral("SELECT id, author, kind, page, shape, text, time FROM "
                                          "approval_annotations WHERE document_id=? ORDER BY id"));
    st.bind(1, id);
    QList<approval::Annotation> out;
    while (st.next()) {
        approval::Annotation a;
        a.id = st.int64(0);
        a.author = st.int64(1);
        a.kind = approval::AnnotationKind(st.int64(2));
        a.page = int(st.int64(3));
        readShape(st.text(4), a);
        a.text = st.text(5);
        a.timeMs = st.int64(6);
        out.append(a);
    }
    return out;
}

int SqliteApproval::annotationCount(qint64 id) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM approval_annotations WHERE document_id=?"));
    st.bind(1, id);
    return st.next() ? int(st.int64(0)) : 0;
}

} // namespace zt::server
