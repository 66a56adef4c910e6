#pragma once
// Drives the sign-in flow between the windows and the client core: resume the remembered
// account or show the login dialog, answer passphrase questions, show the main window once the
// local store is open, and go back to the login dialog after signing out or a refused session.
#include "core/ClientCore.h"

#include <QObject>
#include <QUrl>
#include <memory>

namespace zt::ui {

class LoginDialog;
class MainWindow;
class PassphraseDialog;
class UiSettings;

struct ShellOptions {
    QString server;     // prefills the login dialog; empty: the saved or default address
    QString user;       // prefills the login dialog
    QString password;   // with user: sign in at once, without showing the dialog
    QString passphrase; // answers the first passphrase question (demo and tests)
};

class ShellController : public QObject {
    Q_OBJECT
public:
    ShellController(core::ClientCore* core, UiSettings& settings, QObject* parent = nullptr);
    ~ShellController() override;

    void start(const ShellOptions& options);

    LoginDialog* loginDialog() const { return m_login.get(); }
    PassphraseDialog* passphraseDialog() const { return m_passphrase.get(); }
    MainWindow* mainWindow() const { return m_main.get(); }

signals:
    void quitRequested();
    void mainWindowShown(); // first time the main window is on screen (startup probe)

private:
    void prefillLogin(const ShellOptions& options);
    void showLogin();
    void requestSignIn(const QUrl& server, const QString& user, const QString& password,
                       bool remember);
    void resumeOrAsk();
    void onReady();
    void onSignInFailed(const QString& code, const QString& message);
    void onPassphraseRequired(bool creating, const QString& error);
    void onPassphraseFinished(int result);
    void onStatusChanged(core::ClientCore::Status status);
    void onLoginRejected();
    void fetchAccount();

    core::ClientCore* m_core;
    UiSettings& m_settings;
    std::unique_ptr<MainWindow> m_main;
    std::unique_ptr<LoginDialog> m_login;
    std::unique_ptr<PassphraseDialog> m_passphrase;
    QString m_autoPassphrase;
    bool m_storeOpen = false; // ready() arrived: the main window is the user's place
};

} // namespace zt::ui
