#include "TestClient.h"

#include <QTest>

namespace zt::test {

TestClient::TestClient(const QString& profileDir, int heartbeatMs, bool syncDirectory) {
    if (profileDir.isEmpty()) {
        m_ownDir = std::make_unique<QTemporaryDir>();
        m_profile = m_ownDir->path();
    } else {
        m_profile = profileDir;
    }
    core::ClientCore::Options options;
    options.profileDir = m_profile;
    options.useKeychain = false;
    options.heartbeatMs = heartbeatMs;
    options.deadAfterMs = heartbeatMs * 3;
    options.syncDirectoryRegion = syncDirectory;
    m_core = std::make_unique<core::ClientCore>(options);
    QObject::connect(m_core.get(), &core::ClientCore::passphraseRequired, m_core.get(),
                     [this](bool, const QString&) {
                         m_core->supplyPassphrase(QStringLiteral("test passphrase"));
                     });
    QObject::connect(m_core.get(), &core::ClientCore::signInFailed, m_core.get(),
                     [this](const QString& code, const QString& message) {
                         m_lastCode = code;
                         m_lastError = message;
                     });
}

TestClient::~TestClient() {
    m_core.reset();
}

bool TestClient::signIn(const QUrl& server, const QString& user, bool waitOnline) {
    m_core->signIn(server, user, kDemoPassword, false);
    return !waitOnline || waitStatus(core::ClientCore::Status::Online);
}

bool TestClient::waitStatus(core::ClientCore::Status status, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (m_core->status() != status && !deadline.hasExpired())
        QTest::qWait(10);
    return m_core->status() == status;
}

} // namespace zt::test
