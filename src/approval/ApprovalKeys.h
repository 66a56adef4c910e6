#pragma once
// The user's approval signing key pair on this computer (one per account).
//
// Generated on first use (SM2/SM3 by default, ECDSA P-256 selectable). Where the private key is
// kept:
// - with an OS keychain (SecretStore): entry "approval-key/<accountKey>", and only the public
//   half in the store (approval_own_keys.private_pem NULL);
// - without one (the keychain is unavailable, or a write is refused): in approval_own_keys of
//   the account's SQLCipher store. That file is already encrypted with the passphrase-derived key
//   the user types at every start (StoreKeyProvider), so the signing key is exactly as safe as
//   the cached documents it signs, and it is never written in clear to disk. A second
//   passphrase just for the key would add a prompt without adding protection on this path.
// If a keychain entry disappears, a new key is made; the old one stays published, so past
// signatures keep verifying.
//
// The public key is published with approval.publish_key through the outbox, queued in the same
// transaction as the first act that needs it, so the server always has it before that act.
#include "crypto/SigningKey.h"

#include <QObject>
#include <functional>
#include <optional>

namespace zt::store {
class Database;
class SecretStore;
} // namespace zt::store
namespace zt::sync {
class Outbox;
}

namespace zt::approval {

class ApprovalKeys : public QObject {
    Q_OBJECT
public:
    // key is null only when error is set. May be called synchronously.
    using Ready = std::function<void(const crypto::SigningKey* key, const QString& error)>;

    ApprovalKeys(store::Database& db, store::SecretStore& secrets, sync::Outbox& outbox,
                 QString accountKey, crypto::SignatureAlgorithm preferred,
                 QObject* parent = nullptr);
    ~ApprovalKeys() override;

    void withKey(Ready ready); // loads or generates the key, then calls ready
    // Inside the caller's transaction: queue approval.publish_key unless already queued or done.
    void enqueuePublishIfNeeded();
    bool isPublished(); // the server confirmed the current key
    QByteArray fingerprint() const;

signals:
    void publishFailed(const QString& message);

private:
    void load();
    void readFromKeychain(const QByteArray& fingerprint);
    void generate();
    void keep(crypto::SigningKey key, bool inKeychain);
    void finish(const QString& error);
    int publishedState(); // of the current key
    QString keychainEntry() const;

    store::Database& m_db;
    store::SecretStore& m_secrets;
    QString m_accountKey;
    crypto::SignatureAlgorithm m_preferred;
    std::optional<crypto::SigningKey> m_key;
    QList<Ready> m_waiting;
    bool m_loading = false;
};

} // namespace zt::approval
