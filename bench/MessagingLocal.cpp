#include "MessagingLocal.h"
#include "MessagingText.h"
#include "Stats.h"
#include "chat/ConversationStore.h"
#include "chat/MessageSearch.h"
#include "chat/MessageStore.h"
#include "chat/Messenger.h"
#include "core/ClientSchema.h"
#include "crypto/Kdf.h"
#include "net/Connection.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace zt::bench {

namespace {

constexpr qint64 kSelf = 1;
constexpr qint64 kBaseTimeMs = 1'790'000'000'000;

std::unique_ptr<store::Database> openStore(const QString& path, const QByteArray& key) {
    auto opened = store::Database::open(path, key);
    if (!opened.db) qFatal("cannot open the client store: %s", qPrintable(opened.message));
    store::migrate(*opened.db, core::clientSchema());
    return std::move(opened.db);
}

double msSince(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

double rssMb() {
    return double(residentKb(QCoreApplication::applicationPid())) / 1024.0;
}

void releaseFreedMemory() {
#ifdef __GLIBC__
    malloc_trim(0); // so RSS shows what is held, not what the allocator keeps from the fill
#endif
}

// Messages as the client stores those from the server (ChatEvents, MessageHistory): applyServer,
// 20,000 per transaction, the search-index rows written together at the end of each transaction
// and each conversation's newest seq noted once at the end. (An UPDATE that needs a statement
// journal makes SQLCipher's FTS4 flush its pending terms, so indexing message by message made
// each message its own index segment.) convOf(i) is the conversation of message i.
void fill(store::Database& db, int count, const std::function<qint64(int)>& convOf) {
    OfficeText text(20261127);
    chat::MessageStore::IndexBatch index;
    chat::MessageStore messages(db, &index);
    chat::ConversationStore convs(db);
    QHash<qint64, qint64> seqs;
    QHash<qint64, chat::Message> newest; // noted once at the end, see above
    constexpr int kBatch = 20'000;
    for (int start = 0; start < count; start += kBatch) {
        db.transaction([&] {
            for (int i = start; i < std::min(count, start + kBatch); ++i) {
                chat::Message m;
                m.conv = convOf(i);
                if (!seqs.contains(m.conv)) convs.ensure(m.conv);
                m.seq = ++seqs[m.conv];
                m.sender = 1 + i % 3; // me and two others
                m.cid = QStringLiteral("m%1").arg(i);
                m.text = text.next();
                m.timeMs = kBaseTimeMs + qint64(i) * 1000;
                messages.applyServer(m);
                newest.insert(m.conv, m);
            }
            chat::MessageStore::flush(db, index);
        });
    }
    db.transaction([&] {
        for (const chat::Message& m : std::as_const(newest))
            convs.noteMessage(m);
        for (auto it = seqs.cbegin(); it != seqs.cend(); ++it) {
            convs.setCounters(it.key(), it.value(), 0, false);
            convs.setHistoryFloor(it.key(), 1); // the store holds the whole history
        }
    });
}

// What a conversation view holds: the Messenger and its offline connection, outbox and sync.
struct ClientSide {
    explicit ClientSide(store::Database& db)
        : outbox(db, connection)
        , sync(db, connection)
        , messenger({db, connection, outbox, sync, kSelf}) {}
    net::Connection connection; // never connected: everything answers from the store
    sync::Outbox outbox;
    sync::SyncEngine sync;
    chat::Messenger messenger;
};

struct Page {
    QList<chat::StoredMessage> messages;
    bool more = false;
};

Page loadPage(chat::Messenger& messenger, qint64 conv, qint64 before) {
    static quint64 serial = 0;
    Page page;
    bool answered = false;
    const auto c = QObject::connect(
        &messenger, &chat::Messenger::pageLoaded,
        [&](quint64 s, qint64, const QList<chat::StoredMessage>& messages, bool more, bool) {
            if (s != serial) return;
            page = {messages, more};
            answered = true;
        });
    messenger.loadPage(++serial, conv, before, 50);
    if (!answered) spinUntil([&] { return answered; }, 10'000);
    QObject::disconnect(c);
    return page;
}

// Opening as the view does: the conversation's header, then its newest page.
double timeOpen(chat::Messenger& messenger, qint64 conv) {
    QElapsedTimer t;
    t.start();
    bool header = false;
    const auto c = QObject::connect(&messenger, &chat::Messenger::conversationLoaded,
                                    [&](const chat::Conversation&) { header = true; });
    messenger.loadConversation(conv);
    const Page page = loadPage(messenger, conv, 0);
    const double ms = msSince(t);
    QObject::disconnect(c);
    if (!header || page.messages.size() != 50) qFatal("opening the conversation failed");
    return ms;
}

} // namespace

void benchOpenAndScroll(int count) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("client.db"));
    const QByteArray key = crypto::randomBytes(32);
    constexpr qint64 kConv = 7;
    {
        auto db = openStore(path, key);
        QElapsedTimer t;
        t.start();
        fill(*db, count, [](int) { return kConv; });
        std::fprintf(stderr, "# %d messages stored in %.1f s\n", count, msSince(t) / 1000.0);
    }
    releaseFreedMemory();
    // Each open on a freshly opened store (empty page cache, no prepared statements yet).
    QList<double> opens;
    for (int round = 0; round < 7; ++round) {
        auto db = openStore(path, key);
        ClientSide client(*db);
        opens << timeOpen(client.messenger, kConv);
    }
    report("chat_open_100k_first_ms", opens.first(), "ms");
    report("chat_open_100k_ms", percentile(opens, 50), "ms");

