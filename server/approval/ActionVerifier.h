#pragma once
// Checks an incoming signed action against the actor's published key, the document's chain and
// its stored body before it may join the history. Uses crypto::verifyChain; no crypto of its own.
#include "crypto/ActionChain.h"
#include "storage/ApprovalStorage.h"

#include <optional>

namespace zt::server {

struct SignatureRefusal {
    QString code;   // approval::errc::BadSignature or BrokenChain
    QString reason; // approval::reason::*
};

class ActionVerifier {
public:
    explicit ActionVerifier(ApprovalStorage& storage)
        : m_storage(storage) {}

    // nullopt when the action is signed by the actor's key, links to lastSignature and signs
    // the document's body hash for its algorithm.
    std::optional<SignatureRefusal> check(const crypto::SignedAction& action,
                                          const ApprovalDocumentRecord& doc,
                                          const QByteArray& lastSignature) const;

private:
    std::optional<crypto::PublicKey> keyOf(qint64 actor, const QByteArray& fingerprint) const;
    ApprovalStorage& m_storage;
};

} // namespace zt::server
