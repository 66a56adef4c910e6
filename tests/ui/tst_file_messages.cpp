// File messages in the Messages pane offscreen (issue 4 §1), signed in through the shell against
// a real server, with a second user's client core on the other side: a file sent through the
// pane's attach path shows a pending card, then a sent one, and reaches the other side; a file
// over the limit is refused at once; a picture travels with a thumbnail under 16 KiB that
// decodes; the card's geometry (preview, name, size, progress bar) is where clicks are tested;
// upload and download progress reach the row of their message, at most ten times a second;
// "Save as" on the receiving side writes the very bytes sent; a click on a card opens a copy.
#include "ServerProcess.h"
#include "TestClient.h"
#include "UiTestSession.h"
#include "chat/ChatFiles.h"
#include "chat/ConversationListModel.h"
#include "chat/Messenger.h"
#include "chat/TimelineModel.h"
#include "core/ClientCore.h"
#include "files/FileProtocol.h"
#include "messages/FileActions.h"
#include "messages/FileCardPainter.h"
#include "messages/FileSender.h"
#include "messages/FileThumbnail.h"
#include "messages/MessageDelegate.h"
#include "messages/MessageView.h"
#include "messages/MessagesPane.h"
#include "messages/PaneNotice.h"
#include "messages/TransferProgress.h"
#include "shell/MainWindow.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;
using chat::TimelineModel;
using TL = chat::TimelineModel;

namespace {
constexpr int kTimeoutMs = test::kUiNetTimeoutMs;

QByteArray randomBytes(int size, quint32 seed) {
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Noise does not compress: the thumbnail's quality has to come down to fit.
QImage noisyImage(int w, int h) {
    QImage image(w, h, QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            image.setPixel(x, y, random.generate() | 0xff000000u);
    return image;
}

int rowOfName(const TimelineModel* m, const QString& name) {
    for (int r = m->rowCount() - 1; r >= 0; --r)
        if (m->index(r).data(TL::FileNameRole).toString() == name) return r;
    return -1;
}

int rowOfCid(const TimelineModel* m, const QString& cid) {
    for (int r = m->rowCount() - 1; r >= 0; --r)
        if (m->index(r).data(TL::CidRole).toString() == cid) return r;
    return -1;
}
} // namespace

class TstFileMessages : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void thumbnailFitsTheLimitAndDecodes();
    void fileOverTheLimitIsRefusedAtOnce();
    void sentFileShowsAPendingCardThenASentOne();
    void pictureTravelsWithItsThumbnail();
    void cardGeometryAndHitTest();
    void progressIsThrottledAndFindsItsRow();
    void saveAsWritesTheSameBytesOnTheReceivingSide();
    void clickOnACardOpensACopy();
    void cleanupTestCase();

private:
    QModelIndex receive(const QString& name, const QByteArray& bytes, const QString& mime);
    QStyleOptionViewItem optionFor(const QModelIndex& index) const;
    QTemporaryDir m_data;
    QTemporaryDir m_files;
    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<test::UiTestSession> m_session; // 张伟 in the UI
    std::unique_ptr<test::TestClient> m_li;         // 李娜, client core only
    ui::MessagesPane* m_pane = nullptr;
    qint64 m_group = 0;
    QString m_sentCid;
};

void TstFileMessages::initTestCase() {
    QVERIFY(m_data.isValid() && m_files.isValid());
    m_server =
        std::make_unique<test::ServerProcess>(m_data.path(), QStringList{QStringLiteral("--demo")});
    QVERIFY(m_server->start());
    m_session = std::make_unique<test::UiTestSession>();
    QVERIFY(m_session->signIn(m_server->url().toString(), QStringLiteral("zhangwei")));
    m_li = std::make_unique<test::TestClient>();
    QVERIFY(m_li->signIn(m_server->url(), QStringLiteral("lina")));
    ui::MainWindow* window = m_session->mainWindow();
    m_pane = window->messagesPane();
    window->resize(1000, 700);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    chat::Messenger& li = *m_li->core().messenger();
    QSignalSpy created(&li, &chat::Messenger::conversationCreated);
    li.createGroup(QStringLiteral("文件测试群"), {1}); // 张伟 is the first demo account
    QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty(), kTimeoutMs);
    m_group = created.at(0).at(1).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->conversations()->rowOf(m_group) >= 0, kTimeoutMs);
    m_pane->openConversation(m_group);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->files()->isAttached(), kTimeoutMs);
}

