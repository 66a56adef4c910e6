#include "BenchSeed.h"
#include "chat/ChatProtocol.h"
#include "server/DemoSeed.h"
#include "server/storage/SqliteStorage.h"

namespace zt::bench {

void seedBacklog(const QString& dataDir, int count) {
    QString error;
    auto storage = server::SqliteStorage::open(dataDir, &error);
    if (!storage) qFatal("cannot open server storage: %s", qPrintable(error));
    server::seedDemo(*storage);
    constexpr qint64 kBaseTime = 1'700'000'000'000;
    storage->transaction([&] {
        for (int i = 0; i < count; ++i) {
            const QString cid = QStringLiteral("backlog-%1").arg(i, 8, 10, QLatin1Char('0'));
            const QString text =
                QStringLiteral("第 %1 条待同步的工作消息：请各单位按时报送材料。").arg(i);
            const qint64 id = storage->insertDirectMessage(2, 1, cid, text, kBaseTime + i);
            storage->appendEvent(1, chat::event::MessageNew,
                                 chat::MessageEvent{id, cid, 2, 1, text, kBaseTime + i}.toJson());
        }
    });
}

} // namespace zt::bench
