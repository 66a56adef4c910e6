#pragma once
// Asynchronous access to the OS keychain (Secret Service, Windows Credential Manager, macOS
// Keychain) through QtKeychain. Never falls back to storing secrets in clear.
#include <QByteArray>
#include <QObject>
#include <functional>
#include <optional>

namespace zt::store {

enum class SecretStatus { Ok, NotFound, Unavailable, Failed };

class SecretStore : public QObject {
    Q_OBJECT
public:
    using ReadDone = std::function<void(SecretStatus, const QByteArray&, const QString& error)>;
    using WriteDone = std::function<void(SecretStatus, const QString& error)>;

    explicit SecretStore(const QString& service, QObject* parent = nullptr);

    void read(const QString& key, ReadDone done);
    void write(const QString& key, const QByteArray& secret, WriteDone done);
    void remove(const QString& key, WriteDone done);

    // Tests and kiosk installs can switch the keychain off to exercise the passphrase path.
    void setDisabled(bool disabled) { m_disabled = disabled; }

private:
    QString m_service;
    bool m_disabled = false;
};

} // namespace zt::store
