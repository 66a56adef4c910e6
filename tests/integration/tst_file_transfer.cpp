// Files against the real server (--demo). Protocol level: chunked upload, a repeated chunk
// acknowledged once, resume after a dropped connection, a checksum mismatch rejected and the
// bytes discarded, a wrong offset refused, and authorisation (only the uploader, or members of a
// conversation whose messages refer to the file, may read it; nobody may refer to a file they
// cannot read). Client core: a file sent offline shows as pending with its description, is
// uploaded when the network returns, arrives with name, size and thumbnail, downloads into the
// encrypted cache, is checked and saved byte for byte; an upload cut off midway resumes.
#include "RawClient.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "chat/ChatFiles.h"
#include "chat/ConversationProtocol.h"
#include "chat/Messenger.h"
#include "files/FileCopies.h"
#include "files/FileProtocol.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace zt;

namespace {

constexpr int kTimeoutMs = 30'000;

QString cid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString outcome(const QJsonObject& res) {
    if (res.value(QStringLiteral("ok")).toBool()) return QStringLiteral("ok");
    const QJsonObject e = res.value(QStringLiteral("error")).toObject();
    return e.value(QStringLiteral("code")).toString() + QLatin1Char('/') +
           e.value(QStringLiteral("message")).toString();
}

QJsonObject result(const QJsonObject& res) {
    return res.value(QStringLiteral("result")).toObject();
}

QByteArray randomBytes(int size, quint32 seed) {
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    gen.fillRange(reinterpret_cast<quint32*>(out.data()), size / 4);
    return out;
}

QByteArray sha256(const QByteArray& data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

files::BeginArgs beginArgs(const QByteArray& content, const QString& name) {
    return files::BeginArgs{cid(),           name,
                            content.size(),  QStringLiteral("application/octet-stream"),
                            sha256(content), {}};
}

QJsonObject put(test::RawClient& c, qint64 file, const QByteArray& content, qint64 offset,
                int length) {
    return c.request(files::op::Put,
                     files::PutArgs{file, offset, content.mid(offset, length)}.toJson());
}

qint64 idOf(test::TestClient& c) {
    return c.core().account().userId;
}

} // namespace

class TestFileTransfer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void chunkedUploadIsReadBack();
    void uploadResumesAfterADroppedConnection();
    void checksumMismatchIsRejectedAndDiscarded();
    void wrongOffsetIsRefused();
    void onlyMembersOfAReferringConversationMayRead();
    void clientSendsOfflineFileWhenOnlineAndMemberDownloadsIt();
    void clientUploadResumesAfterTheConnectionDrops();
    void forwardedFileIsReadableInTheOtherConversation();
    void downloadNotMatchingItsChecksumIsDiscarded();

private:
    bool rawLogin(test::RawClient& c, const QString& user, qint64* id = nullptr);
    qint64 upload(test::RawClient& c, const QByteArray& content, const QString& name);
    qint64 group(test::RawClient& owner, const QList<qint64>& members);

    QTemporaryDir m_data;
    std::unique_ptr<test::ServerProcess> m_server;
    test::RawClient m_zhang, m_li, m_wang;
    qint64 m_liId = 0, m_wangId = 0;
};

bool TestFileTransfer::rawLogin(test::RawClient& c, const QString& user, qint64* id) {
    if (!c.open(m_server->url()) || !c.hello()) return false;
    const QJsonObject login = c.request(
        QStringLiteral("auth.login"),
        {{QStringLiteral("user"), user}, {QStringLiteral("password"), test::kDemoPassword}});
    if (id) *id = result(login).value(QStringLiteral("userId")).toInteger();
    return outcome(login) == QStringLiteral("ok");
}

