#pragma once
// Asymmetric signatures for document approval: SM2 with SM3 (GB/T 32918, the national standard)
// and ECDSA P-256 with SHA-256 (for peers outside the GM/T world). Keys travel as PEM (PKCS#8
// private, SubjectPublicKeyInfo public); signatures are DER SEQUENCE { r, s } as OpenSSL and every
// other GM/T and X9.62 implementation produce them.
//
// SM2 signs over SM3(Z || message) where Z hashes the signer's distinguishing ID and public key.
// OpenSSL 3.0 uses an EMPTY ID unless told otherwise, which no other SM2 implementation verifies;
// we always set the GB/T 32918 / GM/T 0009 default ID below, on both sides.
#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

struct evp_pkey_st; // OpenSSL's EVP_PKEY; the header stays free of OpenSSL includes

namespace zt::crypto {

enum class SignatureAlgorithm { Sm2Sm3, EcdsaP256Sha256 };

inline constexpr char kSm2DefaultId[] = "1234567812345678";

// The algorithm's hash: SM3 for SM2, SHA-256 for ECDSA (32 bytes either way).
QByteArray digest(SignatureAlgorithm algorithm, const QByteArray& data);

class PublicKey {
public:
    // Accepts "-----BEGIN PUBLIC KEY-----" PEM of an SM2 or P-256 key; anything else is refused.
    static std::optional<PublicKey> fromPem(const QByteArray& pem, QString* error = nullptr);

    bool isNull() const { return !m_key; } // only from a null SigningKey
    SignatureAlgorithm algorithm() const { return m_algorithm; }
    QByteArray pem() const;
    // digest(algorithm, SubjectPublicKeyInfo DER): how an action names the key that signed it.
    QByteArray fingerprint() const { return m_fingerprint; }
    // False for a wrong, truncated or malformed signature; never throws or crashes.
    bool verify(const QByteArray& message, const QByteArray& signature) const;

private:
    friend class SigningKey;
    PublicKey(std::shared_ptr<evp_pkey_st> key, SignatureAlgorithm algorithm);

    std::shared_ptr<evp_pkey_st> m_key; // shared: verification never modifies the key
    SignatureAlgorithm m_algorithm;
    QByteArray m_fingerprint; // computed once; verifyChain compares it for every action
};

// A private key. Movable, not copyable, so the secret has one owner; a moved-from key is null
// and sign() on it returns an empty signature.
class SigningKey {
public:
    static SigningKey generate(SignatureAlgorithm algorithm);
    // Unencrypted PKCS#8 PEM only: an encrypted one is refused rather than prompting on a tty.
    static std::optional<SigningKey> fromPrivateKeyPem(const QByteArray& pem,
                                                       QString* error = nullptr);

    SigningKey(SigningKey&&) noexcept = default;
    SigningKey& operator=(SigningKey&&) noexcept = default;
    SigningKey(const SigningKey&) = delete;
    SigningKey& operator=(const SigningKey&) = delete;
    ~SigningKey() = default;

    bool isNull() const { return !m_key; }
    SignatureAlgorithm algorithm() const { return m_algorithm; }
    QByteArray privateKeyPem() const; // the caller keeps it in the keychain, never on disk
    QByteArray publicKeyPem() const;
    PublicKey publicKey() const;
    QByteArray fingerprint() const;
    // DER signature of the message (hashed inside: SM3 with Z, or SHA-256); empty on failure.
    QByteArray sign(const QByteArray& message) const;

private:
    struct Free {
        void operator()(evp_pkey_st* key) const;
    };
    SigningKey(evp_pkey_st* key, SignatureAlgorithm algorithm);

    std::unique_ptr<evp_pkey_st, Free> m_key;
    SignatureAlgorithm m_algorithm;
};

} // namespace zt::crypto