    auto db = openStore(path, key);
    ClientSide client(*db);
    Page page = loadPage(client.messenger, kConv, 0);
    QList<chat::StoredMessage> window = page.messages; // the model's bounded window
    releaseFreedMemory();
    const double before = rssMb();
    QList<double> pageMs;
    qsizetype seen = window.size();
    QStringList curve; // RSS after each tenth of the history: flat when memory is bounded
    QElapsedTimer total;
    total.start();
    while (page.more && !window.isEmpty()) {
        QElapsedTimer t;
        t.start();
        page = loadPage(client.messenger, kConv, window.first().message.seq);
        pageMs << msSince(t);
        seen += page.messages.size();
        window = page.messages + window;
        if (window.size() > 1000) window.resize(1000); // scrolled away from the newest rows
        if (seen % std::max(50, count / 10 / 50 * 50) == 0)
            curve << QString::number(rssMb(), 'f', 1);
    }
    const double totalS = msSince(total) / 1000.0;
    releaseFreedMemory();
    const double after = rssMb();
    if (seen != count) qFatal("scrolled through %lld of %d messages", qlonglong(seen), count);
    std::fprintf(stderr, "# RSS (MB) after each tenth of the scroll: %s\n",
                 qPrintable(curve.join(QLatin1Char(' '))));
    report("chat_scroll_rss_before_mb", before, "MB");
    report("chat_scroll_rss_mb", after, "MB");
    report("chat_scroll_rss_growth_mb", after - before, "MB");
    report("chat_scroll_page_ms_p50", percentile(pageMs, 50), "ms");
    report("chat_scroll_page_ms_p99", percentile(pageMs, 99), "ms");
    report("chat_scroll_all_s", totalS, "s");
}

void benchLocalSearch(int count) {
    QTemporaryDir dir;
    auto db = openStore(dir.filePath(QStringLiteral("client.db")), crypto::randomBytes(32));
    // 300 conversations with messages in proportion 1 : 1/2 : 1/3 … (the busiest ~16 %).
    constexpr int kConvs = 300;
    QList<double> cumulative;
    double sum = 0;
    for (int c = 1; c <= kConvs; ++c)
        cumulative << (sum += 1.0 / c);
    const auto convOf = [&](int i) {
        const double u = double((quint64(i) * 2654435761u) % 1'000'003) / 1'000'003.0 * sum;
        return qint64(std::lower_bound(cumulative.begin(), cumulative.end(), u) -
                      cumulative.begin() + 1);
    };
    QElapsedTimer t;
    t.start();
    fill(*db, count, convOf);
    report("msg_search_fill_s", msSince(t) / 1000.0, "s");
    report("msg_search_fill_per_s", double(count) / (msSince(t) / 1000.0), "messages/s");
    releaseFreedMemory();
    std::fprintf(stderr, "# client store RSS after the fill: %.0f MB\n", rssMb());

    struct Timed {
        double ms;
        QString query;
        qint64 conv;
        qsizetype hits;
    };
    QList<Timed> timed;
    QList<double> all;
    QList<double> inConv;
    for (const QString& q : officeQueries())
        for (const qint64 conv : {qint64(0), qint64(1), qint64(40)}) { // everywhere, busy, quiet
            QElapsedTimer qt;
            qt.start();
            const auto hits = chat::searchMessages(*db, q, conv, 50);
            const double ms = msSince(qt);
            (conv == 0 ? all : inConv) << ms;
            timed.append({ms, q, conv, hits.size()});
        }
    report("msg_search_local_ms_p50", percentile(all, 50), "ms");
    report("msg_search_local_ms_p99", percentile(all, 99), "ms");
    report("msg_search_conv_ms_p50", percentile(inConv, 50), "ms");
    report("msg_search_conv_ms_p99", percentile(inConv, 99), "ms");
    std::sort(timed.begin(), timed.end(),
              [](const Timed& a, const Timed& b) { return a.ms > b.ms; });
    for (const Timed& s : timed.mid(0, 10))
        std::fprintf(stderr, "# slowest: %s (conv %lld) %.1f ms, %lld hits\n", qPrintable(s.query),
                     qlonglong(s.conv), s.ms, qlonglong(s.hits));
}

} // namespace zt::bench
