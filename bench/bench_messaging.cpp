// Messaging benchmarks. Prints "name value unit":
//   msg_latency_ms_p50/p99   msg.send → msg.new at the recipient, 1,000 clients online,
//                            direct conversations between pairs, ~1,000 msg/s in total
//   ding_fanout_2000_ms      ding.send → the last of 2,000 online recipients has ding.new
//   chat_open_100k_ms        header + newest page of a 100,000-message conversation, client store
//   chat_scroll_rss_mb       client RSS after paging back through all of it (bounded window)
//   msg_search_local_ms_p99  local search over 1,000,000 stored messages
// Usage: bench_messaging [--only latency|ding|open|search] [--messages N] [--history N]
//        [--clients N] [--rate N] [--seconds N] [--recipients N]
#include "BenchWire.h"
#include "MessagingLocal.h"
#include "MessagingText.h"
#include "ServerProcess.h"
#include "Stats.h"
#include "chat/ConversationProtocol.h"
#include "chat/DingProtocol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace zt;
using bench::nowNs;
using bench::spinUntil;
using bench::WireClient;

namespace {

using Pool = std::vector<std::unique_ptr<WireClient>>;

double ms(qint64 ns) {
    return double(ns) / 1e6;
}

QJsonObject resultOf(const QJsonObject& res) {
    if (!res[QStringLiteral("ok")].toBool())
        qFatal(
            "request refused: %s",
            qPrintable(res[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString()));
    return res[QStringLiteral("result")].toObject();
}

void clearHandlers(Pool& pool) {
    for (auto& c : pool)
        c->setOnEvent({});
}

// Direct conversations between clients 2k and 2k+1, made over the wire (conv.create).
QList<qint64> pairUp(Pool& pool, int clients) {
    const int pairs = clients / 2;
    auto convs = std::make_shared<QList<qint64>>(pairs, 0);
    auto made = std::make_shared<int>(0);
    for (int p = 0; p < pairs; ++p) {
        chat::CreateConvArgs args{QStringLiteral("pair-%1").arg(p, 8, 10, QLatin1Char('0')),
                                  chat::ConvKind::Direct,
                                  {pool[size_t(2 * p + 1)]->userId()},
                                  {}};
        pool[size_t(2 * p)]->request(
            chat::op::ConvCreate, args.toJson(), [convs, made, p](const QJsonObject& res) {
                (*convs)[p] = resultOf(res)[QStringLiteral("conv")].toInteger();
                ++*made;
            });
        if (p % 50 == 49) spinUntil([&] { return *made > p - 25; }, 30'000);
    }
    if (!spinUntil([&] { return *made == pairs; }, 60'000)) qFatal("conv.create did not finish");
    return *convs;
}

void benchLatency(const test::ServerProcess& server, const QList<bench::BenchAccount>& accounts,
                  Pool& pool, int clients, int rate, int seconds) {
    const QUrl url = server.url();
    bench::connectClients(url, accounts, clients, pool);
    const QList<qint64> convs = pairUp(pool, clients);
    const int pairs = int(convs.size());
    const int warmup = rate; // the first second is not counted
    const int total = rate * (seconds + 1);
    struct State {
        std::vector<qint64> sentNs;
        std::vector<double> latencyMs;
        std::vector<double> ackMs;
        int received = 0;
        int acked = 0;
    };
    auto s = std::make_shared<State>();
    s->sentNs.assign(size_t(total), 0);
    s->latencyMs.assign(size_t(total), -1);
    s->ackMs.assign(size_t(total), -1);
    const QString prefix = QStringLiteral("latency-");
    for (int i = 0; i < clients; ++i)
        pool[size_t(i)]->setOnEvent([s, prefix](WireClient& self, const QJsonObject& e) {
            if (e[QStringLiteral("kind")].toString() != chat::event::MsgNew) return;
            const QJsonObject d = e[QStringLiteral("data")].toObject();
            const QString cid = d[QStringLiteral("cid")].toString();
            if (d[QStringLiteral("sender")].toInteger() == self.userId() || !cid.startsWith(prefix))
                return;
            const size_t n = size_t(cid.mid(prefix.size()).toInt());
            if (n >= s->latencyMs.size() || s->latencyMs[n] >= 0) return;
            s->latencyMs[n] = ms(nowNs() - s->sentNs[n]);
            ++s->received;
        });
    bench::OfficeText text(7);
    int sent = 0;
    const auto sendOne = [&] {
        const int n = sent++;
        const int pair = n % pairs;
        WireClient& from = *pool[size_t(2 * pair + (n / pairs) % 2)];
        const chat::SendMsgArgs args{prefix + QString::number(n),
                                     convs[pair],
                                     chat::MessageKind::Text,
                                     text.next(),
                                     {},
                                     0,
                                     {},
                                     false};
        s->sentNs[size_t(n)] = nowNs();
        from.request(chat::op::MsgSend, args.toJson(), [s, n](const QJsonObject& res) {
            resultOf(res);
            s->ackMs[size_t(n)] = ms(nowNs() - s->sentNs[size_t(n)]);
            ++s->acked;
        });
    };
    const double serverCpu = bench::cpuMs(server.pid());
    const qint64 serverWritten = bench::writtenBytes(server.pid());
    const double serverWait = bench::runQueueWaitMs(server.pid());
    const double ownCpu = bench::cpuMs(QCoreApplication::applicationPid());
    const double ownWait = bench::runQueueWaitMs(QCoreApplication::applicationPid());
    QTimer pace;
    pace.setTimerType(Qt::PreciseTimer);
    pace.setInterval(1);
    const qint64 start = nowNs();
    QObject::connect(&pace, &QTimer::timeout, [&] {
        const int due = int(std::min<qint64>(total, (nowNs() - start) * rate / 1'000'000'000));
        while (sent < due)
            sendOne();
        if (sent == total) pace.stop();
    });
    pace.start();
    const bool all =
        spinUntil([&] { return s->received == total && s->acked == total; }, (seconds + 30) * 1000);
    const double sendSeconds = ms(nowNs() - start) / 1000.0;
    const double serverCpuPerMsg = (bench::cpuMs(server.pid()) - serverCpu) / total;
    const double serverWaitPerMsg = (bench::runQueueWaitMs(server.pid()) - serverWait) / total;
    const double serverKbPerMsg =
        double(bench::writtenBytes(server.pid()) - serverWritten) / 1024.0 / total;
    const double ownCpuPerMsg = (bench::cpuMs(QCoreApplication::applicationPid()) - ownCpu) / total;
    const double ownWaitPerMsg =
        (bench::runQueueWaitMs(QCoreApplication::applicationPid()) - ownWait) / total;
    pace.stop();
    clearHandlers(pool);
    if (!all)
        std::fprintf(stderr, "# only %d of %d messages arrived (%d acknowledged)\n", s->received,
                     total, s->acked);
    QList<double> latency, ack;
    for (int n = warmup; n < total; ++n) {
        if (s->latencyMs[size_t(n)] >= 0) latency << s->latencyMs[size_t(n)];
        if (s->ackMs[size_t(n)] >= 0) ack << s->ackMs[size_t(n)];
    }
    std::fprintf(stderr, "# %d messages in %.1f s between %d pairs\n", total, sendSeconds, pairs);
    bench::report("msg_latency_ms_p50", bench::percentile(latency, 50), "ms");
    bench::report("msg_latency_ms_p99", bench::percentile(latency, 99), "ms");
    bench::report("msg_latency_ms_max", bench::percentile(latency, 100), "ms");
    bench::report("msg_send_ack_ms_p50", bench::percentile(ack, 50), "ms");
    bench::report("msg_send_ack_ms_p99", bench::percentile(ack, 99), "ms");
    // Where the time goes: CPU per message of the server and of this program (all the clients).
    bench::report("msg_server_cpu_ms_per_msg", serverCpuPerMsg, "ms");
    bench::report("msg_bench_cpu_ms_per_msg", ownCpuPerMsg, "ms");
    bench::report("msg_server_written_kb_per_msg", serverKbPerMsg, "KB");    // sockets + database
    bench::report("msg_server_cpu_wait_ms_per_msg", serverWaitPerMsg, "ms"); // runnable, no CPU
    bench::report("msg_bench_cpu_wait_ms_per_msg", ownWaitPerMsg, "ms");
}

// The sender is client 0; each recipient acknowledges ding.new (ding.ack) as the client does.
void benchDing(const test::ServerProcess& server, const QList<bench::BenchAccount>& accounts,
               Pool& pool, int recipients, int rounds) {
    bench::connectClients(server.url(), accounts, recipients + 1, pool);
    struct State {
        QString text;
        qint64 ding = 0;
        int arrived = 0;
        int acked = 0;
        qint64 firstArrivalNs = 0;
        qint64 lastArrivalNs = 0;
        qint64 lastAckNs = 0;
    };
    auto s = std::make_shared<State>();
    for (int i = 1; i <= recipients; ++i)
        pool[size_t(i)]->setOnEvent([s](WireClient& self, const QJsonObject& e) {
            if (e[QStringLiteral("kind")].toString() != chat::event::DingNew) return;
            const QJsonObject d = e[QStringLiteral("data")].toObject();
            if (d[QStringLiteral("text")].toString() != s->text) return;
            s->lastArrivalNs = nowNs();
            if (++s->arrived == 1) s->firstArrivalNs = s->lastArrivalNs;
            const qint64 ding = d[QStringLiteral("ding")].toInteger();
            const QString cid = QStringLiteral("ding-ack-%1-%2").arg(ding).arg(self.userId());
            self.request(chat::op::DingAck,
                         {{QStringLiteral("cid"), cid}, {QStringLiteral("ding"), ding}},
                         [](const QJsonObject& res) { resultOf(res); });
        });
    pool[0]->setOnEvent([s](WireClient&, const QJsonObject& e) {
        const QJsonObject d = e[QStringLiteral("data")].toObject();
        if (e[QStringLiteral("kind")].toString() != chat::event::DingUpdated ||
            d[QStringLiteral("ding")].toInteger() != s->ding ||
            d[QStringLiteral("delivered")].toInteger() == 0)
            return;
        ++s->acked;
        s->lastAckNs = nowNs();
    });
    QJsonArray ids;
    for (int i = 1; i <= recipients; ++i)
        ids.append(pool[size_t(i)]->userId());
    QList<double> fanout, first, answered, acked;
    double serverCpu = 0;
    double ownCpu = 0;
    for (int round = 0; round < rounds; ++round) {
        spinUntil([] { return false; }, 1000); // quiet between rounds
        *s = State{QStringLiteral("请于今天17点前报送防汛值班表（第%1次提醒）").arg(round + 1),
                   0,
                   0,
                   0,
                   0,
                   0,
                   0};
        const double serverBefore = bench::cpuMs(server.pid());
        const double ownBefore = bench::cpuMs(QCoreApplication::applicationPid());
        const qint64 start = nowNs();
        pool[0]->request(chat::op::DingSend,
                         {{QStringLiteral("cid"), QStringLiteral("ding-round-%1").arg(round)},
                          {QStringLiteral("recipients"), ids},
                          {QStringLiteral("text"), s->text}},
                         [s, start, &answered](const QJsonObject& res) {
                             s->ding = resultOf(res)[QStringLiteral("ding")].toInteger();
                             answered << ms(nowNs() - start);
                         });
        if (!spinUntil([&] { return s->arrived == recipients && s->acked == recipients; }, 30'000))
            std::fprintf(stderr, "# round %d: %d of %d arrived, %d acknowledged\n", round,
                         s->arrived, recipients, s->acked);
        fanout << ms(s->lastArrivalNs - start);
        first << ms(s->firstArrivalNs - start);
        acked << ms(s->lastAckNs - start);
        serverCpu += bench::cpuMs(server.pid()) - serverBefore;
        ownCpu += bench::cpuMs(QCoreApplication::applicationPid()) - ownBefore;
    }
    clearHandlers(pool);
    std::fprintf(stderr, "# DING to %d recipients, %d rounds\n", recipients, rounds);
    bench::report("ding_fanout_2000_ms", bench::percentile(fanout, 50), "ms");
    bench::report("ding_fanout_2000_ms_max", bench::percentile(fanout, 100), "ms");
    bench::report("ding_first_recipient_ms", bench::percentile(first, 50), "ms");
    bench::report("ding_send_res_ms", bench::percentile(answered, 50), "ms");
    bench::report("ding_acked_2000_ms", bench::percentile(acked, 50), "ms");
    bench::report("ding_server_cpu_ms", serverCpu / rounds, "ms"); // per DING, its acks included
    bench::report("ding_bench_cpu_ms", ownCpu / rounds, "ms");
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const auto option = [](const char* name, const char* help, const char* value) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                  QStringLiteral("N"), QString::fromLatin1(value));
    };
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("One part: latency, ding, open or search."),
                                  QStringLiteral("PART"));
    const auto messages = option("messages", "Messages in the search store.", "1000000");
    const auto history = option("history", "Messages in the opened conversation.", "100000");
    const auto clients = option("clients", "Clients online for the latency.", "1000");
    const auto rate = option("rate", "Messages per second in total.", "1000");
    const auto seconds = option("seconds", "Seconds of sending (after 1 s of warm-up).", "5");
    const auto recipients = option("recipients", "DING recipients.", "2000");
    parser.addOptions({only, messages, history, clients, rate, seconds, recipients});
    parser.process(app);
    const QString part = parser.value(only);
    const auto runs = [&](const char* name) {
        return part.isEmpty() || part == QLatin1String(name);
    };
    if (!part.isEmpty() && !QStringList{QStringLiteral("latency"), QStringLiteral("ding"),
                                        QStringLiteral("open"), QStringLiteral("search")}
                                .contains(part))
        parser.showHelp(2);

    if (runs("latency") || runs("ding")) {
        const int needed =
            std::max(parser.value(clients).toInt(), parser.value(recipients).toInt() + 1);
        QTemporaryDir data;
        test::ServerProcess server(data.path());
        if (!server.start()) qFatal("server did not start"); // schema and demo data
        server.terminate();
        const auto accounts = bench::seedAccounts(data.path(), needed);
        if (!server.start()) qFatal("server did not start");
        {
            Pool pool; // closed before the server stops
            if (runs("latency"))
                benchLatency(server, accounts, pool, parser.value(clients).toInt(),
                             parser.value(rate).toInt(), parser.value(seconds).toInt());
            if (runs("ding"))
                benchDing(server, accounts, pool, parser.value(recipients).toInt(), 5);
            std::fprintf(stderr, "# server RSS with %d clients: %.0f MB\n", int(pool.size()),
                         double(bench::residentKb(server.pid())) / 1024.0);
        }
    }
    if (runs("open")) bench::benchOpenAndScroll(parser.value(history).toInt());
    if (runs("search")) bench::benchLocalSearch(parser.value(messages).toInt());
    return 0;
}
