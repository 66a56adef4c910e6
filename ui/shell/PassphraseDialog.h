#pragma once
// Asks for the passphrase that protects the local cache when there is no system keychain.
// When a new passphrase is chosen it is asked twice and must be at least kMinLength characters.
#include <QDialog>

class QLabel;
class QLineEdit;

namespace zt::ui {

class PassphraseDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kMinLength = 8;

    explicit PassphraseDialog(QWidget* parent = nullptr);

    // Resets the fields for one question; error is the core's reason for asking again.
    void prepare(bool creating, const QString& error);
    bool isCreating() const { return m_creating; }
    QString passphrase() const;
    QString errorText() const;
    // The reason the entered text is not acceptable yet; empty when it is.
    QString validationError() const;

    void accept() override;

private:
    void showError(const QString& text);

    bool m_creating = false;
    QLabel* m_intro;
    QLineEdit* m_passphrase;
    QLabel* m_confirmLabel;
    QLineEdit* m_confirm;
    QLabel* m_error;
};

} // namespace zt::ui