void TstFileMessages::thumbnailFitsTheLimitAndDecodes() {
    const QString path = m_files.filePath(QStringLiteral("noise.png"));
    QVERIFY(noisyImage(1600, 1200).save(path));
    QVERIFY(ui::thumbnail::isImage(path));
    const QByteArray thumb = ui::thumbnail::make(path);
    QVERIFY(!thumb.isEmpty());
    QVERIFY2(thumb.size() <= files::kMaxThumbBytes, qPrintable(QString::number(thumb.size())));
    const QImage decoded = QImage::fromData(thumb);
    QVERIFY(!decoded.isNull());
    QVERIFY(decoded.width() <= 240 && decoded.height() <= 240);
    QCOMPARE(decoded.width(), 240); // 4:3, fitted to the box
    const QString text = m_files.filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(text, "not a picture"));
    QVERIFY(!ui::thumbnail::isImage(text));
    QVERIFY(ui::thumbnail::make(text).isEmpty());
}

void TstFileMessages::fileOverTheLimitIsRefusedAtOnce() {
    const QString path = m_files.filePath(QStringLiteral("huge.iso"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(files::kMaxFileBytes + 1)); // sparse: nothing is written
    f.close();
    const int rows = m_pane->timeline()->rowCount();
    m_pane->sendFiles({path});
    // At once, before anything is read or sent.
    QVERIFY(m_pane->notice()->isVisible());
    QVERIFY2(
        m_pane->notice()->text().contains(QStringLiteral("huge.iso")) &&
            m_pane->notice()->text().contains(ui::FileCardPainter::humanSize(files::kMaxFileBytes)),
        qPrintable(m_pane->notice()->text()));
    QTest::qWait(300);
    QCOMPARE(m_pane->timeline()->rowCount(), rows);
    QVERIFY(ui::FileSender::refusal(m_files.filePath(QStringLiteral("missing"))).size() > 0);
}

void TstFileMessages::sentFileShowsAPendingCardThenASentOne() {
    const QString name = QStringLiteral("值班安排.pdf");
    const QString path = m_files.filePath(name);
    const QByteArray bytes = randomBytes(900 * 1024, 1); // several chunks
    QVERIFY(writeFile(path, bytes));
    TimelineModel* timeline = m_pane->timeline();
    // Offline, the message waits as a pending card with an empty bar (on loopback the upload
    // would otherwise be over before the list shows the row).
    core::ClientCore* core = m_session->core();
    QMetaObject::invokeMethod(core, [core] { core->goOffline(); });
    auto online =
        qScopeGuard([core] { QMetaObject::invokeMethod(core, [core] { core->goOnline(); }); });
    QSignalSpy started(m_pane->files()->sender(), &ui::FileSender::started);
    QSignalSpy repaint(m_pane->files()->progress(), &ui::TransferProgress::rowsChanged);
    m_pane->sendFiles({path});
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), kTimeoutMs);
    m_sentCid = started.at(0).at(0).toString();
    QCOMPARE(started.at(0).at(1).toString(), path);
    QTRY_VERIFY_WITH_TIMEOUT(rowOfCid(timeline, m_sentCid) >= 0, kTimeoutMs);
    {
        const QModelIndex pending = timeline->index(rowOfCid(timeline, m_sentCid));
        QCOMPARE(pending.data(TL::StateRole).toInt(), int(chat::DeliveryState::Pending));
        QCOMPARE(pending.data(TL::FileNameRole).toString(), name);
        const auto bar = m_pane->files()->progress()->forIndex(pending);
        QVERIFY(bar.has_value() && bar->upload && bar->percent() == 0);
        QVERIFY(m_pane->messageDelegate()->fileCard(optionFor(pending), pending).has_value());
    }
    online.dismiss(); // online now, not at the end
    QMetaObject::invokeMethod(core, [core] { core->goOnline(); });
    const auto sent = [&] {
        const int row = rowOfCid(timeline, m_sentCid);
        return row >= 0 &&
               timeline->index(row).data(TL::StateRole).toInt() == int(chat::DeliveryState::Sent) &&
               timeline->index(row).data(TL::FileIdRole).toLongLong() > 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sent(), kTimeoutMs);
    const QModelIndex index = timeline->index(rowOfCid(timeline, m_sentCid));
    QCOMPARE(index.data(TL::KindRole).toInt(), int(chat::MessageKind::File));
    QCOMPARE(index.data(TL::FileSizeRole).toLongLong(), qint64(bytes.size()));
    QCOMPARE(index.data(TL::FileMimeRole).toString(), QStringLiteral("application/pdf")); // by name
    QVERIFY(index.data(TL::FileThumbRole).toByteArray().isEmpty());
    // The upload's progress reached the store, complete, and asked for this row's repaint.
    const auto up = m_pane->files()->progress()->upload(m_sentCid);
    QVERIFY(up.has_value());
    QCOMPARE(up->done, qint64(bytes.size()));
    QCOMPARE(up->total, qint64(bytes.size()));
    QTRY_VERIFY_WITH_TIMEOUT(!repaint.isEmpty(), 2'000);
    bool ourRow = false;
    for (const auto& args : repaint)
        ourRow |= args.at(0).value<QList<int>>().contains(index.row());
    QVERIFY(ourRow);
    // Sent, the card rests: no bar, and the status line does not say "Sending…".
    QVERIFY(!m_pane->files()->progress()->forIndex(index));
    QVERIFY(!m_pane->messageDelegate()->statusText(index).contains(QStringLiteral("Sending")));
    chat::Messenger& li = *m_li->core().messenger();
    QTRY_VERIFY_WITH_TIMEOUT(!li.latest(m_group, 10).isEmpty() &&
                                 li.latest(m_group, 10).last().message.file.name == name,
                             kTimeoutMs);
}

