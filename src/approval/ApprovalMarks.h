#pragma once
// Marks on an approval document (issue 5 §2): annotations (notes pinned to a page position,
// highlights) kept beside the PDF and shown to every reader, and seals (印章) — a user's seal
// image, published once, placed on a page by an approve act whose signature covers the placement.
// Wire forms of approval.annotate, approval.publish_seal and approval.seal; see docs/protocol.md
// §14 "Annotations" and "Seals".
#include "protocol/Frame.h"

#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <optional>

namespace zt::approval {

namespace op {
inline const QString Annotate = QStringLiteral("approval.annotate");
inline const QString PublishSeal = QStringLiteral("approval.publish_seal");
inline const QString Seal = QStringLiteral("approval.seal");
} // namespace op
namespace reason {
inline const QString UnknownSeal = QStringLiteral("unknown_seal"); // act: not the actor's seal
inline const QString NotAuthor = QStringLiteral("not_author");     // annotate remove
inline const QString TooManyAnnotations = QStringLiteral("too_many_annotations");
} // namespace reason

// Seal coordinates are integers in ten-thousandths of the page (exact in the signed bytes);
// annotation coordinates are plain normalised doubles (not signed).
inline constexpr int kPageUnits = 10000;
inline constexpr int kMaxPageIndex = 9999;
inline constexpr qsizetype kMaxSealBytes = 64 * 1024; // one PNG
inline constexpr int kMaxSealPixels = 1024;           // width and height
inline constexpr int kMaxAnnotationText = 500;
inline constexpr int kMaxHighlightRects = 20;
inline constexpr int kMaxAnnotations = 200; // per document, all authors

// SHA-256 of the PNG bytes: how a seal image is named.
QByteArray sealHashOf(const QByteArray& png);
// A PNG signature and an IHDR of at most kMaxSealPixels square, within kMaxSealBytes.
bool isAcceptableSealPng(const QByteArray& png);

// Where an approve act puts the actor's seal. Origin top left of the page, y downwards; (x, y)
// is the seal image's top-left corner and width its width, all in kPageUnits of the page's width
// (x, width) or height (y); the height follows the image's aspect ratio.
struct SealPlacement {
    int page = 0; // 0-based page index
    int x = 0;
    int y = 0;
    int width = 0;
    QByteArray sealHash; // sealHashOf(the PNG) of a seal the actor published
    bool isValid() const;
    QPointF position() const { return {double(x) / kPageUnits, double(y) / kPageUnits}; }
    double normalisedWidth() const { return double(width) / kPageUnits; }
    // What crypto::SignedAction::seal carries: "page=<p>;x=<x>;y=<y>;width=<w>;sealHash=<b64>".
    QByteArray signedText() const;
    static std::optional<SealPlacement> fromSignedText(const QByteArray& text);
    QJsonObject toJson() const;
    static std::optional<SealPlacement> fromJson(const QJsonValue& v); // nullopt if invalid
    bool operator==(const SealPlacement&) const = default;
};

enum class AnnotationKind { Note, Highlight };
QString annotationKindName(AnnotationKind kind); // "note", "highlight"

// A note pinned at (x, y) with text, or a highlight over rects (text optional), in normalised
// page coordinates (0..1, origin top left). id and time are the server's; a pending annotation
// (queued offline) has id 0 and its write's cid.
struct Annotation {
    qint64 id = 0;
    qint64 author = 0;
    AnnotationKind kind = AnnotationKind::Note;
    int page = 0;
    double x = 0;
    double y = 0;
    QString text;
    QList<QRectF> rects; // highlight only
    qint64 timeMs = 0;
    QString cid; // pending only, not on the wire
    QJsonObject toJson() const;
    static std::optional<Annotation> fromJson(const QJsonObject& o); // checks ranges
};

// approval.annotate: adds `annotation` (its id, author and time are ignored), or, with remove
// > 0, removes the caller's own annotation of that id.
struct AnnotateArgs {
    QString cid;
    qint64 document = 0;
    qint64 remove = 0;
    Annotation annotation;
    QJsonObject toJson() const;
    static std::optional<AnnotateArgs> fromJson(const QJsonObject& o);
};

struct AnnotateResult {
    qint64 id = 0; // the new (or removed) annotation
    qint64 timeMs = 0;
    QJsonObject toJson() const;
    static AnnotateResult fromJson(const QJsonObject& o);
};

struct PublishSealArgs {
    QString cid;
    QByteArray png;
    QJsonObject toJson() const;
    static std::optional<PublishSealArgs> fromJson(const QJsonObject& o);
};

struct PublishSealResult {
    QByteArray sealHash;
    QJsonObject toJson() const;
    static PublishSealResult fromJson(const QJsonObject& o);
};

// approval.seal: the image of a seal placed on a document the caller may read.
struct SealArgs {
    qint64 document = 0;
    qint64 user = 0;
    QByteArray sealHash;
    QJsonObject toJson() const;
    static std::optional<SealArgs> fromJson(const QJsonObject& o);
};

struct SealResult {
    QByteArray png;
    QJsonObject toJson() const;
    static SealResult fromJson(const QJsonObject& o);
};

} // namespace zt::approval
