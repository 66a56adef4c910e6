// wss: the server serves TLS with --tls-cert/--tls-key; the client trusts a private CA given to it
// and refuses a certificate it cannot verify with a clear error, never retrying into it.
#include "ServerProcess.h"
#include "TestClient.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;
using Status = core::ClientCore::Status;

class TestTls : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void trustedCertificateConnects();
    void untrustedCertificateIsRefused();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::ServerProcess> m_server;
    QString m_cert;
};

void TestTls::initTestCase() {
    m_cert = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl; // a throwaway self-signed certificate for 127.0.0.1
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), m_cert,
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(openssl.waitForFinished(30'000));
    QCOMPARE(openssl.exitCode(), 0);
    m_server = std::make_unique<test::ServerProcess>(
        m_dir.filePath(QStringLiteral("data")),
        QStringList{QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"), key});
    QVERIFY(m_server->start());
    QCOMPARE(m_server->url().scheme(), QStringLiteral("wss"));
}

void TestTls::trustedCertificateConnects() {
    QFile f(m_cert);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
    QVERIFY(!certs.isEmpty());
    QTemporaryDir profile;
    core::ClientCore::Options options;
    options.profileDir = profile.path();
    options.useKeychain = false;
    options.extraCaCertificates = certs;
    core::ClientCore core(options);
    connect(&core, &core::ClientCore::passphraseRequired, &core,
            [&core](bool, const QString&) { core.supplyPassphrase(QStringLiteral("tls test")); });
    core.signIn(m_server->url(), QStringLiteral("zhangwei"), test::kDemoPassword, false);
    QTRY_COMPARE_WITH_TIMEOUT(core.status(), Status::Online, 15'000);
}

void TestTls::untrustedCertificateIsRefused() {
    test::TestClient client; // trusts only the system CAs
    client.core().signIn(m_server->url(), QStringLiteral("zhangwei"), test::kDemoPassword, false);
    QTRY_COMPARE_WITH_TIMEOUT(client.lastErrorCode(), QStringLiteral("tls_error"), 10'000);
    QVERIFY(!client.lastError().isEmpty());
    QTest::qWait(1500); // no retry into a certificate we cannot trust
    QCOMPARE(client.core().status(), Status::SignedOut);
    QCOMPARE(client.lastErrorCode(),
             QStringLiteral("tls_error")); // not overwritten by "unreachable"
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
