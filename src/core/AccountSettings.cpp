#include "AccountSettings.h"
#include "crypto/Kdf.h"

#include <QDir>

namespace zt::core {

AccountSettings::AccountSettings(const QString& profileDir)
    : m_settings(QDir(profileDir).filePath(QStringLiteral("zhengtong.ini")), QSettings::IniFormat) {
}

SavedAccount AccountSettings::load() const {
    m_settings.beginGroup(QStringLiteral("account"));
    SavedAccount a;
    a.server = m_settings.value(QStringLiteral("server")).toUrl();
    a.accountKey = m_settings.value(QStringLiteral("key")).toString();
    a.identity.userId = m_settings.value(QStringLiteral("userId")).toLongLong();
    a.identity.userName = m_settings.value(QStringLiteral("userName")).toString();
    a.identity.displayName = m_settings.value(QStringLiteral("displayName")).toString();
    m_settings.endGroup();
    return a;
}

void AccountSettings::save(const SavedAccount& a) {
    m_settings.beginGroup(QStringLiteral("account"));
    m_settings.setValue(QStringLiteral("server"), a.server);
    m_settings.setValue(QStringLiteral("key"), a.accountKey);
    m_settings.setValue(QStringLiteral("userId"), a.identity.userId);
    m_settings.setValue(QStringLiteral("userName"), a.identity.userName);
    m_settings.setValue(QStringLiteral("displayName"), a.identity.displayName);
    m_settings.endGroup();
    m_settings.sync();
}

void AccountSettings::clear() {
    m_settings.remove(QStringLiteral("account"));
    m_settings.sync();
}

QString AccountSettings::accountKeyFor(const QUrl& server, const QString& user) {
    const QByteArray id =
        server.toString(QUrl::RemovePath | QUrl::StripTrailingSlash).toUtf8() + '|' + user.toUtf8();
    return QString::fromLatin1(crypto::sha256(id).toHex().left(20));
}

} // namespace zt::core