void TstFileMessages::pictureTravelsWithItsThumbnail() {
    const QString name = QStringLiteral("现场照片.png");
    const QString path = m_files.filePath(name);
    QVERIFY(noisyImage(1200, 900).save(path));
    m_pane->sendFiles({path});
    TimelineModel* timeline = m_pane->timeline();
    QTRY_VERIFY_WITH_TIMEOUT(rowOfName(timeline, name) >= 0, kTimeoutMs);
    const QModelIndex index = timeline->index(rowOfName(timeline, name));
    QCOMPARE(index.data(TL::FileMimeRole).toString(), QStringLiteral("image/png"));
    const QByteArray thumb = index.data(TL::FileThumbRole).toByteArray();
    QVERIFY(!thumb.isEmpty());
    QVERIFY(thumb.size() <= files::kMaxThumbBytes);
    QVERIFY(!QImage::fromData(thumb).isNull());
    QVERIFY(!ui::FileCardPainter::thumbnail(index).isNull());
    // The other side gets the same thumbnail with the message, before any download.
    chat::Messenger& li = *m_li->core().messenger();
    QTRY_VERIFY_WITH_TIMEOUT(!li.latest(m_group, 10).isEmpty() &&
                                 li.latest(m_group, 10).last().message.file.name == name,
                             kTimeoutMs);
    QCOMPARE(li.latest(m_group, 10).last().message.file.thumb, thumb);
}

QStyleOptionViewItem TstFileMessages::optionFor(const QModelIndex& index) const {
    ui::MessageView* view = m_pane->messageView();
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.widget = view;
    option.font = view->font();
    option.rect = view->visualRect(index);
    return option;
}