void TestFileTransfer::initTestCase() {
    QVERIFY(m_data.isValid());
    m_server =
        std::make_unique<test::ServerProcess>(m_data.path(), QStringList{QStringLiteral("--demo")});
    QVERIFY(m_server->start());
    QVERIFY(rawLogin(m_zhang, QStringLiteral("zhangwei")));
    QVERIFY(rawLogin(m_li, QStringLiteral("lina"), &m_liId));
    QVERIFY(rawLogin(m_wang, QStringLiteral("wangfang"), &m_wangId));
}

qint64 TestFileTransfer::upload(test::RawClient& c, const QByteArray& content,
                                const QString& name) {
    const files::BeginArgs args = beginArgs(content, name);
    const QJsonObject begun = c.request(files::op::Begin, args.toJson());
    const qint64 file = result(begun).value(QStringLiteral("file")).toInteger();
    for (qint64 at = 0; at < content.size(); at += files::kChunkBytes)
        if (outcome(put(c, file, content, at, files::kChunkBytes)) != QStringLiteral("ok"))
            return 0;
    const QJsonObject end = c.request(files::op::End, {{QStringLiteral("file"), file}});
    return outcome(end) == QStringLiteral("ok") ? file : 0;
}

qint64 TestFileTransfer::group(test::RawClient& owner, const QList<qint64>& members) {
    chat::CreateConvArgs args;
    args.cid = cid();
    args.kind = chat::ConvKind::Group;
    args.name = QStringLiteral("材料报送群");
    args.members = members;
    return result(owner.request(chat::op::ConvCreate, args.toJson()))
        .value(QStringLiteral("conv"))
        .toInteger();
}

