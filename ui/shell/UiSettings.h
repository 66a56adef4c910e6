#pragma once
// The shell's own preferences, kept in the profile's zhengtong.ini under the groups "ui" and
// "window". The group "account" in the same file belongs to the client core; never touch it.
#include <QSettings>

namespace zt::ui {

class UiSettings {
public:
    static constexpr auto kDefaultServer = "ws://127.0.0.1:8765";

    explicit UiSettings(const QString& profileDir);

    QString server() const;
    void setServer(const QString& url);
    QString lastUser() const;
    void setLastUser(const QString& user);
    QString language() const; // "system", "zh_CN", "zh_TW" or "en"
    void setLanguage(const QString& language);
    bool startAtLogin() const;
    void setStartAtLogin(bool on);
    bool notifications() const;
    void setNotifications(bool on);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray& geometry, const QByteArray& state);

    void sync() { m_settings.sync(); }
    QString fileName() const { return m_settings.fileName(); }

private:
    mutable QSettings m_settings;
};

} // namespace zt::ui