void TstFileMessages::cardGeometryAndHitTest() {
    TimelineModel* timeline = m_pane->timeline();
    const int row = rowOfCid(timeline, m_sentCid);
    QVERIFY(row >= 0);
    const QModelIndex index = timeline->index(row);
    ui::MessageView* view = m_pane->messageView();
    view->scrollTo(index);
    QTRY_VERIFY(view->viewport()->rect().contains(view->visualRect(index)));
    const QStyleOptionViewItem option = optionFor(index);
    const std::optional<QRect> card = m_pane->messageDelegate()->fileCard(option, index);
    QVERIFY(card.has_value());
    QVERIFY(option.rect.contains(*card));
    QVERIFY(card->right() > view->viewport()->width() / 2); // mine: on the right
    const ui::FileCardPainter painter(option.font, index);
    QCOMPARE(card->size(), painter.size());
    const auto g = painter.geometry(card->topLeft());
    for (const QRect& part : {g.preview, g.name, g.size, g.line})
        QVERIFY(card->contains(part));
    QVERIFY(g.line.contains(g.bar));
    QVERIFY(g.bar.top() > g.name.bottom() && g.bar.width() > 0);
    QVERIFY(!g.preview.intersects(g.name));
    // Clicks: on the card, yes; beside it in the same row, no; text messages have no card.
    QCOMPARE(m_pane->files()->cardAt(card->center()), QPersistentModelIndex(index));
    QVERIFY(!m_pane->files()->cardAt(QPoint(2, card->center().y())).isValid());
    // The transfer line follows the transfer; the card's size does not.
    QCOMPARE(painter.lineText(ui::Transfer{450, 900, {}, true}), QStringLiteral("Sending 50%"));
    QCOMPARE(painter.lineText(ui::Transfer{0, 900, QStringLiteral("no network"), false}),
             QStringLiteral("Failed: no network · Click to try again"));
    QCOMPARE(painter.lineText(std::nullopt), QStringLiteral("Click to open"));
    QImage canvas(option.rect.size() + QSize(0, option.rect.top() + 1), QImage::Format_RGB32);
    canvas.fill(Qt::white);
    QPainter p(&canvas);
    painter.paint(&p, card->topLeft(), ui::Transfer{450, 900, {}, true});
    p.end();
    // The bar's done half is painted in the progress colour, the other half is not.
    const QPoint doneAt(g.bar.left() + g.bar.width() / 4, g.bar.center().y());
    const QPoint restAt(g.bar.left() + 3 * g.bar.width() / 4, g.bar.center().y());
    QCOMPARE(QColor(canvas.pixel(doneAt)), QColor(0x1f, 0x6f, 0xd0));
    QVERIFY(QColor(canvas.pixel(restAt)) != QColor(0x1f, 0x6f, 0xd0));
    QCOMPARE(ui::FileCardPainter::humanSize(1'258'291), QStringLiteral("1.2 MB"));
    QCOMPARE(ui::FileCardPainter::typeLabel(QStringLiteral("报告.docx"), {}),
             QStringLiteral("DOC"));
}

void TstFileMessages::progressIsThrottledAndFindsItsRow() {
    // A model of its own, so that the rows are known: cids and file ids like the timeline's.
    QStandardItemModel model;
    for (int r = 0; r < 4; ++r) {
        auto* item = new QStandardItem;
        item->setData(int(chat::MessageKind::File), TL::KindRole);
        item->setData(QStringLiteral("cid-%1").arg(r), TL::CidRole);
        item->setData(qint64(100 + r), TL::FileIdRole);
        model.appendRow(item);
    }
    ui::TransferProgress progress(&model);
    QSignalSpy changed(&progress, &ui::TransferProgress::rowsChanged);
    for (int i = 1; i <= 200; ++i) // a burst, as from a fast local network
        progress.onUploadProgress(QStringLiteral("cid-2"), i * 1'000, 200'000);
    progress.onDownloadProgress(101, 5, 10);
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QList<int>>(), (QList<int>{1, 2}));
    QTest::qWait(3 * ui::TransferProgress::kRepaintIntervalMs);
    QCOMPARE(changed.size(), 1); // once for the whole burst
    QCOMPARE(progress.upload(QStringLiteral("cid-2"))->percent(), 100);
    QCOMPARE(progress.download(101)->percent(), 50);
    progress.onDownloadFailed(103, QStringLiteral("checksum"));
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).value<QList<int>>(), QList<int>{3});
    QVERIFY(progress.download(103)->failed());
    progress.onDownloadDone(101);
    QVERIFY(!progress.download(101));
}