void TestFileTransfer::chunkedUploadIsReadBack() {
    const QByteArray content = randomBytes(files::kChunkBytes * 2 + 1000, 1);
    const files::BeginArgs args = beginArgs(content, QStringLiteral("汛期值班表.xlsx"));
    const QJsonObject begun = m_zhang.request(files::op::Begin, args.toJson());
    QCOMPARE(outcome(begun), QStringLiteral("ok"));
    const qint64 file = result(begun).value(QStringLiteral("file")).toInteger();
    QCOMPARE(result(begun).value(QStringLiteral("received")).toInteger(), 0);
    QCOMPARE(outcome(put(m_zhang, file, content, 0, files::kChunkBytes)), QStringLiteral("ok"));
    // The same chunk again (an answer lost on the way): acknowledged, stored once.
    const QJsonObject again = put(m_zhang, file, content, 0, files::kChunkBytes);
    QCOMPARE(result(again).value(QStringLiteral("received")).toInteger(), files::kChunkBytes);
    QCOMPARE(outcome(put(m_zhang, file, content, files::kChunkBytes, files::kChunkBytes)),
             QStringLiteral("ok"));
    // Not finished yet: end refuses, get does not serve it.
    QCOMPARE(outcome(m_zhang.request(files::op::End, {{QStringLiteral("file"), file}})),
             QStringLiteral("conflict/incomplete"));
    QCOMPARE(outcome(put(m_zhang, file, content, 2 * files::kChunkBytes, files::kChunkBytes)),
             QStringLiteral("ok"));
    QCOMPARE(outcome(m_zhang.request(files::op::End, {{QStringLiteral("file"), file}})),
             QStringLiteral("ok"));
    QByteArray back;
    while (back.size() < content.size()) {
        const QJsonObject got =
            m_zhang.request(files::op::Get, files::GetArgs{file, back.size(), 100'000}.toJson());
        const auto chunk = files::GetResult::fromJson(result(got));
        QVERIFY2(chunk && !chunk->data.isEmpty(), qPrintable(outcome(got)));
        QCOMPARE(chunk->total, content.size());
        back += chunk->data;
    }
    QCOMPARE(back, content);
}

void TestFileTransfer::uploadResumesAfterADroppedConnection() {
    const QByteArray content = randomBytes(files::kChunkBytes * 3, 2);
    const files::BeginArgs args = beginArgs(content, QStringLiteral("会议纪要.pdf"));
    qint64 file = 0;
    {
        test::RawClient first;
        QVERIFY(rawLogin(first, QStringLiteral("zhangwei")));
        file = result(first.request(files::op::Begin, args.toJson()))
                   .value(QStringLiteral("file"))
                   .toInteger();
        QCOMPARE(outcome(put(first, file, content, 0, files::kChunkBytes)), QStringLiteral("ok"));
    } // the connection drops here
    test::RawClient second;
    QVERIFY(rawLogin(second, QStringLiteral("zhangwei")));
    const QJsonObject resumed = second.request(files::op::Begin, args.toJson());
    QCOMPARE(result(resumed).value(QStringLiteral("file")).toInteger(), file);
    const qint64 received = result(resumed).value(QStringLiteral("received")).toInteger();
    QCOMPARE(received, files::kChunkBytes);
    for (qint64 at = received; at < content.size(); at += files::kChunkBytes)
        QCOMPARE(outcome(put(second, file, content, at, files::kChunkBytes)), QStringLiteral("ok"));
    QCOMPARE(outcome(second.request(files::op::End, {{QStringLiteral("file"), file}})),
             QStringLiteral("ok"));
}

void TestFileTransfer::checksumMismatchIsRejectedAndDiscarded() {
    const QByteArray content = randomBytes(5000, 3);
    files::BeginArgs args = beginArgs(content, QStringLiteral("通知.docx"));
    args.sha256 = sha256(QByteArrayLiteral("something else"));
    const qint64 file = result(m_zhang.request(files::op::Begin, args.toJson()))
                            .value(QStringLiteral("file"))
                            .toInteger();
    QCOMPARE(outcome(put(m_zhang, file, content, 0, content.size())), QStringLiteral("ok"));
    QCOMPARE(outcome(m_zhang.request(files::op::End, {{QStringLiteral("file"), file}})),
             QStringLiteral("conflict/checksum_mismatch"));
    // The bytes are gone: the upload starts over, and nobody can read or send the file.
    QCOMPARE(result(m_zhang.request(files::op::Begin, args.toJson()))
                 .value(QStringLiteral("received"))
                 .toInteger(),
             0);
    QCOMPARE(outcome(m_zhang.request(files::op::Get, files::GetArgs{file, 0, 100}.toJson())),
             QStringLiteral("not_found/no such file"));
}

void TestFileTransfer::wrongOffsetIsRefused() {
    const QByteArray content = randomBytes(files::kChunkBytes + 10, 4);
    const qint64 file =
        result(
            m_zhang.request(files::op::Begin, beginArgs(content, QStringLiteral("a.bin")).toJson()))
            .value(QStringLiteral("file"))
            .toInteger();
    QCOMPARE(outcome(put(m_zhang, file, content, 10, 100)), QStringLiteral("conflict/bad_offset"));
    // Someone else cannot write into it.
    QCOMPARE(outcome(put(m_li, file, content, 0, 100)), QStringLiteral("not_found/no such file"));
    // Too big, bad name, bad hash: bad_args.
    files::BeginArgs big = beginArgs(content, QStringLiteral("big.bin"));
    big.size = files::kMaxFileBytes + 1;
    QCOMPARE(outcome(m_zhang.request(files::op::Begin, big.toJson())).section(u'/', 0, 0),
             QStringLiteral("bad_args"));
    files::BeginArgs slash = beginArgs(content, QStringLiteral("../etc/passwd"));
    QCOMPARE(outcome(m_zhang.request(files::op::Begin, slash.toJson())).section(u'/', 0, 0),
             QStringLiteral("bad_args"));
}

void TestFileTransfer::onlyMembersOfAReferringConversationMayRead() {
    const QByteArray content = randomBytes(3000, 5);
    const qint64 file = upload(m_zhang, content, QStringLiteral("名单.xlsx"));
    QVERIFY(file > 0);
    const files::GetArgs get{file, 0, 3000};
    // Before any message refers to it: only the uploader.
    QCOMPARE(outcome(m_li.request(files::op::Get, get.toJson())),
             QStringLiteral("not_found/no such file"));
    QVERIFY(m_liId > 0 && m_wangId > 0);
    const qint64 conv = group(m_zhang, {m_liId});
    QVERIFY(conv > 0);
    chat::SendMsgArgs send;
    send.cid = cid();
    send.conv = conv;
    send.kind = chat::MessageKind::File;
    send.fileRef = files::refOf(file);
    send.text = QStringLiteral("请查收");
    // Wang is not a member: cannot send into the group; nor refer to a file he cannot read.
    const qint64 wangConv = group(m_wang, {m_liId});
    chat::SendMsgArgs foreign = send;
    foreign.cid = cid();
    foreign.conv = wangConv;
    QCOMPARE(outcome(m_wang.request(chat::op::MsgSend, foreign.toJson())),
             QStringLiteral("not_found/no such file"));
    QCOMPARE(outcome(m_zhang.request(chat::op::MsgSend, send.toJson())), QStringLiteral("ok"));
    // The message carries the file's description, from the server's record.
    const QJsonObject event = m_li.waitFor([&](const QJsonObject& f) {
        const QJsonObject data = f.value(QStringLiteral("data")).toObject();
        return f.value(QStringLiteral("kind")).toString() == chat::event::MsgNew &&
               data.value(QStringLiteral("conv")).toInteger() == conv;
    });
    const auto message = chat::Message::fromJson(event.value(QStringLiteral("data")).toObject());
    QVERIFY(message);
    QCOMPARE(message->file.id, file);
    QCOMPARE(message->file.name, QStringLiteral("名单.xlsx"));
    QCOMPARE(message->file.size, 3000);
    QCOMPARE(message->file.sha256, sha256(content));
    // Members read it; the non-member still gets not_found.
    const QJsonObject got = m_li.request(files::op::Get, get.toJson());
    QCOMPARE(files::GetResult::fromJson(result(got))->data, content);
    QCOMPARE(outcome(m_wang.request(files::op::Get, get.toJson())),
             QStringLiteral("not_found/no such file"));
    // Li may forward it to a conversation of hers, whose members may then read it.
    foreign.cid = cid();
    QCOMPARE(outcome(m_li.request(chat::op::MsgSend, foreign.toJson())), QStringLiteral("ok"));
    QCOMPARE(outcome(m_wang.request(files::op::Get, get.toJson())), QStringLiteral("ok"));
}

void TestFileTransfer::clientSendsOfflineFileWhenOnlineAndMemberDownloadsIt() {
    test::TestClient zhang, li;
    QVERIFY(zhang.signIn(m_server->url(), QStringLiteral("zhangwei")));
    QVERIFY(li.signIn(m_server->url(), QStringLiteral("lina")));
    const qint64 conv = group(m_zhang, {idOf(li)});
    QVERIFY(conv > 0);
    QTemporaryDir dir;
    const QByteArray content = randomBytes(files::kChunkBytes * 2 + 77, 6);
    const QString path = dir.filePath(QStringLiteral("防汛预案.pdf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(content) == content.size());
    f.close();
    const QByteArray thumb = QByteArrayLiteral("\xff\xd8\xff\xe0 tiny jpeg");

    zhang.core().goOffline();
    QVERIFY(zhang.waitStatus(core::ClientCore::Status::Offline));
    chat::ChatFiles& files = *zhang.core().chatFiles();
    const QString sent = files.sendLocalFile(conv, path, QStringLiteral("请审阅"),
                                             QStringLiteral("application/pdf"), thumb);
    QVERIFY(!sent.isEmpty());
    auto mine = zhang.core().messenger()->latest(conv, 10);
    QVERIFY(!mine.isEmpty());
    QCOMPARE(mine.last().message.cid, sent);
    QCOMPARE(mine.last().state, chat::DeliveryState::Pending);
    QCOMPARE(mine.last().message.file.name, QStringLiteral("防汛预案.pdf"));
    QCOMPARE(mine.last().message.file.size, content.size());
    QVERIFY(QFile::remove(path)); // the cache holds its own copy: the original may go

    QSignalSpy progress(&files, &chat::ChatFiles::uploadProgress);
    zhang.core().goOnline();
    QTRY_VERIFY_WITH_TIMEOUT(zhang.core().messenger()->latest(conv, 10).last().state ==
                                 chat::DeliveryState::Sent,
                             kTimeoutMs);
    QVERIFY(progress.size() >= 3);

    // The member receives the description, thumbnail included, then downloads the bytes.
    chat::Messenger& liMessenger = *li.core().messenger();
    QTRY_VERIFY_WITH_TIMEOUT(!liMessenger.latest(conv, 10).isEmpty() &&
                                 liMessenger.latest(conv, 10).last().message.file.id > 0,
                             kTimeoutMs);
    const chat::StoredMessage theirs = liMessenger.latest(conv, 10).last();
    QCOMPARE(theirs.message.file.name, QStringLiteral("防汛预案.pdf"));
    QCOMPARE(theirs.message.file.thumb, thumb);
    QCOMPARE(theirs.message.text, QStringLiteral("请审阅"));
    chat::ChatFiles& liFiles = *li.core().chatFiles();
    QVERIFY(!liFiles.isCached(theirs.message.file.id));
    QSignalSpy saved(&liFiles, &chat::ChatFiles::saved);
    const QString copy = dir.filePath(QStringLiteral("copy.pdf"));
    liFiles.saveAs(theirs.localId, copy);
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), kTimeoutMs);
    QVERIFY2(saved.at(0).at(2).toBool(), qPrintable(saved.at(0).at(3).toString()));
    QFile back(copy);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), content);
    QVERIFY(liFiles.isCached(theirs.message.file.id));
    // Opening hands out a copy in the account's private folder, removed at sign-out.
    QSignalSpy opened(&liFiles, &chat::ChatFiles::copyReady);
    liFiles.openCopy(theirs.localId);
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), kTimeoutMs);
    const QString openedPath = opened.at(0).at(1).toString();
    QVERIFY(QFile::exists(openedPath));
    li.destroy();
    QVERIFY(!QFile::exists(openedPath));
}

