#pragma once
// The remembered account (server, user, ids) in the profile's settings file. Never secrets:
// tokens and keys live in the keychain.
#include "protocol/Ops.h"

#include <QSettings>
#include <QUrl>

namespace zt::core {

struct SavedAccount {
    QUrl server;
    QString accountKey;
    protocol::AuthResult identity; // without token
    bool isValid() const {
        return server.isValid() && !accountKey.isEmpty() && identity.userId > 0;
    }
};

class AccountSettings {
public:
    explicit AccountSettings(const QString& profileDir);
    SavedAccount load() const;
    void save(const SavedAccount& account);
    void clear();
    static QString accountKeyFor(const QUrl& server, const QString& user);

private:
    mutable QSettings m_settings;
};

} // namespace zt::core
