#include "ApprovalMarks.h"
#include "protocol/Ops.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QtEndian>
#include <cmath>
#include <limits>

namespace zt::approval {
namespace {

using K = QLatin1String;

constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();

QString b64(const QByteArray& bytes) {
    return QString::fromLatin1(bytes.toBase64());
}

std::optional<QByteArray> strictB64(const QJsonValue& v, qsizetype maxBytes) {
    if (!v.isString() || v.toString().size() > (maxBytes / 3 + 1) * 4) return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) return std::nullopt;
    return *decoded;
}

std::optional<qint64> integer(const QJsonObject& o, const char* key, qint64 min, qint64 max,
                              std::optional<qint64> fallback = std::nullopt) {
    const QJsonValue v = o.value(K(key));
    if (v.isUndefined()) return fallback;
    if (!v.isDouble() || v.toDouble() != double(v.toInteger())) return std::nullopt;
    if (v.toInteger() < min || v.toInteger() > max) return std::nullopt;
    return v.toInteger();
}

// A normalised page coordinate: a finite number in [0, 1].
std::optional<double> unit(const QJsonValue& v) {
    if (!v.isDouble() || !std::isfinite(v.toDouble())) return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d > 1) return std::nullopt;
    return d;
}

std::optional<QRectF> rectFromJson(const QJsonValue& v) {
    const QJsonArray a = v.toArray();
    if (a.size() != 4) return std::nullopt;
    const auto x = unit(a[0]), y = unit(a[1]), w = unit(a[2]), h = unit(a[3]);
    constexpr double kSlack = 1e-9;
    if (!x || !y || !w || !h || *w <= 0 || *h <= 0 || *x + *w > 1 + kSlack || *y + *h > 1 + kSlack)
        return std::nullopt;
    return QRectF(*x, *y, *w, *h);
}

std::optional<AnnotationKind> kindFromName(const QString& name) {
    if (name == annotationKindName(AnnotationKind::Note)) return AnnotationKind::Note;
    if (name == annotationKindName(AnnotationKind::Highlight)) return AnnotationKind::Highlight;
    return std::nullopt;
}

} // namespace

QByteArray sealHashOf(const QByteArray& png) {
    return QCryptographicHash::hash(png, QCryptographicHash::Sha256);
}

bool isAcceptableSealPng(const QByteArray& png) {
    static const QByteArray kSignature = QByteArrayLiteral("\x89PNG\r\n\x1a\n");
    // Signature, then the IHDR chunk: length 13, "IHDR", width and height (big-endian).
    if (png.size() > kMaxSealBytes || png.size() < 33 || !png.startsWith(kSignature) ||
        png.mid(8, 8) != QByteArrayLiteral("\0\0\0\x0dIHDR"))
        return false;
    const quint32 width = qFromBigEndian<quint32>(png.constData() + 16);
    const quint32 height = qFromBigEndian<quint32>(png.constData() + 20);
    return width > 0 && height > 0 && width <= kMaxSealPixels && height <= kMaxSealPixels;
}

bool SealPlacement::isValid() const {
    return page >= 0 && page <= kMaxPageIndex && x >= 0 && x <= kPageUnits && y >= 0 &&
           y <= kPageUnits && width > 0 && width <= kPageUnits && sealHash.size() == 32;
}

QByteArray SealPlacement::signedText() const {
    return QStringLiteral("page=%1;x=%2;y=%3;width=%4;sealHash=%5")
        .arg(page)
        .arg(x)
        .arg(y)
        .arg(width)
        .arg(b64(sealHash))
        .toUtf8();
}

std::optional<SealPlacement> SealPlacement::fromSignedText(const QByteArray& text) {
    const QList<QByteArray> parts = text.split(';');
    if (parts.size() != 5) return std::nullopt;
    SealPlacement p;
    bool ok[4] = {false, false, false, false};
    const char* const names[] = {"page=", "x=", "y=", "width="};
    int* const fields[] = {&p.page, &p.x, &p.y, &p.width};
    for (int i = 0; i < 4; ++i)
        if (parts[i].startsWith(names[i]))
            *fields[i] = parts[i].mid(qsizetype(qstrlen(names[i]))).toInt(&ok[i]);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || !parts[4].startsWith("sealHash="))
        return std::nullopt;
    p.sealHash = QByteArray::fromBase64(parts[4].mid(9));
    // Only the canonical spelling: the same placement must always sign the same bytes.
    if (!p.isValid() || p.signedText() != text) return std::nullopt;
    return p;
}

QJsonObject SealPlacement::toJson() const {
    return {{K("page"), page},
            {K("x"), x},
            {K("y"), y},
            {K("width"), width},
            {K("sealHash"), b64(sealHash)}};
}

std::optional<SealPlacement> SealPlacement::fromJson(const QJsonValue& v) {
    const QJsonObject o = v.toObject();
    const auto page = integer(o, "page", 0, kMaxPageIndex);
    const auto x = integer(o, "x", 0, kPageUnits);
    const auto y = integer(o, "y", 0, kPageUnits);
    const auto width = integer(o, "width", 1, kPageUnits);
    const auto hash = strictB64(o.value(K("sealHash")), 64);
    if (!v.isObject() || !page || !x || !y || !width || !hash || hash->size() != 32)
        return std::nullopt;
    return SealPlacement{int(*page), int(*x), int(*y), int(*width), *hash};
}