void TestFileTransfer::clientUploadResumesAfterTheConnectionDrops() {
    test::TestClient zhang;
    QVERIFY(zhang.signIn(m_server->url(), QStringLiteral("zhangwei")));
    const qint64 conv = group(m_zhang, {m_liId});
    QTemporaryDir dir;
    const QByteArray content = randomBytes(files::kChunkBytes * 24, 7);
    const QString path = dir.filePath(QStringLiteral("年度报告.zip"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(content) == content.size());
    f.close();
    chat::ChatFiles& files = *zhang.core().chatFiles();
    QSignalSpy progress(&files, &chat::ChatFiles::uploadProgress);
    QVERIFY(!files.sendLocalFile(conv, path, {}, QStringLiteral("application/zip"), {}).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() &&
                                 progress.last().at(1).toLongLong() >= 2 * files::kChunkBytes,
                             kTimeoutMs);
    zhang.core().goOffline();
    QVERIFY(zhang.waitStatus(core::ClientCore::Status::Offline));
    const qint64 before = progress.last().at(1).toLongLong();
    QVERIFY(before < content.size());
    progress.clear();
    zhang.core().goOnline();
    QTRY_VERIFY_WITH_TIMEOUT(zhang.core().messenger()->latest(conv, 10).last().state ==
                                 chat::DeliveryState::Sent,
                             kTimeoutMs);
    // It went on from what the server held, not from the start.
    QVERIFY(!progress.isEmpty());
    QVERIFY2(progress.first().at(1).toLongLong() >= before - files::kChunkBytes,
             qPrintable(QString::number(progress.first().at(1).toLongLong())));
    const auto message = zhang.core().messenger()->latest(conv, 10).last().message;
    QByteArray back;
    while (back.size() < content.size()) {
        const QJsonObject got =
            m_li.request(files::op::Get,
                         files::GetArgs{message.file.id, back.size(), files::kChunkBytes}.toJson());
        const auto chunk = files::GetResult::fromJson(result(got));
        QVERIFY2(chunk && !chunk->data.isEmpty(), qPrintable(outcome(got)));
        back += chunk->data;
    }
    QCOMPARE(back, content);
}

void TestFileTransfer::forwardedFileIsReadableInTheOtherConversation() {
    test::TestClient li;
    QVERIFY(li.signIn(m_server->url(), QStringLiteral("lina")));
    const QByteArray content = randomBytes(4000, 8);
    const qint64 file = upload(m_zhang, content, QStringLiteral("转发.txt"));
    const qint64 from = group(m_zhang, {m_liId});
    const qint64 to = group(m_li, {m_wangId});
    chat::SendMsgArgs send;
    send.cid = cid();
    send.conv = from;
    send.kind = chat::MessageKind::File;
    send.fileRef = files::refOf(file);
    QCOMPARE(outcome(m_zhang.request(chat::op::MsgSend, send.toJson())), QStringLiteral("ok"));
    chat::Messenger& messenger = *li.core().messenger();
    QTRY_VERIFY_WITH_TIMEOUT(!messenger.latest(from, 5).isEmpty(), kTimeoutMs);
    const files::GetArgs get{file, 0, 4000};
    QCOMPARE(outcome(m_wang.request(files::op::Get, get.toJson())),
             QStringLiteral("not_found/no such file"));
    QVERIFY(!messenger.forward(messenger.latest(from, 5).last().localId, to).isEmpty());
    QCOMPARE(messenger.latest(to, 5).last().message.file.name, QStringLiteral("转发.txt"));
    QTRY_VERIFY_WITH_TIMEOUT(messenger.latest(to, 5).last().state == chat::DeliveryState::Sent,
                             kTimeoutMs);
    QCOMPARE(files::GetResult::fromJson(result(m_wang.request(files::op::Get, get.toJson())))->data,
             content);
}

// The client checks what it downloads against the description it was given: bytes that do not
// match (a tampered description, a broken server) are discarded, never handed out.
void TestFileTransfer::downloadNotMatchingItsChecksumIsDiscarded() {
    test::TestClient zhang;
    QVERIFY(zhang.signIn(m_server->url(), QStringLiteral("zhangwei")));
    const QByteArray content = randomBytes(3000, 10);
    files::FileMeta meta;
    meta.id = upload(m_zhang, content, QStringLiteral("篡改.bin"));
    meta.name = QStringLiteral("篡改.bin");
    meta.size = content.size();
    meta.sha256 = sha256(QByteArrayLiteral("not these bytes"));
    QVERIFY(meta.id > 0);
    files::FileCopies& copies = *zhang.core().fileCopies();
    QSignalSpy saved(&copies, &files::FileCopies::saved);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.bin"));
    copies.save(meta, path);
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), kTimeoutMs);
    QVERIFY(!saved.first().at(2).toBool());
    QVERIFY(saved.first().at(3).toString().contains(QStringLiteral("checksum")));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!copies.isCached(meta.id));
    // The true description later (a genuine message): the refused attempt does not stand in the
    // way.
    meta.sha256 = sha256(content);
    saved.clear();
    copies.save(meta, path);
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), kTimeoutMs);
    QVERIFY2(saved.first().at(2).toBool(), qPrintable(saved.first().at(3).toString()));
    QVERIFY(copies.isCached(meta.id));
}

QTEST_GUILESS_MAIN(TestFileTransfer)
#include "tst_file_transfer.moc"
