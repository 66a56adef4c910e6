#pragma once
// The main window: navigation rail on the left, the selected pane on the right, connection state
// and pending writes in the status bar. Talks to the core through signals and queued calls only.
#include <QMainWindow>

class QStackedWidget;

namespace zt::core {
class ClientCore;
}

namespace zt::ui {

class ApprovalPane;
class ConnectionIndicator;
class DingBanner;
class DingCenter;
class ContactsPane;
class MessagesPane;
class NavigationRail;
class TrayIcon;
class UiSettings;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(core::ClientCore* core, UiSettings& settings, QWidget* parent = nullptr);

    ConnectionIndicator* connectionIndicator() const { return m_indicator; }
    MessagesPane* messagesPane() const { return m_messages; }
    ContactsPane* contactsPane() const { return m_contacts; }
    ApprovalPane* approvalPane() const { return m_approval; }
    NavigationRail* navigationRail() const { return m_rail; }
    TrayIcon* trayIcon() const { return m_tray; } // nullptr without a system tray

    void setAccount(qint64 userId, const QString& displayName);
    void showNotice(const QString& message);
    void bringToFront();

signals:
    void signOutRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void addPane(const QString& key, const QString& title, QWidget* pane);
    void openSettings();
    void wireDing();
    void openConversation(qint64 userId);
    void restoreWindow();
    void saveWindow();

    core::ClientCore* m_core;
    UiSettings& m_settings;
    NavigationRail* m_rail;
    QStackedWidget* m_stack;
    ConnectionIndicator* m_indicator;
    MessagesPane* m_messages;
    ContactsPane* m_contacts;
    ApprovalPane* m_approval;
    DingBanner* m_dingBanner;
    DingCenter* m_dings;
    TrayIcon* m_tray;
};

} // namespace zt::ui
