#include "MainWindow.h"
#include "AppIcon.h"
#include "ConnectionIndicator.h"
#include "NavigationRail.h"
#include "SettingsDialog.h"
#include "TrayIcon.h"
#include "UiSettings.h"
#include "approval/ApprovalPane.h"
#include "contacts/ContactsPane.h"
#include "core/ClientCore.h"
#include "ding/DingBanner.h"
#include "ding/DingCenter.h"
#include "ding/DingComposer.h"
#include "messages/MessagesPane.h"
#include "messages/NameBook.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace zt::ui {

MainWindow::MainWindow(core::ClientCore* core, UiSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_core(core)
    , m_settings(settings)
    , m_rail(new NavigationRail(this))
    , m_stack(new QStackedWidget(this))
    , m_indicator(new ConnectionIndicator(this))
    , m_messages(new MessagesPane(core, this))
    , m_contacts(new ContactsPane(core, this))
    , m_approval(new ApprovalPane(core, this))
    , m_dingBanner(new DingBanner(core, this))
    , m_dings(new DingCenter(core, this))
    , m_tray(TrayIcon::createIfAvailable(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Zhengtong"));
    setWindowIcon(appIcon());
    m_stack->setObjectName(QStringLiteral("paneStack"));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_rail);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // The DING banner runs across every pane: a DING stays in view until it is confirmed.
    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_dingBanner);
    column->addWidget(splitter, 1);
    setCentralWidget(central);
    // Only panes that exist are listed; more are added here as their folders in ui/ appear.
    addPane(QStringLiteral("messages"), tr("Messages"), m_messages);
    addPane(QStringLiteral("contacts"), tr("Contacts"), m_contacts);
    addPane(QStringLiteral("approval"), tr("Approvals"), m_approval);
    addPane(QStringLiteral("ding"), tr("DING"), m_dings);
    connect(m_rail, &NavigationRail::paneSelected, m_stack, &QStackedWidget::setCurrentIndex);
    statusBar()->addPermanentWidget(m_indicator);
    buildMenus();
    setTabOrder(m_rail, m_messages);
    setTabOrder(m_messages, m_contacts);
    setTabOrder(m_contacts, m_approval);
    setTabOrder(m_approval, m_dings);
    wireDing();

    // Core signals arrive queued: the core lives on its own thread.
    connect(core, &core::ClientCore::statusChanged, m_indicator, &ConnectionIndicator::setStatus);
    connect(core, &core::ClientCore::retryScheduled, m_indicator,
            &ConnectionIndicator::setRetryScheduled);
    connect(core, &core::ClientCore::writesChanged, m_indicator, &ConnectionIndicator::setWrites);
    connect(core, &core::ClientCore::ready, m_messages, &MessagesPane::attach);
    connect(core, &core::ClientCore::ready, m_contacts, &ContactsPane::attach);
    connect(core, &core::ClientCore::ready, m_approval, &ApprovalPane::attach);
    connect(m_contacts, &ContactsPane::messageRequested, this, &MainWindow::openConversation);
    if (m_tray) {
        connect(m_messages, &MessagesPane::unreadChanged, m_tray, &TrayIcon::setUnread);
        connect(m_messages, &MessagesPane::notificationWanted, this,
                [this](qint64, const QString& title, const QString& text) {
                    if (m_settings.notifications())
                        m_tray->notify(title, text); // off: do not disturb
                });
        connect(m_tray, &TrayIcon::showRequested, this, &MainWindow::bringToFront);
        connect(m_tray, &TrayIcon::quitRequested, this, &QWidget::close);
    }
    restoreWindow();
    // Also when the application ends without closing the window (--quit-when-online, log-out).
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        if (isVisible()) saveWindow();
    });
}

void MainWindow::addPane(const QString& key, const QString& title, QWidget* pane) {
    const int index = m_rail->addPane(key, title);
    m_stack->addWidget(pane);
    // Ctrl+1, Ctrl+2 … jump to the panes in rail order.
    auto* go = new QAction(title, this);
    go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    connect(go, &QAction::triggered, this, [this, index, pane] {
        m_rail->setCurrentRow(index);
        pane->setFocus(Qt::ShortcutFocusReason);
    });
    addAction(go);
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    QAction* signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    file->addSeparator();
    // Quitting goes through close() so that the window geometry is saved on every path.
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::wireDing() {
    const auto nameOf = [names = m_messages->names()](qint64 user) { return names->name(user); };
    m_dingBanner->setNameOf(nameOf);
    m_dings->setNameOf(nameOf);
    connect(m_core, &core::ClientCore::ready, m_dingBanner, &DingBanner::attach);
    connect(m_core, &core::ClientCore::ready, m_dings, &DingCenter::attach);
    connect(m_dingBanner, &DingBanner::attentionNeeded, this, [this] {
        QApplication::alert(this); // taskbar flash until the window is looked at
        if (m_tray) m_tray->notify(tr("DING"), tr("A DING is waiting for your confirmation."));
    });
    connect(m_dingBanner, &DingBanner::openRequested, this, [this](const chat::Ding& d) {
        if (d.conv <= 0) return;
        m_messages->openConversation(d.conv);
        m_rail->setCurrentRow(m_stack->indexOf(m_messages));
    });
    connect(m_messages, &MessagesPane::dingMessageRequested, this, [this](qint64 conv, qint64 seq) {
        if (seq > 0)
            m_dings->dingMessage(conv, seq, {});
        else
            m_dings->newDing();
    });
}

void MainWindow::openSettings() {
    // open(), not exec(): no nested event loop while the core keeps posting updates.
    auto* dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openConversation(qint64 userId) {
    m_messages->openDirect(userId);
    m_rail->setCurrentRow(m_stack->indexOf(m_messages));
    m_messages->setFocus(Qt::OtherFocusReason);
}

void MainWindow::setAccount(qint64 userId, const QString& displayName) {
    m_messages->setSelfId(userId);
    setWindowTitle(displayName.isEmpty() ? tr("Zhengtong") : tr("%1 — Zhengtong").arg(displayName));
}

void MainWindow::showNotice(const QString& message) {
    statusBar()->showMessage(message, 15'000);
}

void MainWindow::bringToFront() {
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::restoreWindow() {
    if (restoreGeometry(m_settings.windowGeometry())) {
        restoreState(m_settings.windowState());
        return;
    }
    // First start: a comfortable size in device-independent pixels, capped by the screen.
    const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
    resize(QSize(960, 640).boundedTo(available * 0.9));
}

void MainWindow::saveWindow() {
    m_settings.setWindow(saveGeometry(), saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveWindow();
    event->accept();
    emit quitRequested(); // closing the main window ends the application
}

} // namespace zt::ui
