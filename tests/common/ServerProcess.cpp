#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#ifdef Q_OS_UNIX
#ifdef Q_OS_UNIX
#include <csignal>
#endif
#endif

namespace zt::test {

ServerProcess::ServerProcess(QString dataDir, QStringList extraArgs)
    : m_dataDir(std::move(dataDir))
    , m_extraArgs(std::move(extraArgs)) {
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

ServerProcess::~ServerProcess() {
    kill();
}

bool ServerProcess::start(quint16 port, int timeoutMs) {
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                     QStringLiteral("--data"),   m_dataDir,
                     QStringLiteral("--demo"),   QStringLiteral("--log-level"),
                     QStringLiteral("warning")};
    args += m_extraArgs;
    m_output.clear();
    m_process.start(QStringLiteral(ZT_SERVER_BIN), args);
    if (!m_process.waitForStarted(10'000)) return false;
    static const QRegularExpression ready(QStringLiteral("^listening on (\\S+)$"),
                                          QRegularExpression::MultilineOption);
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            if (m_process.state() != QProcess::Running) return false;
        m_output += QString::fromUtf8(m_process.readAllStandardOutput());
        const auto match = ready.match(m_output);
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
    }
    return false;
}

void ServerProcess::kill() {
    if (m_process.state() == QProcess::NotRunning) return;
    resume();
    m_process.kill();
    m_process.waitForFinished(10'000);
}

void ServerProcess::terminate() {
    if (m_process.state() == QProcess::NotRunning) return;
    m_process.terminate();
    m_process.waitForFinished(10'000);
}

// Freezing a process is POSIX-only; elsewhere pause() and resume() do nothing.
#ifdef Q_OS_UNIX
void ServerProcess::pause() {
    ::kill(pid_t(m_process.processId()), SIGSTOP);
}
void ServerProcess::resume() {
    if (m_process.state() != QProcess::NotRunning) ::kill(pid_t(m_process.processId()), SIGCONT);
}
#else
void ServerProcess::pause() {
}
void ServerProcess::resume() {
}
#endif

} // namespace zt::test
