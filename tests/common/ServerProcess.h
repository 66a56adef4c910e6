#pragma once
// Starts the real zhengtong-server binary for integration tests, on a free loopback port, and can
// kill it with SIGKILL and start it again on the same port and data folder.
#include <QProcess>
#include <QUrl>

namespace zt::test {

class ServerProcess {
public:
    explicit ServerProcess(QString dataDir, QStringList extraArgs = {});
    ~ServerProcess();

    // Waits for "listening on"; port 0 picks a free one.
    bool start(quint16 port = 0, int timeoutMs = 60'000);
    void kill();      // SIGKILL, no chance to clean up
    void terminate(); // SIGTERM, waits for a clean exit
    bool restart() {
        kill();
        return start(m_url.port());
    }
    void pause();  // SIGSTOP: the process stays but answers nothing
    void resume(); // SIGCONT
    QUrl url() const { return m_url; }
    QString output() const { return m_output; }
    int exitCode() const { return m_process.exitCode(); }
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    QString m_dataDir;
    QStringList m_extraArgs;
    QUrl m_url;
    QString m_output;
};

} // namespace zt::test
