#pragma once
// Signed workflow actions on one document (issue 5 §3), linked into a hash chain: each action
// signs the previous action's signature, so deleting, reordering, inserting or editing any action
// breaks verification of the next one. What the chain alone cannot show is a removed LAST action;
// pass the head signature recorded elsewhere (ChainExpectation::headSignature) to catch that.
#include "SigningKey.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace zt::crypto {

struct SignedAction {
    QString documentId;
    QByteArray contentHash; // hash of the PDF body + attachments the actor saw (opaque here)
    QString step;           // workflow step, e.g. "division-review"
    QString action;         // e.g. "approve", "return", "countersign"
    QString opinion;        // the actor's written opinion (批示意见), verbatim
    qint64 actorUserId = 0;
    qint64 timeMs = 0; // UTC milliseconds since the epoch: no time zone in what is signed
    QByteArray previousSignature; // empty for the first action of a document
    SignatureAlgorithm algorithm = SignatureAlgorithm::Sm2Sm3;
    QByteArray signature; // over canonicalBytes(); the only field not covered by it
    QByteArray publicKeyFingerprint;
    // Optional signed extra: the canonical text of a seal placement bound to this action
    // (approval::SealPlacement::signedText()). Empty: none, and the action encodes exactly as
    // before (encoding version 1); non-empty: encoding version 2 with it as a tenth field.
    QByteArray seal;
};

// The exact bytes that are signed; empty if a field is too large to encode (> 4 GiB).
QByteArray canonicalBytes(const SignedAction& action);

// Sets algorithm and fingerprint from the key, then signs. The caller sets previousSignature
// (or uses appendSigned). False if signing failed; the action's signature is then empty.
bool sign(SignedAction& action, const SigningKey& key);

// Links the action to the chain's last signature, signs it and appends it.
bool appendSigned(QList<SignedAction>& chain, SignedAction action, const SigningKey& key);

enum class ActionProblem {
    None,
    UnknownKey,    // keyOf found no key for (actor, fingerprint), or one with another fingerprint
    BadSignature,  // the signature does not verify over the canonical bytes
    BrokenChain,   // previousSignature is not the prior action's signature (or the first's is set)
    WrongDocument, // documentId differs from the expected one (or the first action's)
    ContentMismatch, // contentHash differs from the expected content hash
};

struct ActionStatus {
    ActionProblem problem = ActionProblem::None; // the first problem found, in enum order
    bool ok() const { return problem == ActionProblem::None; }
};

struct ChainExpectation {
    QString documentId;       // empty: every action must carry the first action's documentId
    QByteArray contentHash;   // empty: not checked; otherwise every action must have signed it
    QByteArray headSignature; // empty: not checked; otherwise the last action's signature
};

struct ChainVerdict {
    bool ok = false;             // every action ok and, if expected, the head matched
    bool headMismatch = false;   // the chain does not end at ChainExpectation::headSignature
    QList<ActionStatus> actions; // one per input action, same order
};

// The public key an actor used, looked up by user and fingerprint (the directory, a cache...).
using KeyLookup =
    std::function<std::optional<PublicKey>(qint64 actorUserId, const QByteArray& fingerprint)>;

ChainVerdict verifyChain(const QList<SignedAction>& chain, const KeyLookup& keyOf,
                         const ChainExpectation& expected = {});

} // namespace zt::crypto
