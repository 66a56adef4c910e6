#include "ShellController.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "PassphraseDialog.h"
#include "UiLog.h"
#include "UiSettings.h"
#include "contacts/ContactsPane.h"
#include "messages/MessagesPane.h"

#include <utility>

namespace zt::ui {

using Status = core::ClientCore::Status;

namespace {

// Errors that mean the user has to type the password again.
bool needsPassword(const QString& code) {
    return code == QLatin1String("bad_credentials") || code == QLatin1String("token_expired") ||
           code == QLatin1String("token_invalid");
}

} // namespace

ShellController::ShellController(core::ClientCore* core, UiSettings& settings, QObject* parent)
    : QObject(parent)
    , m_core(core)
    , m_settings(settings)
    , m_main(std::make_unique<MainWindow>(core, settings))
    , m_login(std::make_unique<LoginDialog>())
    , m_passphrase(std::make_unique<PassphraseDialog>()) {
    // All of these arrive queued from the core thread.
    connect(core, &core::ClientCore::ready, this, &ShellController::onReady);
    connect(core, &core::ClientCore::signInFailed, this, &ShellController::onSignInFailed);
    connect(core, &core::ClientCore::passphraseRequired, this,
            &ShellController::onPassphraseRequired);
    connect(core, &core::ClientCore::statusChanged, this, &ShellController::onStatusChanged);
    connect(m_login.get(), &LoginDialog::signInRequested, this, &ShellController::requestSignIn);
    connect(m_login.get(), &QDialog::rejected, this, &ShellController::onLoginRejected);
    connect(m_passphrase.get(), &QDialog::finished, this, &ShellController::onPassphraseFinished);
    connect(m_main.get(), &MainWindow::quitRequested, this, &ShellController::quitRequested);
    connect(m_main.get(), &MainWindow::signOutRequested, this,
            [core] { QMetaObject::invokeMethod(core, [core] { core->signOut(false); }); });
}

ShellController::~ShellController() = default;

void ShellController::start(const ShellOptions& options) {
    m_autoPassphrase = options.passphrase;
    prefillLogin(options);
    if (!options.user.isEmpty() && !options.password.isEmpty()) {
        qCInfo(lcUi) << "signing in as" << options.user << "from the command line";
        requestSignIn(QUrl(m_login->server()), options.user, options.password, true);
        return;
    }
    resumeOrAsk();
}

void ShellController::prefillLogin(const ShellOptions& options) {
    m_login->setServer(options.server.isEmpty() ? m_settings.server() : options.server);
    m_login->setUser(options.user.isEmpty() ? m_settings.lastUser() : options.user);
}

void ShellController::resumeOrAsk() {
    // resumeSaved() answers on the core thread; its result comes back as a queued call.
    QMetaObject::invokeMethod(m_core, [core = m_core, self = this] {
        const bool resumed = core->resumeSaved();
        QMetaObject::invokeMethod(
            self,
            [self, resumed] {
                qCInfo(lcUi) << (resumed ? "resuming the remembered account" : "nothing to resume");
                if (!resumed) self->showLogin();
            },
            Qt::QueuedConnection);
    });
}

void ShellController::showLogin() {
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
}

void ShellController::requestSignIn(const QUrl& server, const QString& user,
                                    const QString& password, bool remember) {
    m_settings.setServer(server.toString());
    m_settings.setLastUser(user);
    m_settings.sync();
    m_login->setBusy(true);
    QMetaObject::invokeMethod(m_core, [core = m_core, server, user, password, remember] {
        core->signIn(server, user, password, remember);
    });
}

void ShellController::onReady() {
    m_storeOpen = true;
    // Show the main window before hiding the dialog, so a window is always on screen.
    const bool first = !m_main->isVisible();
    m_main->show();
    if (first) emit mainWindowShown();
    m_login->setBusy(false);
    m_login->hide();
    fetchAccount();
}

void ShellController::fetchAccount() {
    QMetaObject::invokeMethod(m_core, [core = m_core, window = m_main.get()] {
        const protocol::AuthResult account = core->account();
        QMetaObject::invokeMethod(
            window, [window, account] { window->setAccount(account.userId, account.displayName); },
            Qt::QueuedConnection);
    });
}

void ShellController::onSignInFailed(const QString& code, const QString& message) {
    qCInfo(lcUi) << "sign-in failed:" << code << message;
    m_login->setBusy(false);
    m_login->showError(code, message);
    // While working offline in the main window, a transient problem is a notice, not a dialog.
    if (m_storeOpen && !needsPassword(code)) {
        const QString headline = LoginDialog::describe(code);
        m_main->showNotice(headline.isEmpty() ? message : headline);
        return;
    }
    showLogin();
}

void ShellController::onPassphraseRequired(bool creating, const QString& error) {
    if (!m_autoPassphrase.isEmpty() && error.isEmpty()) {
        // Answer once from the command line; a wrong one falls back to asking the user.
        QMetaObject::invokeMethod(m_core, [core = m_core, p = std::exchange(m_autoPassphrase, {})] {
            core->supplyPassphrase(p);
        });
        return;
    }
    m_passphrase->prepare(creating, error);
    m_passphrase->show();
    m_passphrase->raise();
    m_passphrase->activateWindow();
}

void ShellController::onPassphraseFinished(int result) {
    if (result == QDialog::Accepted) {
        QMetaObject::invokeMethod(
            m_core, [core = m_core, p = m_passphrase->passphrase()] { core->supplyPassphrase(p); });
        return;
    }
    // Without the passphrase the local cache stays closed; stop connecting and start over.
    QMetaObject::invokeMethod(m_core, [core = m_core] { core->goOffline(); });
    m_login->setBusy(false);
    m_login->showError(QString(), tr("The local cache stays locked without its passphrase."));
    showLogin();
}

void ShellController::onStatusChanged(Status status) {
    if (status != Status::SignedOut || !m_storeOpen) return;
    // Signed out from the menu: back to the login dialog.
    m_storeOpen = false;
    m_main->messagesPane()->detach();
    m_main->contactsPane()->detach();
    showLogin();
    m_main->hide();
}

void ShellController::onLoginRejected() {
    if (!m_storeOpen) emit quitRequested(); // nothing else to show
}

} // namespace zt::ui
