#include "TrayIcon.h"
#include "AppIcon.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace zt::ui {

TrayIcon* TrayIcon::createIfAvailable(QObject* parent) {
    if (!QSystemTrayIcon::isSystemTrayAvailable()) return nullptr;
    return new TrayIcon(parent);
}

TrayIcon::TrayIcon(QObject* parent)
    : QObject(parent)
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu) {
    m_menu->setAccessibleName(tr("Zhengtong tray menu"));
    m_menu->addAction(tr("&Show Zhengtong"), this, &TrayIcon::showRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit"), this, &TrayIcon::quitRequested);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
            emit showRequested();
    });
    refresh();
    m_icon->show();
}

TrayIcon::~TrayIcon() {
    delete m_menu;
}

void TrayIcon::notify(const QString& title, const QString& text) {
    m_icon->showMessage(title, text, QSystemTrayIcon::Information, 6'000);
}

void TrayIcon::setUnread(int unread) {
    if (unread == m_unread) return;
    m_unread = unread;
    refresh();
}

QString TrayIcon::toolTip() const {
    if (m_unread <= 0) return tr("Zhengtong");
    return tr("Zhengtong — %n unread", nullptr, m_unread);
}

void TrayIcon::refresh() {
    m_icon->setIcon(appIcon(m_unread));
    m_icon->setToolTip(toolTip());
}

} // namespace zt::ui
