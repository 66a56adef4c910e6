#include "UiSettings.h"

#include <QDir>

namespace zt::ui {

namespace {
// Keys are full paths so that no code path can leave a group open by mistake.
const QString kServer = QStringLiteral("ui/server");
const QString kLastUser = QStringLiteral("ui/lastUser");
const QString kLanguage = QStringLiteral("ui/language");
const QString kStartAtLogin = QStringLiteral("ui/startAtLogin");
const QString kNotifications = QStringLiteral("ui/notifications");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
} // namespace

UiSettings::UiSettings(const QString& profileDir)
    : m_settings(QDir(profileDir).filePath(QStringLiteral("zhengtong.ini")), QSettings::IniFormat) {
}

QString UiSettings::server() const {
    return m_settings.value(kServer, QString::fromLatin1(kDefaultServer)).toString();
}

void UiSettings::setServer(const QString& url) {
    m_settings.setValue(kServer, url);
}

QString UiSettings::lastUser() const {
    return m_settings.value(kLastUser).toString();
}

void UiSettings::setLastUser(const QString& user) {
    m_settings.setValue(kLastUser, user);
}

QString UiSettings::language() const {
    return m_settings.value(kLanguage, QStringLiteral("system")).toString();
}

void UiSettings::setLanguage(const QString& language) {
    m_settings.setValue(kLanguage, language);
}

bool UiSettings::startAtLogin() const {
    return m_settings.value(kStartAtLogin, false).toBool();
}

void UiSettings::setStartAtLogin(bool on) {
    m_settings.setValue(kStartAtLogin, on);
}

bool UiSettings::notifications() const {
    return m_settings.value(kNotifications, true).toBool();
}

void UiSettings::setNotifications(bool on) {
    m_settings.setValue(kNotifications, on);
}

QByteArray UiSettings::windowGeometry() const {
    return m_settings.value(kGeometry).toByteArray();
}

QByteArray UiSettings::windowState() const {
    return m_settings.value(kState).toByteArray();
}

void UiSettings::setWindow(const QByteArray& geometry, const QByteArray& state) {
    m_settings.setValue(kGeometry, geometry);
    m_settings.setValue(kState, state);
}

} // namespace zt::ui
