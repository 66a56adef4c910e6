#include "SigningKey.h"

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace zt::crypto {
namespace {

constexpr qsizetype kMaxPemSize = 64 * 1024; // keys are < 1 KiB; also keeps sizes within int
constexpr qsizetype kMaxSignatureSize = 256; // DER of two 256-bit integers is at most 72 bytes

struct BioFree {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
struct PkeyCtxFree {
    void operator()(EVP_PKEY_CTX* ctx) const { EVP_PKEY_CTX_free(ctx); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;

// Takes the first queued OpenSSL error and empties the queue: errors left behind would be picked
// up by the next OpenSSL user on this thread (Qt's TLS backend reads the same queue).
QString takeError(const char* what) {
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0) return QLatin1String(what);
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QStringLiteral("%1 (%2)").arg(QLatin1String(what), QLatin1String(text));
}

std::nullopt_t failed(QString* error, const char* what) {
    const QString message = takeError(what);
    if (error) *error = message;
    return std::nullopt;
}

// For failures that should not happen with a valid key (out of memory, a broken OpenSSL build).
QByteArray warnEmpty(const char* what) {
    qWarning("%s", qPrintable(takeError(what)));
    return {};
}

const EVP_MD* mdOf(SignatureAlgorithm algorithm) {
    return algorithm == SignatureAlgorithm::Sm2Sm3 ? EVP_sm3() : EVP_sha256();
}

// Which of our two algorithms a decoded key belongs to. An "EC" key on the SM2 curve is refused:
// OpenSSL would sign with ECDSA-over-SM3 on it, not SM2 (only keys typed "SM2" run SM2).
std::optional<SignatureAlgorithm> algorithmOf(const EVP_PKEY* key) {
    if (EVP_PKEY_is_a(key, "SM2")) return SignatureAlgorithm::Sm2Sm3;
    if (!EVP_PKEY_is_a(key, "EC")) return std::nullopt;
    char group[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                       &length) != 1) {
        ERR_clear_error();
        return std::nullopt;
    }
    if (qstrcmp(group, "prime256v1") == 0 || qstrcmp(group, "P-256") == 0)
        return SignatureAlgorithm::EcdsaP256Sha256;
    return std::nullopt;
}

// The SM2 distinguishing ID goes on the EVP_PKEY_CTX that EVP_DigestSign/VerifyInit created;
// OpenSSL 3 hashes it into Z on the first update, so setting it after the init is in time.
bool setSm2Id(EVP_PKEY_CTX* pctx, SignatureAlgorithm algorithm) {
    if (algorithm != SignatureAlgorithm::Sm2Sm3) return true;
    return EVP_PKEY_CTX_set1_id(pctx, kSm2DefaultId, int(sizeof kSm2DefaultId - 1)) == 1;
}

BioPtr readBio(const QByteArray& data) {
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

QByteArray bioContents(BIO* bio) {
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 ? QByteArray(data, qsizetype(length)) : QByteArray();
}

QByteArray subjectPublicKeyInfo(const EVP_PKEY* key) {
    const int length = i2d_PUBKEY(key, nullptr);
    if (length <= 0) return warnEmpty("i2d_PUBKEY");
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_PUBKEY(key, &out);
    return der;
}

// A private key prompts for a passphrase on the terminal when no callback is given; refuse.
int noPassphrase(char*, int, int, void*) {
    return -1;
}

} // namespace

QByteArray digest(SignatureAlgorithm algorithm, const QByteArray& data) {
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), out, &length, mdOf(algorithm), nullptr) !=
        1)
        return warnEmpty("EVP_Digest");
    return QByteArray(reinterpret_cast<const char*>(out), qsizetype(length));
}

// ---- PublicKey

PublicKey::PublicKey(std::shared_ptr<evp_pkey_st> key, SignatureAlgorithm algorithm)
    : m_key(std::move(key))
    , m_algorithm(algorithm)
    , m_fingerprint(m_key ? digest(algorithm, subjectPublicKeyInfo(m_key.get())) : QByteArray()) {
}

std::optional<PublicKey> PublicKey::fromPem(const QByteArray& pem, QString* error) {
    if (pem.isEmpty() || pem.size() > kMaxPemSize) return failed(error, "empty or oversized PEM");
    BioPtr bio = readBio(pem);
    EVP_PKEY* key = bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, noPassphrase, nullptr) : nullptr;
    if (!key) return failed(error, "not a PEM public key");
    std::shared_ptr<evp_pkey_st> owned(key, EVP_PKEY_free);
    const std::optional<SignatureAlgorithm> algorithm = algorithmOf(key);
    if (!algorithm) return failed(error, "not an SM2 or P-256 key");
    return PublicKey(std::move(owned), *algorithm);
}

