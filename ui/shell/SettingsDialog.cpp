#include "SettingsDialog.h"
#include "UiSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace zt::ui {

SettingsDialog::SettingsDialog(UiSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_server(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_startAtLogin(new QCheckBox(tr("S&tart Zhengtong when I log in"), this))
    , m_notifications(new QCheckBox(tr("Show &notifications for new messages"), this)) {
    setWindowTitle(tr("Settings"));
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setMinimumWidth(m_server->fontMetrics().averageCharWidth() * 36);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    // Language names are written in their own language so anyone can find theirs.
    m_language->addItem(tr("System default"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_startAtLogin->setAccessibleName(tr("Start at log-in"));
    m_notifications->setAccessibleName(tr("Notifications"));

    auto* restartNote =
        new QLabel(tr("A new language takes effect the next time Zhengtong starts."), this);
    restartNote->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Server address:"), m_server);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), restartNote);
    form->addRow(QString(), m_startAtLogin);
    form->addRow(QString(), m_notifications);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // Our own texts: Qt's translations of standard buttons are not always installed.
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setTabOrder(m_server, m_language);
    setTabOrder(m_language, m_startAtLogin);
    setTabOrder(m_startAtLogin, m_notifications);
    setTabOrder(m_notifications, buttons);
    load();
}

void SettingsDialog::load() {
    m_server->setText(m_settings.server());
    const int index = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(index >= 0 ? index : 0);
    m_startAtLogin->setChecked(m_settings.startAtLogin());
    m_notifications->setChecked(m_settings.notifications());
}

void SettingsDialog::accept() {
    m_settings.setServer(m_server->text().trimmed());
    m_settings.setLanguage(m_language->currentData().toString());
    // Only stored for now: registering with the desktop's autostart comes with packaging.
    m_settings.setStartAtLogin(m_startAtLogin->isChecked());
    m_settings.setNotifications(m_notifications->isChecked());
    m_settings.sync();
    QDialog::accept();
}

} // namespace zt::ui
