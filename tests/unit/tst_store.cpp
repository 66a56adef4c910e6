// Encrypted store: no plaintext on disk, wrong key refused cleanly, migrations equal fresh schema.
#include "core/ClientSchema.h"
#include "crypto/Kdf.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace zt::store;

class TestStore : public QObject {
    Q_OBJECT
private slots:
    void encryptedFileHasNoPlaintext();
    void wrongKeyFailsClearly();
    void notADatabaseFailsClearly();
    void migratedEqualsFresh();
    void refusesNewerSchema();
    void transactionRollsBack();
};

void TestStore::encryptedFileHasNoPlaintext() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    const QByteArray key = zt::crypto::randomBytes(32);
    {
        auto r = Database::open(path, key);
        QVERIFY(r.db);
        migrate(*r.db, zt::core::clientSchema());
        r.db->prepare(QStringLiteral("INSERT INTO kv(key, value) VALUES(?, ?)"))
            .bind(1, QStringLiteral("secret"))
            .bind(2, QStringLiteral("机密文件内容-TOPSECRET"))
            .run();
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray raw = f.readAll();
    QVERIFY(raw.size() > 0);
    QVERIFY(!raw.startsWith("SQLite format 3"));
    QVERIFY(!raw.contains("TOPSECRET"));
    QVERIFY(!raw.contains(QStringLiteral("机密").toUtf8()));
    QVERIFY(!raw.contains("CREATE TABLE"));
}

void TestStore::wrongKeyFailsClearly() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.db"));
    {
        auto r = Database::open(path, zt::crypto::randomBytes(32));
        QVERIFY(r.db);
        migrate(*r.db, zt::core::clientSchema());
    }
    const QByteArray before = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    auto wrong = Database::open(path, zt::crypto::randomBytes(32));
    QVERIFY(!wrong.db);
    QCOMPARE(wrong.error, OpenError::WrongKeyOrNotDatabase);
    QVERIFY(!wrong.message.isEmpty());
    const QByteArray after = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    QCOMPARE(after, before); // a wrong key never destroys data
}

void TestStore::notADatabaseFailsClearly() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("junk.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'j'));
    f.close();
    auto r = Database::open(path, zt::crypto::randomBytes(32));
    QVERIFY(!r.db);
    QCOMPARE(r.error, OpenError::WrongKeyOrNotDatabase);
}

void TestStore::migratedEqualsFresh() {
    QTemporaryDir dir;
    const QByteArray key = zt::crypto::randomBytes(32);
    auto fresh = Database::open(dir.filePath(QStringLiteral("fresh.db")), key);
    QCOMPARE(migrate(*fresh.db, zt::core::clientSchema()), MigrateResult::Created);

    auto old = Database::open(dir.filePath(QStringLiteral("old.db")), key);
    old.db->exec(QString::fromUtf8(zt::core::clientSchemaV1()));
    old.db->setUserVersion(1);
    old.db->prepare(QStringLiteral("INSERT INTO kv(key, value) VALUES('k', 'v')")).run();
    QCOMPARE(migrate(*old.db, zt::core::clientSchema()), MigrateResult::Migrated);

    QCOMPARE(old.db->userVersion(), fresh.db->userVersion());
    QCOMPARE(schemaDump(*old.db), schemaDump(*fresh.db));
    auto st = old.db->prepare(QStringLiteral("SELECT value FROM kv WHERE key='k'"));
    QVERIFY(st.next());
    QCOMPARE(st.text(0), QStringLiteral("v")); // data survives the migration
    QCOMPARE(migrate(*old.db, zt::core::clientSchema()), MigrateResult::UpToDate);
}

void TestStore::refusesNewerSchema() {
    QTemporaryDir dir;
    auto r = Database::open(dir.filePath(QStringLiteral("n.db")), zt::crypto::randomBytes(32));
    r.db->setUserVersion(99);
    QCOMPARE(migrate(*r.db, zt::core::clientSchema()), MigrateResult::TooNew);
}

void TestStore::transactionRollsBack() {
    QTemporaryDir dir;
    auto r = Database::open(dir.filePath(QStringLiteral("t.db")), zt::crypto::randomBytes(32));
    migrate(*r.db, zt::core::clientSchema());
    QVERIFY_THROWS_EXCEPTION(DbError, r.db->transaction([&] {
        r.db->exec(QStringLiteral("INSERT INTO kv(key, value) VALUES('a', 1)"));
        r.db->exec(QStringLiteral("INSERT INTO no_such_table VALUES(1)"));
    }));
    auto st = r.db->prepare(QStringLiteral("SELECT count(*) FROM kv"));
    QVERIFY(st.next());
    QCOMPARE(st.int64(0), 0);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
