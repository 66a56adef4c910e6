#pragma once
// A signed-in desktop client for offscreen UI tests: the client core on its own thread and the
// shell signed in through its real flow (login, passphrase, main window) against a test server,
// in a temporary profile without keychain.
#include "shell/CoreThread.h"

#include <QStringList>
#include <QTemporaryDir>
#include <memory>

class QWidget;

namespace zt::ui {
class MainWindow;
class ShellController;
class UiSettings;
} // namespace zt::ui

namespace zt::test {

inline constexpr int kUiNetTimeoutMs = 20'000;

class UiTestSession {
public:
    UiTestSession();
    ~UiTestSession(); // stop()

    // Starts the core and signs in `user` with the demo password; true once the main window
    // is on screen (the local store is open and the panes are attached).
    bool signIn(const QString& serverUrl, const QString& user);
    // Ends the core thread first: the core must not post to widgets that are being destroyed.
    void stop();

    core::ClientCore* core() const { return m_coreThread.core(); }
    ui::ShellController* shell() const { return m_shell.get(); }
    ui::MainWindow* mainWindow() const;

private:
    QTemporaryDir m_profile;
    std::unique_ptr<ui::UiSettings> m_settings;
    ui::CoreThread m_coreThread;
    std::unique_ptr<ui::ShellController> m_shell;
};

// Every control reachable with Tab must say what it is to a screen reader (buttons say it with
// their text); lists the ones that do not, as "Class#objectName".
QStringList unnamedFocusableControls(QWidget* root);

// Opt-in: ZT_SCREENSHOT_DIR=/some/dir writes name.png of the window there, for review.
void screenshot(QWidget* window, const char* name);

} // namespace zt::test
