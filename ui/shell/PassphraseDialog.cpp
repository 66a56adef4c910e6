#include "PassphraseDialog.h"
#include "AppIcon.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace zt::ui {

namespace {

QLineEdit* makePasswordEdit(const QString& objectName, const QString& accessibleName,
                            QWidget* parent) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

PassphraseDialog::PassphraseDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Local cache passphrase"));
    setWindowIcon(appIcon());
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_passphrase = makePasswordEdit(QStringLiteral("passphraseEdit"), tr("Passphrase"), this);
    m_confirm = makePasswordEdit(QStringLiteral("confirmEdit"), tr("Repeat passphrase"), this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Passphrase error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    m_confirmLabel = new QLabel(tr("&Repeat passphrase:"), this);
    m_confirmLabel->setBuddy(m_confirm);
    form->addRow(m_confirmLabel, m_confirm);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    // Our own texts: Qt's translations of standard buttons are not always installed.
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setTabOrder(m_passphrase, m_confirm);
    setTabOrder(m_confirm, buttons);
    prepare(false, {});
}

void PassphraseDialog::prepare(bool creating, const QString& error) {
    m_creating = creating;
    m_intro->setText(
        creating ? tr("This computer has no system keychain. Choose a passphrase to protect "
                      "the copy of your messages kept on this computer. You will need it "
                      "every time Zhengtong starts. It cannot be recovered if forgotten.")
                 : tr("Enter the passphrase that protects the copy of your messages kept "
                      "on this computer."));
    m_confirmLabel->setVisible(creating);
    m_confirm->setVisible(creating);
    m_passphrase->clear();
    m_confirm->clear();
    m_error->setVisible(!error.isEmpty());
    m_error->setText(error);
    m_passphrase->setFocus();
}

QString PassphraseDialog::passphrase() const {
    return m_passphrase->text();
}

QString PassphraseDialog::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

QString PassphraseDialog::validationError() const {
    if (m_passphrase->text().isEmpty()) return tr("Enter the passphrase.");
    if (!m_creating) return {};
    if (m_passphrase->text().size() < kMinLength)
        return tr("The passphrase must have at least %n characters.", nullptr, kMinLength);
    if (m_passphrase->text() != m_confirm->text())
        return tr("The two passphrases are not the same.");
    return {};
}

void PassphraseDialog::showError(const QString& text) {
    m_error->setText(text);
    m_error->setAccessibleDescription(text);
    m_error->setVisible(!text.isEmpty());
}

void PassphraseDialog::accept() {
    // Stay open until the input is usable, so a typo never locks the local cache.
    const QString problem = validationError();
    showError(problem);
    if (!problem.isEmpty()) {
        m_passphrase->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace zt::ui
