// File transfer through the real client core and server. Prints "name value unit":
//   file_import_mb_per_s    copying a local file into the encrypted cache (hashing on the way)
//   file_upload_mb_per_s    pending → sent: chunked upload, server checksum, msg.send
//   file_download_mb_per_s  a member's "save as": chunked download into the encrypted cache,
//                           SHA-256 check, copy out
//   file_client_rss_mb      the sender's resident memory after it all (bounded by the chunk size,
//                           not the file size)
// Usage: bench_files [--mb N] (default 32)
#include "ServerProcess.h"
#include "TestClient.h"
#include "chat/ChatFiles.h"
#include "chat/Messenger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace zt;

namespace {

void report(const char* name, double value, const char* unit) {
    std::printf("%s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

double rssMb() {
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly)) return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * 4096 / (1024.0 * 1024.0) : 0;
}

bool wait(const std::function<bool()>& done, int timeoutMs = 600'000) {
    return QTest::qWaitFor(done, timeoutMs);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("mb"), QStringLiteral("File size in MiB."),
                      QStringLiteral("N"), QStringLiteral("32")});
    parser.process(app);
    const int mb = std::clamp(parser.value(QStringLiteral("mb")).toInt(), 1, 100);

    QTemporaryDir data, files;
    test::ServerProcess server(data.path(), {QStringLiteral("--demo")});
    if (!server.start()) qFatal("server did not start");
    test::TestClient zhang, li;
    if (!zhang.signIn(server.url(), QStringLiteral("zhangwei")) ||
        !li.signIn(server.url(), QStringLiteral("lina")))
        qFatal("sign-in failed");

    chat::Messenger& messenger = *zhang.core().messenger();
    QSignalSpy created(&messenger, &chat::Messenger::conversationCreated);
    messenger.createGroup(QStringLiteral("文件传输测试"), {li.core().account().userId});
    if (!wait([&] { return !created.isEmpty(); })) qFatal("no group");
    const qint64 conv = created.first().at(1).toLongLong();

    QByteArray content(mb * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator(42).fillRange(reinterpret_cast<quint32*>(content.data()), content.size() / 4);
    const QString path = files.filePath(QStringLiteral("报告.bin"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size()) qFatal("write");
    out.close();
    content.clear();

    QElapsedTimer t;
    t.start();
    chat::ChatFiles& sender = *zhang.core().chatFiles();
    const QString cid = sender.sendLocalFile(conv, path, {}, QStringLiteral("application/zip"), {});
    if (cid.isEmpty()) qFatal("send refused");
    const double importS = t.nsecsElapsed() / 1e9;
    report("file_import_mb_per_s", mb / importS, "MiB/s");
    t.restart();
    if (!wait([&] {
            const auto latest = messenger.latest(conv, 1);
            return !latest.isEmpty() && latest.last().state == chat::DeliveryState::Sent;
        }))
        qFatal("upload did not finish");
    report("file_upload_mb_per_s", mb / (t.nsecsElapsed() / 1e9), "MiB/s");

    chat::Messenger& liMessenger = *li.core().messenger();
    if (!wait([&] {
            const auto latest = liMessenger.latest(conv, 1);
            return !latest.isEmpty() && latest.last().message.file.id > 0;
        }))
        qFatal("message did not arrive");
    chat::ChatFiles& receiver = *li.core().chatFiles();
    QSignalSpy saved(&receiver, &chat::ChatFiles::saved);
    t.restart();
    receiver.saveAs(liMessenger.latest(conv, 1).last().localId,
                    files.filePath(QStringLiteral("copy")));
    if (!wait([&] { return !saved.isEmpty(); }) || !saved.first().at(2).toBool())
        qFatal("download failed");
    report("file_download_mb_per_s", mb / (t.nsecsElapsed() / 1e9), "MiB/s");
    report("file_client_rss_mb", rssMb(), "MiB");
    std::fprintf(stderr, "# %d MiB; both clients and the test harness in this process\n", mb);
    return 0;
}
