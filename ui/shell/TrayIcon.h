#pragma once
// The notification-area icon: shows the unread count in its tooltip and brings the window back.
// Only created when the desktop has a system tray (never on the offscreen platform).
#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace zt::ui {

class TrayIcon : public QObject {
    Q_OBJECT
public:
    // nullptr when there is no system tray.
    static TrayIcon* createIfAvailable(QObject* parent = nullptr);
    ~TrayIcon() override;

    void setUnread(int unread);
    void notify(const QString& title, const QString& text); // a desktop notification
    int unread() const { return m_unread; }
    QString toolTip() const;

signals:
    void showRequested();
    void quitRequested();

private:
    explicit TrayIcon(QObject* parent);
    void refresh();

    QSystemTrayIcon* m_icon;
    QMenu* m_menu; // QSystemTrayIcon does not own its menu
    int m_unread = 0;
};

} // namespace zt::ui
