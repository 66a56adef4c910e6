// Exporting a document for offline proof, end to end: a real client exports a demo document
// (downloading its body first), then the built `zhengtong-server verify` checks the bundle with
// no server and no network: exit 0 and one ✔ line per action; a tampered bundle exits 1 naming
// the action; a damaged file exits 2 with a clear message.
#include "ApprovalClientHelpers.h"
#include "approval/ApprovalExport.h"
#include "approval/BundleVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <algorithm>

using namespace zt;
using namespace zt::test::approvalclient;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run verify(const QString& file) {
    QProcess process;
    process.start(QStringLiteral(ZT_SERVER_BIN), {QStringLiteral("verify"), file});
    Run run;
    if (!process.waitForFinished(kTimeoutMs)) return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool writeFile(const QString& path, const QByteArray& data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestApprovalExport : public QObject, private ClientFixture {
    Q_OBJECT
private slots:
    void initTestCase();
    void exportedDemoDocumentVerifiesOffline();
    void tamperedBundleFails();
    void damagedOrMissingFileIsUnreadable();
    void unknownDocumentIsNotExported();

private:
    std::unique_ptr<test::TestClient> m_zhang;
    QTemporaryDir m_out;
    QString m_bundle;
};

void TestApprovalExport::initTestCase() {
    startServer();
    m_zhang = signedIn(QStringLiteral("zhangwei"));
    QVERIFY(m_zhang);
    m_bundle = m_out.filePath(QStringLiteral("余政办发〔2026〕33号.json"));
}

void TestApprovalExport::exportedDemoDocumentVerifiesOffline() {
    const auto todo = listFromServer(*m_zhang, approval::View::Todo);
    QVERIFY(todo);
    const qint64 doc = findByTitle(*todo, kQuarterly);
    QVERIFY(doc > 0);
    const auto view = openFresh(*m_zhang, doc);
    QVERIFY(view && view->chainOk && !view->bodyAvailable); // the body has to be fetched first
    QSignalSpy done(&svc(*m_zhang), &ApprovalService::exportDone);
    svc(*m_zhang).exportBundle(doc, m_bundle);
    QVERIFY(QTest::qWaitFor([&] { return !done.isEmpty(); }, kTimeoutMs));
    QCOMPARE(done.at(0).at(0).toLongLong(), doc);
    QCOMPARE(done.at(0).at(1).toString(), m_bundle);
    QVERIFY2(done.at(0).at(2).toBool(), qPrintable(done.at(0).at(3).toString()));
    const approval::ExportPaths paths = approval::ExportPaths::forBundle(m_bundle);
    QFile pdf(paths.body);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.readAll(), *svc(*m_zhang).cachedBody(doc));
    QVERIFY(QFile::exists(paths.report));

    m_server.reset(); // offline means offline: no server from here on
    const Run run = verify(m_bundle);
    qInfo().noquote() << run.out;
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^#\\d+ .*✔"))).size(), 4);
    QVERIFY(lines.at(1).startsWith(QStringLiteral("body: ")) &&
            lines.at(1).contains(QStringLiteral("✔")));
    QVERIFY(lines.last().startsWith(QStringLiteral("VERIFIED")));
    QVERIFY(!run.out.contains(QStringLiteral("✘")));
}

void TestApprovalExport::tamperedBundleFails() {
    QFile file(m_bundle);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject document = root.value(QStringLiteral("document")).toObject();
    QJsonArray actions = document.value(QStringLiteral("actions")).toArray();
    QCOMPARE(actions.size(), 4);
    QJsonObject second = actions.at(1).toObject();
    second.insert(QStringLiteral("opinion"), QStringLiteral("同意。")); // not what was signed
    actions.replace(1, second);
    document.insert(QStringLiteral("actions"), actions);
    root.insert(QStringLiteral("document"), document);
    const QString tampered = m_out.filePath(QStringLiteral("tampered.json"));
    QVERIFY(writeFile(tampered, QJsonDocument(root).toJson()));
    const Run run = verify(tampered);
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const auto line2 = std::find_if(lines.begin(), lines.end(), [](const QString& l) {
        return l.startsWith(QStringLiteral("#2 "));
    });
    QVERIFY(line2 != lines.end());
    QVERIFY(line2->contains(QStringLiteral("✘")));
    QVERIFY(line2->contains(approval::actionCheckText(approval::ActionCheck::BadSignature)));
    QVERIFY(lines.last().startsWith(QStringLiteral("NOT VERIFIED")));
}

void TestApprovalExport::damagedOrMissingFileIsUnreadable() {
    const QString damaged = m_out.filePath(QStringLiteral("damaged.json"));
    QVERIFY(writeFile(damaged, QByteArrayLiteral("{\"format\":\"zhengtong-approval-bundle\",")));
    Run run = verify(damaged);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("not a Zhengtong export bundle")));
    run = verify(m_out.filePath(QStringLiteral("missing.json")));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("Cannot read")));
    QProcess usage;
    usage.start(QStringLiteral(ZT_SERVER_BIN), {QStringLiteral("verify")});
    QVERIFY(usage.waitForFinished(kTimeoutMs));
    QCOMPARE(usage.exitCode(), 2);
}

void TestApprovalExport::unknownDocumentIsNotExported() {
    QSignalSpy done(&svc(*m_zhang), &ApprovalService::exportDone);
    const QString path = m_out.filePath(QStringLiteral("unknown.json"));
    svc(*m_zhang).exportBundle(999'999, path);
    QVERIFY(QTest::qWaitFor([&] { return !done.isEmpty(); }, kTimeoutMs));
    QCOMPARE(done.at(0).at(2).toBool(), false);
    QVERIFY(!done.at(0).at(3).toString().isEmpty());
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestApprovalExport)
#include "tst_approval_export.moc"
