#include "UiTestSession.h"
#include "TestClient.h"
#include "shell/MainWindow.h"
#include "shell/ShellController.h"
#include "shell/UiSettings.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>

namespace zt::test {

UiTestSession::UiTestSession()
    : m_settings(std::make_unique<ui::UiSettings>(m_profile.path())) {
}

UiTestSession::~UiTestSession() {
    stop();
}

bool UiTestSession::signIn(const QString& serverUrl, const QString& user) {
    if (!m_profile.isValid()) return false;
    QSignalSpy coreReady(&m_coreThread, &ui::CoreThread::coreReady);
    core::ClientCore::Options options;
    options.profileDir = m_profile.path();
    options.useKeychain = false;
    m_coreThread.start(options);
    if (!coreReady.wait(5'000)) return false;
    m_shell = std::make_unique<ui::ShellController>(m_coreThread.core(), *m_settings);
    m_shell->start({serverUrl, user, kDemoPassword, QStringLiteral("correct horse battery")});
    return QTest::qWaitFor([this] { return mainWindow()->isVisible(); }, kUiNetTimeoutMs);
}

void UiTestSession::stop() {
    m_coreThread.stop();
    m_shell.reset();
}

ui::MainWindow* UiTestSession::mainWindow() const {
    return m_shell ? m_shell->mainWindow() : nullptr;
}

QStringList unnamedFocusableControls(QWidget* root) {
    QStringList missing;
    for (QWidget* w : root->findChildren<QWidget*>())
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(root) &&
            w->accessibleName().isEmpty() && !qobject_cast<QAbstractButton*>(w))
            missing << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') +
                           w->objectName();
    return missing;
}

void screenshot(QWidget* window, const char* name) {
    const QString dir = qEnvironmentVariable("ZT_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QCoreApplication::processEvents(); // let layouts and delegates settle before grabbing
    if (!window->grab().save(QStringLiteral("%1/%2.png").arg(dir, QString::fromLatin1(name))))
        qWarning("cannot write the screenshot %s", name);
}

} // namespace zt::test
