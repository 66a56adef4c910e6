#include "ActionVerifier.h"
#include "approval/ApprovalProtocol.h"

namespace zt::server {

using crypto::ActionProblem;

std::optional<crypto::PublicKey> ActionVerifier::keyOf(qint64 actor,
                                                       const QByteArray& fingerprint) const {
    const auto key = m_storage.key(fingerprint);
    if (!key || key->userId != actor) return std::nullopt; // someone else's key signs nothing here
    return crypto::PublicKey::fromPem(key->publicKeyPem);
}

std::optional<SignatureRefusal> ActionVerifier::check(const crypto::SignedAction& action,
                                                      const ApprovalDocumentRecord& doc,
                                                      const QByteArray& lastSignature) const {
    // verifyChain checks an action against the one before it; the stored history was verified
    // when it was appended, so a stand-in carrying only the last signature takes its place.
    QList<crypto::SignedAction> chain;
    if (!lastSignature.isEmpty()) {
        crypto::SignedAction prior;
        prior.signature = lastSignature;
        chain.append(prior);
    }
    chain.append(action);
    const crypto::ChainExpectation expected{
        approval::signedDocumentId(doc.summary.id),
        approval::signedContentHash(doc.bodySm3, doc.bodySha256, doc.attachments, action.algorithm),
        {}};
    const crypto::ChainVerdict verdict = crypto::verifyChain(
        chain, [this](qint64 actor, const QByteArray& fp) { return keyOf(actor, fp); }, expected);
    namespace reason = approval::reason;
    switch (verdict.actions.last().problem) {
    case ActionProblem::None:
        return std::nullopt;
    case ActionProblem::UnknownKey:
        return SignatureRefusal{approval::errc::BadSignature, reason::UnknownKey};
    case ActionProblem::BrokenChain:
        return SignatureRefusal{approval::errc::BrokenChain, reason::BrokenChain};
    case ActionProblem::ContentMismatch:
        return SignatureRefusal{approval::errc::BadSignature, reason::ContentMismatch};
    case ActionProblem::BadSignature:
    case ActionProblem::WrongDocument:
        break;
    }
    return SignatureRefusal{approval::errc::BadSignature, reason::BadSignature};
}

} // namespace zt::server
