#include "StoreKeyProvider.h"
#include "SecretStore.h"
#include "crypto/Kdf.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcKeys, "zt.store.keys")

namespace zt::store {

namespace {

const QString kModeKeychain = QStringLiteral("keychain");
const QString kModePassphrase = QStringLiteral("passphrase");

QJsonObject readInfo(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeInfo(const QString& path, const QJsonObject& info) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return false;
    f.write(QJsonDocument(info).toJson());
    return f.commit();
}

} // namespace

StoreKeyProvider::StoreKeyProvider(SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets) {
}

QString StoreKeyProvider::infoPath() const {
    return QDir(m_dir).filePath(QStringLiteral("keyinfo.json"));
}
QString StoreKeyProvider::dbPath() const {
    return QDir(m_dir).filePath(QStringLiteral("store.db"));
}

void StoreKeyProvider::forget(const QString& accountDir) {
    QFile::remove(QDir(accountDir).filePath(QStringLiteral("keyinfo.json")));
}

void StoreKeyProvider::obtain(const QString& accountDir, const QString& accountKey) {
    m_dir = accountDir;
    m_accountKey = accountKey;
    QDir().mkpath(accountDir);
    const QJsonObject info = readInfo(infoPath());
    if (info.value(QStringLiteral("mode")).toString() == kModePassphrase) {
        m_creating = false;
        emit passphraseNeeded(false);
        return;
    }
    m_secrets.read(QStringLiteral("store-key/") + accountKey,
                   [this](SecretStatus s, const QByteArray& key, const QString& error) {
                       onKeychainRead(int(s), key, error);
                   });
}

void StoreKeyProvider::onKeychainRead(int statusValue, const QByteArray& key,
                                      const QString& error) {
    const auto status = SecretStatus(statusValue);
    const bool dbExists = QFile::exists(dbPath());
    if (status == SecretStatus::Ok && key.size() == 32) return emit keyReady(key);
    if (status == SecretStatus::NotFound && !dbExists) return createInKeychain();
    if ((status == SecretStatus::Unavailable || status == SecretStatus::Failed) && !dbExists) {
        qCInfo(lcKeys) << "no keychain; the local cache will be protected by a passphrase";
        m_creating = true;
        return emit passphraseNeeded(true);
    }
    qCWarning(lcKeys) << "cannot get the local cache key:" << error;
    emit failed(
        status == SecretStatus::NotFound
            ? tr("The key of this account's local cache is missing from the system keychain. "
                 "Delete the local cache and sign in again to rebuild it.")
            : tr("The system keychain could not be read: %1").arg(error));
}

void StoreKeyProvider::createInKeychain() {
    const QByteArray key = crypto::randomBytes(32);
    m_secrets.write(QStringLiteral("store-key/") + m_accountKey, key,
                    [this, key](SecretStatus s, const QString&) {
                        if (s == SecretStatus::Ok) {
                            writeInfo(infoPath(), {{QStringLiteral("mode"), kModeKeychain}});
                            emit keyReady(key);
                        } else {
                            m_creating = true;
                            emit passphraseNeeded(true);
                        }
                    });
}

void StoreKeyProvider::supplyPassphrase(const QString& passphrase) {
    QJsonObject info = readInfo(infoPath());
    if (m_creating || info.value(QStringLiteral("mode")).toString() != kModePassphrase) {
        const crypto::ScryptParams params;
        info = {{QStringLiteral("mode"), kModePassphrase},
                {QStringLiteral("kdf"), QStringLiteral("scrypt")},
                {QStringLiteral("logN"), params.logN},
                {QStringLiteral("r"), params.r},
                {QStringLiteral("p"), params.p},
                {QStringLiteral("salt"), QString::fromLatin1(crypto::randomBytes(16).toBase64())}};
        if (!writeInfo(infoPath(), info)) {
            emit failed(tr("Cannot write to the profile folder %1.").arg(m_dir));
            return;
        }
        m_creating = false;
    }
    const crypto::ScryptParams params{info.value(QStringLiteral("logN")).toInt(15),
                                      info.value(QStringLiteral("r")).toInt(8),
                                      info.value(QStringLiteral("p")).toInt(1)};
    const QByteArray salt =
        QByteArray::fromBase64(info.value(QStringLiteral("salt")).toString().toLatin1());
    const QByteArray key = crypto::scrypt(passphrase.toUtf8(), salt, params, 32);
    if (key.isEmpty()) {
        emit failed(tr("The key settings in %1 are damaged.").arg(infoPath()));
        return;
    }
    emit keyReady(key);
}

} // namespace zt::store
