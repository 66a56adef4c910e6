#pragma once
// Asks for server, user and password and shows why a sign-in failed. It only emits the request;
// the controller forwards it to the client core and reports back with setBusy()/showError().
#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace zt::ui {

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(QWidget* parent = nullptr);

    void setServer(const QString& url);
    void setUser(const QString& user);
    void setRemember(bool remember);
    QString server() const;
    QString user() const;

    void setBusy(bool busy);
    void showError(const QString& code, const QString& message);
    void clearError();
    QString errorText() const;

    // A short explanation of an error code from ClientCore::signInFailed; empty when unknown.
    static QString describe(const QString& code);

signals:
    void signInRequested(const QUrl& server, const QString& user, const QString& password,
                         bool remember);

private:
    void buildForm();
    void submit();
    void showLocalError(const QString& text);

    QLineEdit* m_server;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_status;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace zt::ui
