#include "ActionChain.h"

#include <QtEndian>
#include <limits>

namespace zt::crypto {
namespace {

// Canonical encoding, version 1. Everything is length-prefixed, so no two different actions
// encode to the same bytes (no separator to inject, no field boundary to shift):
//
//   "ZTSA"   4 bytes   magic: separates these bytes from anything else the same key signs
//   0x01     1 byte    encoding version; a new layout gets a new number, old ones stay verifiable
//   alg      1 byte    1 = SM2 with SM3, 2 = ECDSA P-256 with SHA-256 (fixed codes, not enum order)
//   then nine fields, each as a 4-byte big-endian length followed by that many bytes:
//     documentId (UTF-8), contentHash, step (UTF-8), action (UTF-8), opinion (UTF-8),
//     actorUserId (8 bytes, big-endian two's complement), timeMs (same),
//     previousSignature, publicKeyFingerprint
//
// Text is QString::toUtf8() without normalisation: the signer signs the characters it displayed.
// Empty and null values encode alike (length 0). `signature` is the one field not covered.
//
// Version 2 is version 1 with the version byte 2 and one more length-prefixed field at the end:
// `seal` (the placement of the actor's seal image, bound to the action). It is used exactly when
// `seal` is not empty, so every action without a seal keeps its version-1 bytes and signatures.
constexpr char kMagic[] = "ZTSA";
constexpr char kVersion = 1;
constexpr char kVersionWithSeal = 2;

char algorithmCode(SignatureAlgorithm algorithm) {
    switch (algorithm) {
    case SignatureAlgorithm::Sm2Sm3:
        return 1;
    case SignatureAlgorithm::EcdsaP256Sha256:
        return 2;
    }
    return 0;
}

bool appendField(QByteArray& out, const QByteArray& field) {
    if (field.size() > qsizetype(std::numeric_limits<quint32>::max())) return false;
    char length[4];
    qToBigEndian(quint32(field.size()), length);
    out.append(length, 4).append(field);
    return true;
}

QByteArray int64Bytes(qint64 value) {
    QByteArray bytes(8, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

ActionProblem check(const SignedAction& action, const SignedAction* prior,
                    const QString& documentId, const KeyLookup& keyOf,
                    const ChainExpectation& expected) {
    const std::optional<PublicKey> key =
        keyOf ? keyOf(action.actorUserId, action.publicKeyFingerprint) : std::nullopt;
    // The lookup is trusted to name the actor's key, but not to return the right one by accident.
    if (!key || action.publicKeyFingerprint.isEmpty() ||
        key->fingerprint() != action.publicKeyFingerprint)
        return ActionProblem::UnknownKey;
    const QByteArray signedBytes = canonicalBytes(action);
    if (key->algorithm() != action.algorithm || signedBytes.isEmpty() ||
        !key->verify(signedBytes, action.signature))
        return ActionProblem::BadSignature;
    if (action.previousSignature != (prior ? prior->signature : QByteArray()))
        return ActionProblem::BrokenChain;
    if (action.documentId != documentId) return ActionProblem::WrongDocument;
    if (!expected.contentHash.isEmpty() && action.contentHash != expected.contentHash)
        return ActionProblem::ContentMismatch;
    return ActionProblem::None;
}

} // namespace

QByteArray canonicalBytes(const SignedAction& action) {
    QByteArray out;
    out.reserve(6 + 9 * 4 + 16 + action.opinion.size() * 3 + 256);
    const bool sealed = !action.seal.isEmpty();
    out.append(kMagic, 4)
        .append(sealed ? kVersionWithSeal : kVersion)
        .append(algorithmCode(action.algorithm));
    const bool ok =
        appendField(out, action.documentId.toUtf8()) && appendField(out, action.contentHash) &&
        appendField(out, action.step.toUtf8()) && appendField(out, action.action.toUtf8()) &&
        appendField(out, action.opinion.toUtf8()) &&
        appendField(out, int64Bytes(action.actorUserId)) &&
        appendField(out, int64Bytes(action.timeMs)) && appendField(out, action.previousSignature) &&
        appendField(out, action.publicKeyFingerprint) && (!sealed || appendField(out, action.seal));
    return ok ? out : QByteArray();
}

bool sign(SignedAction& action, const SigningKey& key) {
    action.algorithm = key.algorithm();
    action.publicKeyFingerprint = key.fingerprint();
    const QByteArray bytes = canonicalBytes(action);
    action.signature = bytes.isEmpty() ? QByteArray() : key.sign(bytes);
    return !action.signature.isEmpty();
}

bool appendSigned(QList<SignedAction>& chain, SignedAction action, const SigningKey& key) {
    action.previousSignature = chain.isEmpty() ? QByteArray() : chain.last().signature;
    if (!sign(action, key)) return false;
    chain.append(std::move(action));
    return true;
}

ChainVerdict verifyChain(const QList<SignedAction>& chain, const KeyLookup& keyOf,
                         const ChainExpectation& expected) {
    ChainVerdict verdict;
    verdict.ok = true;
    const QString documentId = !expected.documentId.isEmpty() || chain.isEmpty()
                                   ? expected.documentId
                                   : chain.first().documentId;
    verdict.actions.reserve(chain.size());
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const SignedAction* prior = i > 0 ? &chain[i - 1] : nullptr;
        const ActionStatus status{check(chain[i], prior, documentId, keyOf, expected)};
        verdict.ok = verdict.ok && status.ok();
        verdict.actions.append(status);
    }
    if (!expected.headSignature.isEmpty()) {
        verdict.headMismatch = chain.isEmpty() || chain.last().signature != expected.headSignature;
        verdict.ok = verdict.ok && !verdict.headMismatch;
    }
    return verdict;
}

} // namespace zt::crypto
