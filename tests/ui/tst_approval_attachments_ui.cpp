// A document's attachments in the approval pane (issue 5 §2 side panel), offscreen against a
// real zhengtong-server: 李娜 (a client core here) drafts a document with an attachment for 张伟
// to check; in 张伟's pane the side panel lists it with its size, "Save as" writes the same bytes
// and "Open" hands a private copy to the desktop's viewer.
#include "../integration/ApprovalClientHelpers.h"
#include "UiTestSession.h"
#include "approval/ApprovalInboxModel.h"
#include "approval/ApprovalPane.h"
#include "approval/AttachmentActions.h"
#include "approval/DocumentSidePanel.h"
#include "files/FileProtocol.h"
#include "shell/MainWindow.h"
#include "shell/NavigationRail.h"

#include <QCryptographicHash>
#include <QListView>
#include <QListWidget>

using namespace zt;
using namespace zt::test::approvalclient;

namespace {

const QString kTitle = QStringLiteral("关于报送汛期值班安排的通知");

qint64 upload(test::TestClient& c, const QByteArray& content, const QString& name) {
    const files::BeginArgs args{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                name,
                                content.size(),
                                QStringLiteral("text/csv"),
                                QCryptographicHash::hash(content, QCryptographicHash::Sha256),
                                {}};
    const auto begun =
        files::BeginResult::fromJson(call(c, files::op::Begin, args.toJson()).result);
    if (!begun) return 0;
    if (!call(c, files::op::Put, files::PutArgs{begun->file, 0, content}.toJson()).ok) return 0;
    return call(c, files::op::End, {{QStringLiteral("file"), begun->file}}).ok ? begun->file : 0;
}

} // namespace

class TstApprovalAttachmentsUi : public QObject, private ClientFixture {
    Q_OBJECT
private slots:
    void initTestCase();
    void attachmentsListedSavedAndOpened();

private:
    std::unique_ptr<test::TestClient> m_lina;
    QByteArray m_content;
    qint64 m_doc = 0;
};

void TstApprovalAttachmentsUi::initTestCase() {
    startServer();
    m_lina = signedIn(QStringLiteral("lina"));
    QVERIFY(m_lina);
    m_content = QByteArrayLiteral("单位,值班人,电话\n省防汛办,李娜,0571-1234\n");
    const qint64 file = upload(*m_lina, m_content, QStringLiteral("值班安排.csv"));
    QVERIFY(file > 0);
    approval::CreateArgs args;
    args.cid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    args.title = kTitle;
    args.docNumber = QStringLiteral("浙防办〔2026〕9号");
    args.issuingUnit = QStringLiteral("省防汛办");
    args.body = QByteArrayLiteral("%PDF-1.4\n%%EOF\n");
    args.attachments = {file};
    args.steps = {step(approval::StepKind::Checking, {1})}; // 张伟 is the first demo account
    const protocol::Response created = call(*m_lina, approval::op::Create, args.toJson());
    QVERIFY2(created.ok, qPrintable(created.error.message));
    m_doc = approval::CreateResult::fromJson(created.result).document;
}

void TstApprovalAttachmentsUi::attachmentsListedSavedAndOpened() {
    test::UiTestSession session;
    QVERIFY(session.signIn(m_server->url().toString(), QStringLiteral("zhangwei")));
    ui::MainWindow* window = session.mainWindow();
    ui::NavigationRail* rail = window->navigationRail();
    for (int row = 0; row < rail->count() && rail->currentKey() != QStringLiteral("approval");
         ++row)
        rail->setCurrentRow(row);
    ui::ApprovalPane* pane = window->approvalPane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->isAttached(), kTimeoutMs);
    ui::ApprovalInboxModel* todo = pane->model(approval::View::Todo);
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int i = 0; i < todo->rowCount(); ++i)
                if (todo->summaryAt(i).title == kTitle) row = i;
            return row >= 0;
        }(),
        kTimeoutMs);
    emit pane->inboxView()->activated(todo->index(row));
    QTRY_VERIFY_WITH_TIMEOUT(pane->documentView().fromServer &&
                                 pane->documentView().detail.summary.id == m_doc,
                             kTimeoutMs);
    auto* side = pane->findChild<ui::DocumentSidePanel*>();
    QVERIFY(side);
    QCOMPARE(side->attachmentsView()->count(), 1);
    QVERIFY(side->attachmentsView()->item(0)->text().startsWith(QStringLiteral("值班安排.csv (")));
    const files::FileMeta file = pane->documentView().detail.attachments.first();
    // The drafter's name, from the directory (the local copy, else the server's dir.users).
    QTRY_VERIFY_WITH_TIMEOUT(
        side->field(QStringLiteral("metaDrafter")).contains(QStringLiteral("李娜")), kTimeoutMs);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.csv"));
    pane->attachmentActions()->saveTo(m_doc, file.id, path);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() == m_content.size(), kTimeoutMs);
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), m_content);

    QString opened;
    pane->attachmentActions()->setOpener([&](const QString& p) { opened = p; });
    emit side->attachmentOpenRequested(m_doc, file);
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), kTimeoutMs);
    QFile copy(opened);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), m_content);
    session.stop();
}

QTEST_MAIN(TstApprovalAttachmentsUi)
#include "tst_approval_attachments_ui.moc"
