#include "LoginDialog.h"
#include "AppIcon.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace zt::ui {

namespace {

QLineEdit* makeEdit(const QString& objectName, const QString& accessibleName, QWidget* parent) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

LoginDialog::LoginDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Sign in to Zhengtong"));
    setWindowIcon(appIcon());
    buildForm();
    setTabOrder(m_server, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_remember);
    setTabOrder(m_remember, m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void LoginDialog::buildForm() {
    m_server = makeEdit(QStringLiteral("serverEdit"), tr("Server address"), this);
    m_server->setPlaceholderText(QStringLiteral("wss://zhengtong.example.gov.cn"));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    // Room for a typical wss:// address, in font units so that it scales with the DPI.
    m_server->setMinimumWidth(m_server->fontMetrics().averageCharWidth() * 36);
    m_user = makeEdit(QStringLiteral("userEdit"), tr("User name"), this);
    m_user->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password = makeEdit(QStringLiteral("passwordEdit"), tr("Password"), this);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember me on this computer"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setAccessibleName(tr("Remember me"));
    m_remember->setChecked(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server address:"), m_server);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    // The error is selectable so that it can be copied into a support request.
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Sign-in error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_status = new QLabel(tr("Signing in…"), this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("Sign-in progress"));
    m_status->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign &in"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
}

void LoginDialog::setServer(const QString& url) {
    m_server->setText(url);
}

void LoginDialog::setUser(const QString& user) {
    m_user->setText(user);
    // Start where typing is needed: the password when the user is already known.
    (user.isEmpty() ? m_user : m_password)->setFocus();
}

void LoginDialog::setRemember(bool remember) {
    m_remember->setChecked(remember);
}

QString LoginDialog::server() const {
    return m_server->text().trimmed();
}

QString LoginDialog::user() const {
    return m_user->text().trimmed();
}

void LoginDialog::setBusy(bool busy) {
    for (QWidget* w : {static_cast<QWidget*>(m_server), static_cast<QWidget*>(m_user),
                       static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_remember)})
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_status->setVisible(busy);
    if (busy) clearError();
}

QString LoginDialog::describe(const QString& code) {
    if (code == QLatin1String("bad_credentials")) return tr("Wrong user name or password.");
    if (code == QLatin1String("unreachable"))
        return tr("Cannot reach the server. Check the server address and your network connection.");
    if (code == QLatin1String("tls_error"))
        return tr("The server's security certificate is not trusted. Check the server address, "
                  "or ask your administrator for the certificate.");
    if (code == QLatin1String("unsupported_version"))
        return tr("The server uses a different protocol version. Please update Zhengtong.");
    if (code == QLatin1String("token_expired") || code == QLatin1String("token_invalid"))
        return tr("Your session has ended. Please sign in again.");
    if (code == QLatin1String("rate_limited"))
        return tr("Too many attempts. Please wait a moment and try again.");
    if (code.startsWith(QLatin1String("store_")))
        return tr("The local message cache on this computer could not be opened.");
    return {};
}

void LoginDialog::showError(const QString& code, const QString& message) {
    // A plain headline first, then the core's detail, then the code for the help desk.
    QStringList lines;
    const QString headline = describe(code);
    if (!headline.isEmpty()) lines << headline;
    if (!message.isEmpty() && message != headline) lines << message;
    if (lines.isEmpty()) lines << tr("Sign-in failed.");
    if (!code.isEmpty()) lines << tr("(Error code: %1)").arg(code);
    showLocalError(lines.join(QLatin1Char('\n')));
}

void LoginDialog::showLocalError(const QString& text) {
    m_error->setText(text);
    m_error->setAccessibleDescription(text);
    m_error->show();
}

void LoginDialog::clearError() {
    m_error->clear();
    m_error->hide();
}

QString LoginDialog::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void LoginDialog::submit() {
    const QUrl url = QUrl::fromUserInput(server());
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))) {
        showLocalError(tr("Enter a server address starting with ws:// or wss://."));
        m_server->setFocus();
        return;
    }
    if (user().isEmpty() || m_password->text().isEmpty()) {
        showLocalError(tr("Enter your user name and password."));
        (user().isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    setBusy(true);
    const QString password = m_password->text();
    m_password->clear(); // keep the secret in the widget no longer than needed
    emit signInRequested(url, user(), password, m_remember->isChecked());
}

} // namespace zt::ui
