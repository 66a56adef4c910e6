#pragma once
// Preferences of the desktop client: server address, language, start at log-in, notifications.
// Reads from and writes to UiSettings only when accepted.
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace zt::ui {

class UiSettings;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(UiSettings& settings, QWidget* parent = nullptr);

    void accept() override;

private:
    void load();

    UiSettings& m_settings;
    QLineEdit* m_server;
    QComboBox* m_language;
    QCheckBox* m_startAtLogin;
    QCheckBox* m_notifications;
};

} // namespace zt::ui
