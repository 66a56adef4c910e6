// Approval signature costs, in process (no server). Prints "name value unit":
//   sm2_sign_us, sm2_verify_us, ecdsa_sign_us, ecdsa_verify_us (median per operation) and
//   chain_verify_1000_ms (verifyChain over a 1,000-action SM2 chain, median of a few runs).
#include "Stats.h"
#include "crypto/ActionChain.h"
#include "crypto/SigningKey.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <vector>

using namespace zt::crypto;

namespace {

double elapsedUs(const QElapsedTimer& clock) {
    return double(clock.nsecsElapsed()) / 1e3;
}

// An approval-sized message: the canonical bytes of an action with a short opinion.
QByteArray sampleMessage() {
    SignedAction action;
    action.documentId = QStringLiteral("DOC-2026-0042");
    action.contentHash = digest(SignatureAlgorithm::Sm2Sm3, "pdf");
    action.step = QStringLiteral("division-review");
    action.action = QStringLiteral("approve");
    action.opinion = QStringLiteral("同意，请办公室核稿后报分管领导签发。");
    action.actorUserId = 102;
    action.timeMs = 1767225600000;
    return canonicalBytes(action);
}

void benchSignVerify(SignatureAlgorithm algorithm, const char* prefix, int operations) {
    const SigningKey key = SigningKey::generate(algorithm);
    const PublicKey pub = key.publicKey();
    const QByteArray message = sampleMessage();
    QList<double> signUs, verifyUs;
    for (int i = 0; i < operations; ++i) {
        QElapsedTimer clock;
        clock.start();
        const QByteArray signature = key.sign(message);
        signUs << elapsedUs(clock);
        clock.restart();
        const bool ok = pub.verify(message, signature);
        verifyUs << elapsedUs(clock);
        if (!ok) qFatal("%s signature %d did not verify", prefix, i);
    }
    zt::bench::report(qPrintable(QLatin1String(prefix) + QLatin1String("_sign_us")),
                      zt::bench::percentile(signUs, 50), "us");
    zt::bench::report(qPrintable(QLatin1String(prefix) + QLatin1String("_verify_us")),
                      zt::bench::percentile(verifyUs, 50), "us");
}

// Ten officials taking turns, as on a document with many review rounds.
void benchChain(int length, int runs) {
    std::vector<SigningKey> keys; // move-only: QList would need copies
    QHash<QByteArray, PublicKey> byFingerprint;
    for (int i = 0; i < 10; ++i) {
        keys.push_back(SigningKey::generate(SignatureAlgorithm::Sm2Sm3));
        byFingerprint.insert(keys.back().fingerprint(), keys.back().publicKey());
    }
    QList<SignedAction> chain;
    for (int i = 0; i < length; ++i) {
        SignedAction action;
        action.documentId = QStringLiteral("DOC-2026-0042");
        action.contentHash = digest(SignatureAlgorithm::Sm2Sm3, "pdf");
        action.step = QStringLiteral("review-%1").arg(i);
        action.action = QStringLiteral("approve");
        action.opinion = QStringLiteral("同意。");
        action.actorUserId = 100 + i % 10;
        action.timeMs = 1767225600000 + i * 60'000LL;
        if (!appendSigned(chain, action, keys[size_t(i % 10)]))
            qFatal("signing action %d failed", i);
    }
    const KeyLookup keyOf = [&](qint64, const QByteArray& fingerprint) {
        const auto it = byFingerprint.constFind(fingerprint);
        return it == byFingerprint.cend() ? std::nullopt : std::optional<PublicKey>(*it);
    };
    QList<double> ms;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        const ChainVerdict verdict = verifyChain(chain, keyOf);
        ms << double(clock.nsecsElapsed()) / 1e6;
        if (!verdict.ok) qFatal("the benchmark chain did not verify");
    }
    zt::bench::report("chain_verify_1000_ms", zt::bench::percentile(ms, 50), "ms");
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption ops(QStringLiteral("ops"),
                                 QStringLiteral("Sign/verify operations per algorithm."),
                                 QStringLiteral("n"), QStringLiteral("2000"));
    parser.addOption(ops);
    parser.process(app);
    const int operations = qMax(1, parser.value(ops).toInt());
    benchSignVerify(SignatureAlgorithm::Sm2Sm3, "sm2", operations);
    benchSignVerify(SignatureAlgorithm::EcdsaP256Sha256, "ecdsa", operations);
    benchChain(1000, 5);
    return 0;
}
