// Keys and tokens in the OS keychain (run under dbus-run-session with gnome-keyring unlocked), and
// the passphrase fallback when there is no secret service (ZT_KEYCHAIN=absent).
#include "ServerProcess.h"
#include "TestClient.h"
#include "chat/ChatService.h"
#include "core/ClientCore.h"
#include "store/SecretStore.h"
#include "sync/Outbox.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;
using Status = core::ClientCore::Status;

namespace {

bool keychainExpected() {
    return qEnvironmentVariable("ZT_KEYCHAIN") != QLatin1String("absent");
}

bool anyFileContains(const QString& dir, const QByteArray& needle) {
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) return true;
    }
    return false;
}

std::unique_ptr<core::ClientCore> makeCore(const QString& profile) {
    core::ClientCore::Options o;
    o.profileDir = profile;
    o.useKeychain = true;
    return std::make_unique<core::ClientCore>(o);
}

} // namespace

class TestKeychain : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void secretRoundTrip();
    void rememberedSessionResumesWithoutPassword();
    void fallbackAsksForPassphraseAndRejectsWrongOne();

private:
    QTemporaryDir m_data;
    std::unique_ptr<test::ServerProcess> m_server;
};

void TestKeychain::initTestCase() {
    if (keychainExpected() && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
        qEnvironmentVariableIsEmpty("ZT_REQUIRE_KEYRING"))
        QSKIP("no session bus; run through scripts/test.sh (dbus-run-session + gnome-keyring)");
    m_server = std::make_unique<test::ServerProcess>(m_data.path());
    QVERIFY(m_server->start());
}

void TestKeychain::secretRoundTrip() {
    store::SecretStore secrets(QStringLiteral("ZhengtongTest"));
    const QString key = QStringLiteral("roundtrip/%1").arg(QCoreApplication::applicationPid());
    store::SecretStatus status = store::SecretStatus::Failed;
    bool done = false;
    secrets.write(key, "s3cr3t", [&](store::SecretStatus s, const QString&) {
        status = s;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
    if (!keychainExpected()) {
        QVERIFY(status != store::SecretStatus::Ok);
        return;
    }
    QCOMPARE(status, store::SecretStatus::Ok);
    QByteArray read;
    done = false;
    secrets.read(key, [&](store::SecretStatus s, const QByteArray& v, const QString&) {
        status = s;
        read = v;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
    QCOMPARE(read, QByteArray("s3cr3t"));
    done = false;
    secrets.remove(key, [&](store::SecretStatus, const QString&) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
    done = false;
    secrets.read(key, [&](store::SecretStatus s, const QByteArray&, const QString&) {
        status = s;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
    QCOMPARE(status, store::SecretStatus::NotFound);
}

void TestKeychain::rememberedSessionResumesWithoutPassword() {
    if (!keychainExpected()) QSKIP("needs a secret service");
    QTemporaryDir profile;
    auto core = makeCore(profile.path());
    QSignalSpy passphrase(core.get(), &core::ClientCore::passphraseRequired);
    core->signIn(m_server->url(), QStringLiteral("zhangwei"), test::kDemoPassword, true);
    QTRY_COMPARE_WITH_TIMEOUT(core->status(), Status::Online, 15'000);
    QCOMPARE(passphrase.count(), 0); // the key came from the keychain
    const QByteArray token = core->connection().token().toLatin1();
    core->goOffline();
    QVERIFY(!core->chat()->sendText(3, QStringLiteral("重启后送达")).isEmpty());
    core.reset();

    QVERIFY(!anyFileContains(profile.path(), token)); // the token is never on disk in clear
    QVERIFY(!anyFileContains(profile.path(), test::kDemoPassword.toUtf8()));

    core = makeCore(profile.path());
    QSignalSpy passphrase2(core.get(), &core::ClientCore::passphraseRequired);
    QVERIFY(core->resumeSaved());
    QTRY_COMPARE_WITH_TIMEOUT(core->status(), Status::Online, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(core->outbox()->pendingCount(), 0, 10'000);
    QCOMPARE(passphrase2.count(), 0);
    core->signOut(false);
    QTRY_COMPARE(core->status(), Status::SignedOut);
    core = makeCore(profile.path());
    QVERIFY(!core->resumeSaved()); // signed out: nothing remembered
}

void TestKeychain::fallbackAsksForPassphraseAndRejectsWrongOne() {
    QTemporaryDir profile;
    auto core = makeCore(profile.path());
    if (keychainExpected())
        core.reset(), core = [&] {
            core::ClientCore::Options o;
            o.profileDir = profile.path();
            o.useKeychain = false;
            return std::make_unique<core::ClientCore>(o);
        }();
    QList<bool> asked;
    QString lastError;
    QString answer = QStringLiteral("正确的口令 correct");
    connect(core.get(), &core::ClientCore::passphraseRequired, this,
            [&](bool creating, const QString& error) {
                asked << creating;
                lastError = error;
                core->supplyPassphrase(answer);
            });
    core->signIn(m_server->url(), QStringLiteral("lina"), test::kDemoPassword, true);
    QTRY_COMPARE_WITH_TIMEOUT(core->status(), Status::Online, 15'000);
    QCOMPARE(asked, QList<bool>{true});
    core->chat()->sendText(1, QStringLiteral("保留的数据"));
    QTRY_COMPARE_WITH_TIMEOUT(core->outbox()->pendingCount(), 0, 10'000);
    const QString dir = core->accountDir();
    core->goOffline();
    core.reset();

    // Wrong passphrase: a clear message, asked again, and the data is still there afterwards.
    core::ClientCore::Options o;
    o.profileDir = profile.path();
    o.useKeychain = keychainExpected() ? false : true;
    core = std::make_unique<core::ClientCore>(o);
    asked.clear();
    int tries = 0;
    connect(core.get(), &core::ClientCore::passphraseRequired, this,
            [&](bool creating, const QString& error) {
                asked << creating;
                lastError = error;
                core->supplyPassphrase(++tries == 1 ? QStringLiteral("wrong")
                                                    : QStringLiteral("正确的口令 correct"));
            });
    core->signIn(m_server->url(), QStringLiteral("lina"), test::kDemoPassword, false);
    QTRY_COMPARE_WITH_TIMEOUT(core->status(), Status::Online, 15'000);
    QCOMPARE(asked, (QList<bool>{false, false}));
    QVERIFY(!lastError.isEmpty());
    QCOMPARE(core->chat()->latest(1, 10).size(), 1);
    QVERIFY(QFile::exists(dir + QStringLiteral("/store.db")));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