QByteArray PublicKey::pem() const {
    if (!m_key) return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        return warnEmpty("PEM_write_bio_PUBKEY");
    return bioContents(bio.get());
}

bool PublicKey::verify(const QByteArray& message, const QByteArray& signature) const {
    if (!m_key || signature.isEmpty() || signature.size() > kMaxSignatureSize) return false;
    MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr; // owned by ctx
    const bool ok =
        ctx &&
        EVP_DigestVerifyInit(ctx.get(), &pctx, mdOf(m_algorithm), nullptr, m_key.get()) == 1 &&
        setSm2Id(pctx, m_algorithm) &&
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                         size_t(signature.size()),
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         size_t(message.size())) == 1;
    ERR_clear_error(); // a malformed signature queues a DER decoding error
    return ok;
}

// ---- SigningKey

void SigningKey::Free::operator()(evp_pkey_st* key) const {
    EVP_PKEY_free(key);
}

SigningKey::SigningKey(evp_pkey_st* key, SignatureAlgorithm algorithm)
    : m_key(key)
    , m_algorithm(algorithm) {
}

SigningKey SigningKey::generate(SignatureAlgorithm algorithm) {
    // "SM2" gives a key typed SM2; EVP_EC_gen("SM2") would give an EC key that signs ECDSA.
    EVP_PKEY* key = algorithm == SignatureAlgorithm::Sm2Sm3
                        ? EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2")
                        : EVP_EC_gen("P-256");
    if (!key) warnEmpty("key generation failed (no SM2 in this OpenSSL build?)");
    return SigningKey(key, algorithm);
}

std::optional<SigningKey> SigningKey::fromPrivateKeyPem(const QByteArray& pem, QString* error) {
    if (pem.isEmpty() || pem.size() > kMaxPemSize) return failed(error, "empty or oversized PEM");
    BioPtr bio = readBio(pem);
    EVP_PKEY* raw =
        bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr) : nullptr;
    if (!raw) return failed(error, "not an unencrypted PEM private key");
    SigningKey key(raw, SignatureAlgorithm::Sm2Sm3);
    const std::optional<SignatureAlgorithm> algorithm = algorithmOf(raw);
    if (!algorithm) return failed(error, "not an SM2 or P-256 key");
    key.m_algorithm = *algorithm;
    // A corrupted file can hold a public point that does not belong to the private scalar.
    PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, raw, nullptr));
    if (!check || EVP_PKEY_pairwise_check(check.get()) != 1)
        return failed(error, "inconsistent private key");
    return key;
}

QByteArray SigningKey::privateKeyPem() const {
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!m_key || !bio ||
        PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) !=
            1)
        return warnEmpty("PEM_write_bio_PrivateKey");
    return bioContents(bio.get());
}

QByteArray SigningKey::publicKeyPem() const {
    return m_key ? publicKey().pem() : QByteArray();
}

// A public-only copy (through DER), so a PublicKey handed around never carries the secret.
PublicKey SigningKey::publicKey() const {
    const QByteArray der = m_key ? subjectPublicKeyInfo(m_key.get()) : QByteArray();
    const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
    EVP_PKEY* key = der.isEmpty() ? nullptr : d2i_PUBKEY(nullptr, &in, long(der.size()));
    if (!key && m_key) warnEmpty("d2i_PUBKEY");
    return PublicKey(std::shared_ptr<evp_pkey_st>(key, EVP_PKEY_free), m_algorithm);
}

QByteArray SigningKey::fingerprint() const {
    return m_key ? digest(m_algorithm, subjectPublicKeyInfo(m_key.get())) : QByteArray();
}

QByteArray SigningKey::sign(const QByteArray& message) const {
    if (!m_key) return {};
    MdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr; // owned by ctx
    size_t length = size_t(EVP_PKEY_get_size(m_key.get()));
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    const bool ok =
        ctx && EVP_DigestSignInit(ctx.get(), &pctx, mdOf(m_algorithm), nullptr, m_key.get()) == 1 &&
        setSm2Id(pctx, m_algorithm) &&
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       size_t(message.size())) == 1;
    if (!ok) return warnEmpty("signing failed");
    signature.truncate(qsizetype(length));
    return signature;
}

} // namespace zt::crypto
