#pragma once
// A real ClientCore in a temporary profile, without keychain (passphrase path), for tests.
#include "core/ClientCore.h"

#include <QTemporaryDir>
#include <memory>

namespace zt::test {

class TestClient {
public:
    // syncDirectory off by default: most tests do not need a copy of the demo county each.
    explicit TestClient(const QString& profileDir = {}, int heartbeatMs = 0,
                        bool syncDirectory = false);
    ~TestClient();

    bool signIn(const QUrl& server, const QString& user, bool waitOnline = true);
    bool waitStatus(core::ClientCore::Status status, int timeoutMs = 15'000);
    core::ClientCore& core() { return *m_core; }
    QString profile() const { return m_profile; }
    QString lastError() const { return m_lastError; }
    QString lastErrorCode() const { return m_lastCode; }
    void destroy() { m_core.reset(); } // like a crash after the last commit

private:
    std::unique_ptr<QTemporaryDir> m_ownDir;
    QString m_profile;
    std::unique_ptr<core::ClientCore> m_core;
    QString m_lastError;
    QString m_lastCode;
};

inline const QString kDemoPassword = QStringLiteral("Zhengtong@2026");

} // namespace zt::test