// A file 李娜 sends from her client core; the row it makes in the pane once uploaded.
QModelIndex TstFileMessages::receive(const QString& name, const QByteArray& bytes,
                                     const QString& mime) {
    const QString path = m_files.filePath(QStringLiteral("li-") + name);
    if (!writeFile(path, bytes)) return {};
    const QString cid =
        m_li->core().chatFiles()->sendLocalFile(m_group, path, QString(), mime, QByteArray());
    if (cid.isEmpty()) return {};
    TimelineModel* timeline = m_pane->timeline();
    QModelIndex index;
    (void)QTest::qWaitFor(
        [&] {
            const int row = rowOfCid(timeline, cid);
            index = row >= 0 ? timeline->index(row) : QModelIndex();
            return index.isValid() && index.data(TL::FileIdRole).toLongLong() > 0;
        },
        kTimeoutMs);
    return index;
}

void TstFileMessages::saveAsWritesTheSameBytesOnTheReceivingSide() {
    const QByteArray bytes = randomBytes(700 * 1024 + 13, 2);
    const QModelIndex index =
        receive(QStringLiteral("会议纪要.docx"), bytes, QStringLiteral("application/octet-stream"));
    QVERIFY(index.isValid());
    QVERIFY(!index.data(TL::MineRole).toBool());
    QCOMPARE(index.data(TL::FileNameRole).toString(), QStringLiteral("li-会议纪要.docx"));
    const qint64 fileId = index.data(TL::FileIdRole).toLongLong();
    QSignalSpy repaint(m_pane->files()->progress(), &ui::TransferProgress::rowsChanged);
    const QString target = m_files.filePath(QStringLiteral("saved/纪要副本.docx"));
    QVERIFY(QDir().mkpath(QFileInfo(target).path()));
    m_pane->files()->saveTo(index, target);
    // The download shows on the card at once (the bar), and is gone once saved.
    QVERIFY(m_pane->files()->progress()->download(fileId).has_value());
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->notice()->isVisible() &&
                                 m_pane->notice()->text().startsWith(QStringLiteral("Saved")),
                             kTimeoutMs);
    QVERIFY2(m_pane->notice()->text().contains(QStringLiteral("li-会议纪要.docx")),
             qPrintable(m_pane->notice()->text()));
    QCOMPARE(readFile(target), bytes);
    QVERIFY(!m_pane->files()->progress()->download(fileId).has_value());
    QTRY_VERIFY_WITH_TIMEOUT(!repaint.isEmpty(), 2'000);
    QVERIFY(repaint.last().at(0).value<QList<int>>().contains(index.row()));
}

void TstFileMessages::clickOnACardOpensACopy() {
    const QByteArray bytes = randomBytes(40 * 1024, 3);
    const QModelIndex index =
        receive(QStringLiteral("通知.txt"), bytes, QStringLiteral("text/plain"));
    QVERIFY(index.isValid());
    QString shownPath, shownName;
    bool shownImage = true;
    m_pane->files()->show = [&](const QString& path, const QString& name, bool image) {
        shownPath = path;
        shownName = name;
        shownImage = image;
    };
    ui::MessageView* view = m_pane->messageView();
    view->scrollTo(index);
    QTRY_VERIFY(view->viewport()->rect().contains(view->visualRect(index)));
    const std::optional<QRect> card = m_pane->messageDelegate()->fileCard(optionFor(index), index);
    QVERIFY(card.has_value());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, card->center());
    QTRY_VERIFY_WITH_TIMEOUT(!shownPath.isEmpty(), kTimeoutMs);
    QCOMPARE(shownName, QStringLiteral("li-通知.txt"));
    QVERIFY(!shownImage);
    QCOMPARE(readFile(shownPath), bytes);
}

void TstFileMessages::cleanupTestCase() {
    if (m_session) m_session->stop();
}

QTEST_MAIN(TstFileMessages)
#include "tst_file_messages.moc"
