#include "ChainCheck.h"

namespace zt::approval {

namespace {

crypto::KeyLookup keysOf(const GetResult& detail) {
    QList<std::pair<qint64, crypto::PublicKey>> keys;
    for (const KeyInfo& info : detail.keys)
        if (auto key = crypto::PublicKey::fromPem(info.publicKeyPem))
            keys.append({info.user, *key});
    return [keys](qint64 user, const QByteArray& fingerprint) -> std::optional<crypto::PublicKey> {
        for (const auto& [owner, key] : keys)
            if (owner == user && key.fingerprint() == fingerprint) return key;
        return std::nullopt;
    };
}

QByteArray bodyHashFor(const GetResult& detail, crypto::SignatureAlgorithm algorithm) {
    return signedContentHash(detail.bodySm3, detail.bodySha256, detail.attachments, algorithm);
}

} // namespace

ChainReport checkHistory(const GetResult& detail) {
    QList<crypto::SignedAction> chain;
    for (const RecordedAction& action : detail.actions)
        chain.append(action.signedAction);
    const crypto::ChainVerdict verdict =
        crypto::verifyChain(chain, keysOf(detail), {signedDocumentId(detail.summary.id), {}, {}});
    ChainReport report;
    report.ok = chain.isEmpty() || verdict.ok;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        crypto::ActionProblem problem = i < verdict.actions.size()
                                            ? verdict.actions.at(i).problem
                                            : crypto::ActionProblem::BadSignature;
        // Each algorithm signs its own hash of the body: SM3 for SM2, SHA-256 for ECDSA.
        if (problem == crypto::ActionProblem::None &&
            chain.at(i).contentHash != bodyHashFor(detail, chain.at(i).algorithm))
            problem = crypto::ActionProblem::ContentMismatch;
        report.ok = report.ok && problem == crypto::ActionProblem::None;
        report.verdicts.append(problem);
    }
    return report;
}

} // namespace zt::approval
