// Reconnect schedule and password hashing: pure logic.
#include "crypto/Kdf.h"
#include "net/Backoff.h"
#include "protocol/TokenBucket.h"

#include <QTest>

class TestBackoff : public QObject {
    Q_OBJECT
private slots:
    void doublesToSixtyFourSeconds();
    void jitterStaysWithinTwentyPercent();
    void resetStartsOver();
    void passwordHashVerifies();
    void rateLimiterAllowsBurstThenRefuses();
};

void TestBackoff::doublesToSixtyFourSeconds() {
    zt::net::Backoff b([] { return 0.5; }); // no jitter
    const QList<int> expected{1000, 2000, 4000, 8000, 16000, 32000, 64000, 64000, 64000};
    for (int ms : expected)
        QCOMPARE(b.nextDelayMs(), ms);
}

void TestBackoff::jitterStaysWithinTwentyPercent() {
    zt::net::Backoff low([] { return 0.0; });
    zt::net::Backoff high([] { return 0.999999; });
    QCOMPARE(low.nextDelayMs(), 800);
    QVERIFY(high.nextDelayMs() <= 1200);
    zt::net::Backoff random;
    for (int i = 0; i < 100; ++i) {
        const int base = random.baseDelayMs();
        const int d = random.nextDelayMs();
        QVERIFY(d >= base * 0.8 - 1 && d <= base * 1.2 + 1);
    }
}

void TestBackoff::resetStartsOver() {
    zt::net::Backoff b([] { return 0.5; });
    b.nextDelayMs();
    b.nextDelayMs();
    b.reset();
    QCOMPARE(b.nextDelayMs(), 1000);
}

void TestBackoff::passwordHashVerifies() {
    const zt::crypto::ScryptParams fast{10, 8, 1};
    const QString h = zt::crypto::hashPassword(QStringLiteral("正确密码"), fast);
    QVERIFY(h.startsWith(QStringLiteral("scrypt$10$8$1$")));
    QVERIFY(!h.contains(QStringLiteral("正确密码")));
    QVERIFY(zt::crypto::verifyPassword(QStringLiteral("正确密码"), h));
    QVERIFY(!zt::crypto::verifyPassword(QStringLiteral("错误密码"), h));
    QVERIFY(!zt::crypto::verifyPassword(QStringLiteral("x"), QStringLiteral("garbage")));
    QVERIFY(!zt::crypto::verifyPassword(QStringLiteral("x"),
                                        QStringLiteral("scrypt$99$8$1$AA==$AA==")));
    QVERIFY(zt::crypto::hashPassword(QStringLiteral("a"), fast) !=
            zt::crypto::hashPassword(QStringLiteral("a"), fast));
}

void TestBackoff::rateLimiterAllowsBurstThenRefuses() {
    zt::protocol::TokenBucket limiter(50, 200);
    int allowed = 0;
    for (int i = 0; i < 1000; ++i)
        allowed += limiter.allow(1000) ? 1 : 0;
    QCOMPARE(allowed, 200);
    QVERIFY(limiter.allow(1000 + 100)); // 100 ms later: 5 new tokens
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
