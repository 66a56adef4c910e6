#include "Kdf.h"

#include <QCryptographicHash>
#include <QStringList>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace zt::crypto {

QByteArray randomBytes(int count) {
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        qFatal("RAND_bytes failed: no entropy source"); // continuing would create guessable keys
    return out;
}

QByteArray scrypt(const QByteArray& secret, const QByteArray& salt, const ScryptParams& params,
                  int length) {
    if (params.logN < 10 || params.logN > 22 || params.r < 1 || params.p < 1 || length <= 0)
        return {};
    const quint64 n = quint64(1) << params.logN;
    const quint64 maxMem = 128 * quint64(params.r) * n * quint64(params.p) + (8u << 20);
    QByteArray out(length, Qt::Uninitialized);
    const int rc =
        EVP_PBE_scrypt(secret.constData(), size_t(secret.size()),
                       reinterpret_cast<const unsigned char*>(salt.constData()),
                       size_t(salt.size()), n, quint64(params.r), quint64(params.p), maxMem,
                       reinterpret_cast<unsigned char*>(out.data()), size_t(length));
    return rc == 1 ? out : QByteArray();
}

QString hashPassword(const QString& password, const ScryptParams& params) {
    const QByteArray salt = randomBytes(16);
    const QByteArray hash = scrypt(password.toUtf8(), salt, params, 32);
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(params.logN)
        .arg(params.r)
        .arg(params.p)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

bool verifyPassword(const QString& password, const QString& encoded) {
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 6 || parts[0] != QLatin1String("scrypt")) return false;
    const ScryptParams params{parts[1].toInt(), parts[2].toInt(), parts[3].toInt()};
    const QByteArray salt = QByteArray::fromBase64(parts[4].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[5].toLatin1());
    const QByteArray actual = scrypt(password.toUtf8(), salt, params, int(expected.size()));
    return !actual.isEmpty() && constantTimeEquals(actual, expected);
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b) {
    return a.size() == b.size() &&
           CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QByteArray sha256(const QByteArray& data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace zt::crypto
