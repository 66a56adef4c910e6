#include "SyncEngine.h"
#include "net/Connection.h"
#include "protocol/Ops.h"
#include "protocol/Protocol.h"
#include "store/Database.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSync, "zt.sync")

namespace zt::sync {

namespace {
const QString kLastSeqKey = QStringLiteral("sync.last_seq");
}

SyncEngine::SyncEngine(store::Database& db, net::Connection& connection, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_connection(connection) {
    m_lastSeq = loadLastSeq();
    connect(&m_connection, &net::Connection::eventReceived, this, &SyncEngine::onEvent);
    connect(&m_connection, &net::Connection::stateChanged, this, [this](net::Connection::State s) {
        if (s != net::Connection::State::Ready) setCatchingUp(false);
    });
}

void SyncEngine::registerApplier(const QString& kind, EventApplier applier) {
    m_appliers.insert(kind, std::move(applier));
}

qint64 SyncEngine::loadLastSeq() {
    auto st = m_db.prepare(QStringLiteral("SELECT value FROM kv WHERE key=?"));
    st.bind(1, kLastSeqKey);
    return st.next() ? st.int64(0) : 0;
}

void SyncEngine::start() {
    if (m_catchingUp) return;
    m_lastSeq = loadLastSeq(); // the store is the truth, e.g. after it was restored from backup
    setCatchingUp(true);
    fetchPage();
}

void SyncEngine::fetchPage() {
    const protocol::SyncFetchArgs args{m_lastSeq, protocol::kSyncPageMax};
    m_gapSeen = false;
    // The engine may be gone (signed out) when the answer arrives.
    m_connection.request(protocol::op::SyncFetch, args.toJson(),
                         [self = QPointer<SyncEngine>(this)](const protocol::Response& r) {
                             if (self) self->onPage(r);
                         });
}

void SyncEngine::onPage(const protocol::Response& r) {
    if (!r.ok) {
        qCInfo(lcSync) << "catch-up interrupted:" << r.error.code;
        setCatchingUp(false); // resumes on the next Ready
        return;
    }
    const auto page = protocol::SyncFetchResult::fromJson(r.result);
    if (page.head < m_lastSeq) {
        // The server's stream is behind us: its data was restored or reset. Take it all again;
        // appliers are idempotent, so nothing doubles.
        qCWarning(lcSync) << "server head" << page.head << "is behind our position" << m_lastSeq;
        m_lastSeq = 0;
        fetchPage();
        return;
    }
    applyBatch(page.events);
    if (!page.events.isEmpty() && page.events.last().seq > m_lastSeq) {
        // Could not apply (storage error or a hole in the server's page): back off, never spin.
        qCWarning(lcSync) << "stuck after" << m_lastSeq << "; retrying catch-up in 5 s";
        setCatchingUp(false);
        QTimer::singleShot(5000, this, &SyncEngine::start);
        return;
    }
    if (!page.events.isEmpty() && (page.more || m_lastSeq < page.head || m_gapSeen))
        fetchPage();
    else
        setCatchingUp(false);
}

void SyncEngine::onEvent(const protocol::Event& event) {
    if (m_catchingUp) {
        // The page in flight (or the next) will contain it; remember to look again afterwards.
        m_gapSeen = m_gapSeen || event.seq > m_lastSeq + 1;
        if (event.seq != m_lastSeq + 1) return;
    }
    if (event.seq <= m_lastSeq) return; // already have it (duplicate push)
    if (!applyBatch({event}) && !m_catchingUp) {
        qCInfo(lcSync) << "gap after" << m_lastSeq << "before" << event.seq << "; repairing";
        setCatchingUp(true);
        fetchPage();
    }
}

void SyncEngine::registerFinisher(BatchFinisher finisher) {
    m_finishers.append(std::move(finisher));
}

bool SyncEngine::applyBatch(const QList<protocol::Event>& events) {
    QStringList kinds;
    bool contiguous = true;
    qint64 seq = m_lastSeq;
    try {
        m_db.transaction([&] {
            for (const protocol::Event& e : events) {
                if (e.seq <= seq) continue;
                if (e.seq != seq + 1) {
                    contiguous = false;
                    break;
                }
                if (const auto it = m_appliers.constFind(e.kind); it != m_appliers.constEnd())
                    (*it)(m_db, e);
                else
                    qCDebug(lcSync) << "no applier for event kind" << e.kind;
                seq = e.seq;
                if (!kinds.contains(e.kind)) kinds.append(e.kind);
            }
            for (const BatchFinisher& finish : std::as_const(m_finishers))
                finish(m_db, true);
            m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO kv(key, value) VALUES(?, ?)"))
                .bind(1, kLastSeqKey)
                .bind(2, seq)
                .run();
        });
    } catch (const std::exception& e) {
        qCWarning(lcSync) << "could not apply events after" << m_lastSeq << ":" << e.what();
        for (const BatchFinisher& finish : std::as_const(m_finishers))
            finish(m_db, false);
        return false;
    }
    m_lastSeq = seq;
    if (!kinds.isEmpty()) emit applied(kinds);
    return contiguous;
}

void SyncEngine::setCatchingUp(bool value) {
    if (m_catchingUp == value) return;
    m_catchingUp = value;
    emit catchingUpChanged(value);
}

} // namespace zt::sync