QString annotationKindName(AnnotationKind kind) {
    return kind == AnnotationKind::Note ? QStringLiteral("note") : QStringLiteral("highlight");
}

QJsonObject Annotation::toJson() const {
    QJsonObject o{{K("id"), id},     {K("author"), author}, {K("kind"), annotationKindName(kind)},
                  {K("page"), page}, {K("x"), x},           {K("y"), y},
                  {K("text"), text}, {K("time"), timeMs}};
    if (kind == AnnotationKind::Highlight) {
        QJsonArray array;
        for (const QRectF& r : rects)
            array.append(QJsonArray{r.x(), r.y(), r.width(), r.height()});
        o.insert(K("rects"), array);
    }
    return o;
}

std::optional<Annotation> Annotation::fromJson(const QJsonObject& o) {
    Annotation a;
    const auto kind = kindFromName(o.value(K("kind")).toString());
    const auto page = integer(o, "page", 0, kMaxPageIndex);
    const auto x = unit(o.value(K("x")));
    const auto y = unit(o.value(K("y")));
    const QJsonValue text = o.value(K("text"));
    if (!kind || !page || !x || !y || !(text.isString() || text.isUndefined()) ||
        text.toString().size() > kMaxAnnotationText)
        return std::nullopt;
    a.id = o.value(K("id")).toInteger();
    a.author = o.value(K("author")).toInteger();
    a.kind = *kind;
    a.page = int(*page);
    a.x = *x;
    a.y = *y;
    a.text = text.toString();
    a.timeMs = o.value(K("time")).toInteger();
    if (a.kind == AnnotationKind::Note) {
        if (a.text.trimmed().isEmpty() || o.contains(K("rects"))) return std::nullopt;
        return a;
    }
    const QJsonArray rects = o.value(K("rects")).toArray();
    if (rects.isEmpty() || rects.size() > kMaxHighlightRects) return std::nullopt;
    for (const QJsonValue& r : rects) {
        const auto rect = rectFromJson(r);
        if (!rect) return std::nullopt;
        a.rects.append(*rect);
    }
    return a;
}

QJsonObject AnnotateArgs::toJson() const {
    if (remove > 0) return {{K("cid"), cid}, {K("doc"), document}, {K("remove"), remove}};
    QJsonObject o = annotation.toJson();
    o.remove(K("id"));
    o.remove(K("author"));
    o.remove(K("time"));
    o.insert(K("cid"), cid);
    o.insert(K("doc"), document);
    return o;
}

std::optional<AnnotateArgs> AnnotateArgs::fromJson(const QJsonObject& o) {
    const auto cid = protocol::writeId(o);
    const auto doc = integer(o, "doc", 1, kMaxId);
    const auto remove = integer(o, "remove", 1, kMaxId, 0);
    if (!cid || !doc || !remove) return std::nullopt;
    AnnotateArgs a;
    a.cid = *cid;
    a.document = *doc;
    a.remove = *remove;
    if (a.remove > 0) return a;
    QJsonObject fields = o;
    for (const char* ignored : {"id", "author", "time"})
        fields.remove(K(ignored));
    const auto annotation = Annotation::fromJson(fields);
    if (!annotation) return std::nullopt;
    a.annotation = *annotation;
    return a;
}

QJsonObject AnnotateResult::toJson() const {
    return {{K("id"), id}, {K("time"), timeMs}};
}

AnnotateResult AnnotateResult::fromJson(const QJsonObject& o) {
    return {o.value(K("id")).toInteger(), o.value(K("time")).toInteger()};
}

QJsonObject PublishSealArgs::toJson() const {
    return {{K("cid"), cid}, {K("png"), b64(png)}};
}

std::optional<PublishSealArgs> PublishSealArgs::fromJson(const QJsonObject& o) {
    const auto cid = protocol::writeId(o);
    const auto png = strictB64(o.value(K("png")), kMaxSealBytes);
    if (!cid || !png || png->isEmpty()) return std::nullopt;
    return PublishSealArgs{*cid, *png};
}

QJsonObject PublishSealResult::toJson() const {
    return {{K("sealHash"), b64(sealHash)}};
}

PublishSealResult PublishSealResult::fromJson(const QJsonObject& o) {
    return {QByteArray::fromBase64(o.value(K("sealHash")).toString().toLatin1())};
}

QJsonObject SealArgs::toJson() const {
    return {{K("doc"), document}, {K("user"), user}, {K("sealHash"), b64(sealHash)}};
}

std::optional<SealArgs> SealArgs::fromJson(const QJsonObject& o) {
    const auto doc = integer(o, "doc", 1, kMaxId);
    const auto user = integer(o, "user", 1, kMaxId);
    const auto hash = strictB64(o.value(K("sealHash")), 64);
    if (!doc || !user || !hash || hash->size() != 32) return std::nullopt;
    return SealArgs{*doc, *user, *hash};
}

QJsonObject SealResult::toJson() const {
    return {{K("png"), b64(png)}};
}

SealResult SealResult::fromJson(const QJsonObject& o) {
    return {QByteArray::fromBase64(o.value(K("png")).toString().toLatin1())};
}

} // namespace zt::approval
