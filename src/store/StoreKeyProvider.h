#pragma once
// Finds the raw 256-bit key of an account's local database: from the keychain when there is one,
// otherwise derived from a passphrase the user chooses (scrypt, salt kept beside the database).
#include <QObject>

namespace zt::store {

class SecretStore;

class StoreKeyProvider : public QObject {
    Q_OBJECT
public:
    StoreKeyProvider(SecretStore& secrets, QObject* parent = nullptr);

    // accountDir holds store.db and keyinfo.json; accountKey names the keychain entry.
    void obtain(const QString& accountDir, const QString& accountKey);
    void supplyPassphrase(const QString& passphrase);
    // Forget how the key was kept (after the local cache was deleted).
    static void forget(const QString& accountDir);

signals:
    void keyReady(const QByteArray& key);
    void passphraseNeeded(bool creating);
    void failed(const QString& message);

private:
    void onKeychainRead(int status, const QByteArray& key, const QString& error);
    void createInKeychain();
    QString infoPath() const;
    QString dbPath() const;

    SecretStore& m_secrets;
    QString m_dir;
    QString m_accountKey;
    bool m_creating = false;
};

} // namespace zt::store
