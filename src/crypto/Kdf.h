#pragma once
// Slow, salted key derivation (scrypt from OpenSSL) for passwords and passphrases.
#include <QByteArray>
#include <QString>

namespace zt::crypto {

struct ScryptParams {
    int logN = 15; // N = 2^15: 32 MiB and roughly 0.1 s per derivation on one core
    int r = 8;
    int p = 1;
};

QByteArray randomBytes(int count);

// Raw derivation; returns an empty array when OpenSSL refuses the parameters.
QByteArray scrypt(const QByteArray& secret, const QByteArray& salt, const ScryptParams& params,
                  int length);

// Self-describing password hash: "scrypt$logN$r$p$<salt b64>$<hash b64>".
QString hashPassword(const QString& password, const ScryptParams& params = {});
bool verifyPassword(const QString& password, const QString& encoded);

// Equal-time comparison, so timing does not leak how much of a secret matched.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

QByteArray sha256(const QByteArray& data);

} // namespace zt::crypto
