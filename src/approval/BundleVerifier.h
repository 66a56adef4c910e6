#pragma once
// Offline verification of an exported approval bundle (docs/protocol.md §14 "Export bundle"):
// every signature and the hash chain with crypto::verifyChain and the public keys the bundle
// carries, each action's signed content hash against the hash of the body the bundle carries,
// the history's recorded length and last signature, and the seal images it embeds against the
// SHA-256 each placement signed. Needs nothing but the bundle itself; never throws, never crashes
// on damaged input (a clear error instead).
#include "ApprovalProtocol.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace zt::approval {

inline const QString kBundleFormat = QStringLiteral("zhengtong-approval-bundle");
inline constexpr int kBundleVersion = 1;

// What was found about one action, the first problem in this order.
enum class ActionCheck {
    Verified,
    UnknownKey,      // no key in the bundle for (actor, fingerprint)
    BadSignature,    // the signature does not verify over the signed fields
    BrokenChain,     // previousSignature is not the prior action's signature
    WrongDocument,   // signed for another document
    ContentMismatch, // signed another body than the one in the bundle
    OutOfSequence,   // its seq is not its place in the history
};
QString actionCheckText(ActionCheck check); // translated, for people

// What was found about the image of the seal an action placed. A missing image is a warning
// (the placement is still signed; only the picture cannot be shown); an image that does not hash
// to the name the signature covers is a failure: it is not the seal that was signed.
enum class SealCheck {
    NoSeal,
    ImageVerified, // the embedded PNG hashes to the signed sealHash
    ImageMissing,  // the bundle carries no image of that name
    ImageMismatch, // an image of that name is there, but it is another picture (or damaged)
};
QString sealCheckText(SealCheck check); // translated, for people

struct ActionVerdict {
    RecordedAction action;
    ActionCheck check = ActionCheck::Verified;
    QJsonObject seal; // the action's seal placement as exported; empty: none
    SealCheck sealCheck = SealCheck::NoSeal;
    QByteArray sealPng; // the verified image when sealCheck is ImageVerified
    bool ok() const { return check == ActionCheck::Verified; }
};

struct BundleCheck {
    bool readable = false; // false: not a bundle, or damaged; see error
    QString error;
    GetResult detail;             // the document as exported (actions carry their documentId)
    QHash<qint64, QString> names; // display names the exporter knew; may be empty
    qint64 exportedMs = 0;
    qint64 exportedBy = 0; // user id, 0 if unknown
    QByteArray body;
    QByteArray bodySm3; // computed from body
    QByteArray bodySha256;
    bool bodyOk = false;    // the body matches the document's hashes and the recorded size
    bool historyOk = false; // the history has the recorded length and ends at the recorded head
    QList<ActionVerdict> actions;
    QStringList badSealImages; // names (base64 sealHash) of embedded images that are not that image
    bool ok() const;           // readable, body, history and seal images ok, every action verified
    int failedActions() const;
    int missingSealImages() const; // placements whose image the bundle lacks: a warning only
    bool sealImagesOk() const { return badSealImages.isEmpty(); }
};

BundleCheck verifyBundle(const QByteArray& bundleJson);
BundleCheck verifyBundleFile(const QString& path); // unreadable file: readable false, error set

} // namespace zt::approval
