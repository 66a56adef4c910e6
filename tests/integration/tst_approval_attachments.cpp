// Approval documents with attachments and a body uploaded through file.* (issue 5 §1, §3, §4),
// real server, real client cores: a body too large for one frame is created from an uploaded
// file; attachments are listed in the document, readable by its participants only, bound into
// what every action signs (the client signs, the server accepts, local verification passes, and
// an altered attachment hash breaks it); saved byte for byte from the encrypted cache, and kept
// there ahead of time when the document is made available offline.
#include "ApprovalClientHelpers.h"
#include "approval/ChainCheck.h"
#include "files/FileCopies.h"
#include "files/FileProtocol.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace zt;
using namespace zt::test::approvalclient;

namespace {

QByteArray sha256(const QByteArray& data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// Uploads through the client's own connection; returns the file id (0 on failure).
qint64 upload(test::TestClient& c, const QByteArray& content, const QString& name) {
    const files::BeginArgs args{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                name,
                                content.size(),
                                QStringLiteral("application/octet-stream"),
                                sha256(content),
                                {}};
    const protocol::Response begun = call(c, files::op::Begin, args.toJson());
    const auto result = files::BeginResult::fromJson(begun.result);
    if (!begun.ok || !result) return 0;
    for (qint64 at = 0; at < content.size(); at += files::kChunkBytes) {
        const files::PutArgs put{result->file, at, content.mid(at, files::kChunkBytes)};
        if (!call(c, files::op::Put, put.toJson()).ok) return 0;
    }
    return call(c, files::op::End, {{QStringLiteral("file"), result->file}}).ok ? result->file : 0;
}

QByteArray demoPdf() {
    QFile f(QStringLiteral(ZT_DEMO_PDF_DIR "/install-latex-guide-zh-cn.pdf"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestApprovalAttachments : public QObject, private ClientFixture {
    Q_OBJECT
private slots:
    void initTestCase();
    void largeBodyAndAttachmentsFromUploadedFiles();
    void onlyParticipantsReadAttachments();
    void actionsSignTheAttachmentsToo();
    void attachmentIsSavedFromTheCacheAndKeptOffline();
    void badReferencesAreRefused();

private:
    std::unique_ptr<test::TestClient> m_zhang, m_li, m_wang;
    QByteArray m_body, m_attachment;
    qint64 m_file = 0, m_doc = 0;
};

void TestApprovalAttachments::initTestCase() {
    startServer();
    m_zhang = signedIn(QStringLiteral("zhangwei"));
    m_li = signedIn(QStringLiteral("lina"));
    m_wang = signedIn(QStringLiteral("wangfang"));
    QVERIFY(m_zhang && m_li && m_wang);
    m_body = demoPdf();
    QVERIFY(m_body.size() > 760 * 1024); // more than one frame could carry inline
    m_attachment = QByteArray(300'000, Qt::Uninitialized);
    QRandomGenerator(9).fillRange(reinterpret_cast<quint32*>(m_attachment.data()),
                                  m_attachment.size() / 4);
}

void TestApprovalAttachments::largeBodyAndAttachmentsFromUploadedFiles() {
    const qint64 bodyFile = upload(*m_zhang, m_body, QStringLiteral("正文.pdf"));
    m_file = upload(*m_zhang, m_attachment, QStringLiteral("附件1-参会名单.xlsx"));
    QVERIFY(bodyFile > 0 && m_file > 0);
    approval::CreateArgs args;
    args.cid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    args.title = QStringLiteral("关于召开防汛工作会议的通知");
    args.docNumber = QStringLiteral("浙防办〔2026〕8号");
    args.issuingUnit = QStringLiteral("省防汛办");
    args.bodyFile = bodyFile;
    args.attachments = {m_file};
    args.steps = {step(approval::StepKind::Checking, {idOf(*m_li)}),
                  step(approval::StepKind::Signoff, {idOf(*m_zhang)})};
    const protocol::Response created = call(*m_zhang, approval::op::Create, args.toJson());
    QVERIFY2(created.ok, qPrintable(created.error.message));
    m_doc = approval::CreateResult::fromJson(created.result).document;
    const auto view = openFresh(*m_li, m_doc);
    QVERIFY(view);
    QCOMPARE(view->detail.bodySize, m_body.size());
    QCOMPARE(view->detail.attachments.size(), 1);
    QCOMPARE(view->detail.attachments.first().name, QStringLiteral("附件1-参会名单.xlsx"));
    QCOMPARE(view->detail.attachments.first().sha256, sha256(m_attachment));
    // The body arrives whole (approval.body pages) and is the uploaded PDF.
    QSignalSpy ready(&svc(*m_li), &ApprovalService::bodyReady);
    svc(*m_li).fetchBody(m_doc);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), kTimeoutMs);
    QCOMPARE(ready.last().at(1).toByteArray(), m_body);
}

void TestApprovalAttachments::onlyParticipantsReadAttachments() {
    QVERIFY(m_file > 0);
    const files::GetArgs get{m_file, 0, 1000};
    QVERIFY(call(*m_li, files::op::Get, get.toJson()).ok);
    const protocol::Response refused = call(*m_wang, files::op::Get, get.toJson());
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.code, QStringLiteral("not_found"));
}

void TestApprovalAttachments::actionsSignTheAttachmentsToo() {
    QVERIFY(m_doc > 0);
    QVERIFY(actOnline(*m_li, m_doc, ActionKind::Approve)); // the server checked the signature
    const approval::GetResult detail = serverState(*m_li, m_doc);
    QCOMPARE(detail.actions.size(), 1);
    const QByteArray signedHash = detail.actions.first().signedAction.contentHash;
    QVERIFY(signedHash != detail.bodySm3); // not the body alone
    QVERIFY(approval::checkHistory(detail).ok);
    approval::GetResult swapped = detail;
    swapped.attachments.first().sha256 = sha256(QByteArrayLiteral("another attachment"));
    const approval::ChainReport broken = approval::checkHistory(swapped);
    QVERIFY(!broken.ok);
    QCOMPARE(broken.verdicts.first(), crypto::ActionProblem::ContentMismatch);
    approval::GetResult removed = detail;
    removed.attachments.clear();
    QVERIFY(!approval::checkHistory(removed).ok);
}

void TestApprovalAttachments::attachmentIsSavedFromTheCacheAndKeptOffline() {
    QVERIFY(m_doc > 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("名单.xlsx"));
    QSignalSpy saved(&svc(*m_li), &ApprovalService::attachmentSaved);
    svc(*m_li).saveAttachment(m_doc, m_file, path);
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), kTimeoutMs);
    QVERIFY2(saved.first().at(2).toBool(), qPrintable(saved.first().at(3).toString()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), m_attachment);
    // Zhang keeps the document offline: the attachment is fetched ahead, then opens offline.
    QVERIFY(openFresh(*m_zhang, m_doc));
    QSignalSpy offline(&svc(*m_zhang), &ApprovalService::offlineChanged);
    svc(*m_zhang).setAvailableOffline(m_doc, true);
    QTRY_VERIFY_WITH_TIMEOUT(!offline.isEmpty(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_zhang->core().fileCopies()->isCached(m_file), kTimeoutMs);
    m_zhang->core().goOffline();
    QVERIFY(m_zhang->waitStatus(core::ClientCore::Status::Offline));
    QSignalSpy opened(&svc(*m_zhang), &ApprovalService::attachmentCopyReady);
    svc(*m_zhang).openAttachment(m_doc, m_file);
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), kTimeoutMs);
    QFile copy(opened.first().at(1).toString());
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), m_attachment);
    m_zhang->core().goOnline();
}

void TestApprovalAttachments::badReferencesAreRefused() {
    approval::CreateArgs args;
    args.cid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    args.title = QStringLiteral("越权引用附件");
    args.docNumber = QStringLiteral("测发〔2026〕10号");
    args.issuingUnit = QStringLiteral("测试办公室");
    args.body = QByteArrayLiteral("%PDF-1.4\n%%EOF\n");
    args.steps = {step(approval::StepKind::Checking, {idOf(*m_li)})};
    // Wang cannot attach a file he may not read, nor use someone else's upload as body.
    args.attachments = {m_file};
    protocol::Response r = call(*m_wang, approval::op::Create, args.toJson());
    QVERIFY(!r.ok);
    QCOMPARE(r.error.code, QStringLiteral("not_found"));
    args.cid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    args.attachments.clear();
    args.body.clear();
    args.bodyFile = m_file;
    r = call(*m_wang, approval::op::Create, args.toJson());
    QVERIFY(!r.ok);
    QCOMPARE(r.error.code, QStringLiteral("not_found"));
}

QTEST_GUILESS_MAIN(TestApprovalAttachments)
#include "tst_approval_attachments.moc"
