#include "DirectorySync.h"
#include "DirectoryCache.h"
#include "net/Connection.h"
#include "store/Database.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcDirectorySync, "zt.contacts.sync")

namespace zt::contacts {

namespace {
const QString kVersionKey = QStringLiteral("dir.version");
const QString kRegionKey = QStringLiteral("dir.region");
} // namespace

DirectorySync::DirectorySync(store::Database& db, DirectoryCache& cache,
                             net::Connection& connection, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_cache(cache)
    , m_connection(connection) {
    connect(&connection, &net::Connection::stateChanged, this, [this](net::Connection::State s) {
        if (s == net::Connection::State::Ready) start();
        if (s != net::Connection::State::Ready) m_busy = false; // answers in flight are lost
    });
    connect(&connection, &net::Connection::eventReceived, this, &DirectorySync::onEvent);
    if (connection.state() == net::Connection::State::Ready) start();
}

qint64 DirectorySync::kvInt(const QString& key, qint64 fallback) {
    auto st = m_db.prepare(QStringLiteral("SELECT value FROM kv WHERE key=?"));
    st.bind(1, key);
    return st.next() ? st.int64(0) : fallback;
}

void DirectorySync::setKvInt(const QString& key, qint64 value) {
    m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO kv(key, value) VALUES(?, ?)"))
        .bind(1, key)
        .bind(2, value)
        .run();
}

qint64 DirectorySync::version() {
    return kvInt(kVersionKey, -1);
}

void DirectorySync::start() {
    if (m_busy) return;
    m_busy = true;
    m_again = false;
    if (version() < 0) {
        m_snapshotNodes.clear();
        m_snapshotPeople = 0;
        requestSnapshot(0);
    } else {
        requestChanges();
    }
}

void DirectorySync::onEvent(const protocol::Event& event) {
    if (event.seq != 0 || event.kind != event::DirectoryChanged) return;
    if (m_busy)
        m_again = true;
    else if (event.data.value(QStringLiteral("version")).toInteger() > version())
        start();
}

void DirectorySync::requestSnapshot(qint64 after) {
    QPointer<DirectorySync> self(this);
    m_connection.request(op::Snapshot, SnapshotArgs{after, 200}.toJson(),
                         [self, after](const protocol::Response& r) {
                             if (!self || !self->m_busy) return;
                             if (!r.ok) {
                                 qCWarning(lcDirectorySync) << "snapshot refused:" << r.error.code;
                                 self->m_busy = false;
                                 return;
                             }
                             self->onSnapshotPage(SnapshotResult::fromJson(r.result), after == 0);
                         });
}

void DirectorySync::onSnapshotPage(const SnapshotResult& page, bool first) {
    if (first) {
        m_snapshotVersion = page.version;
        m_region = page.region;
    }
    try {
        m_db.transaction([&] {
            m_cache.storeNodes(page.nodes);
            m_cache.storePeople(page.people);
        });
    } catch (const std::exception& e) {
        qCWarning(lcDirectorySync) << "cannot store the directory copy:" << e.what();
        m_busy = false;
        return;
    }
    for (const NodeInfo& n : page.nodes)
        m_snapshotNodes.insert(n.id);
    m_snapshotPeople += int(page.people.size());
    if (page.next)
        requestSnapshot(page.next);
    else
        finishSnapshot();
}

// Listings are written once every node and person of the region is in: then they are complete.
void DirectorySync::finishSnapshot() {
    try {
        m_db.transaction([&] {
            for (const qint64 node : std::as_const(m_snapshotNodes))
                m_cache.rebuildListing(node);
            setKvInt(kRegionKey, m_region);
            setKvInt(kVersionKey, m_snapshotVersion);
        });
    } catch (const std::exception& e) {
        qCWarning(lcDirectorySync) << "cannot finish the directory copy:" << e.what();
        m_busy = false;
        return;
    }
    qCInfo(lcDirectorySync) << "region copied:" << m_snapshotNodes.size() << "nodes,"
                            << m_snapshotPeople << "people";
    emit regionCopied(int(m_snapshotNodes.size()), m_snapshotPeople);
    m_snapshotNodes.clear();
    requestChanges(); // whatever changed while the copy was being made
}

void DirectorySync::requestChanges() {
    QPointer<DirectorySync> self(this);
    m_connection.request(op::Changes, ChangesArgs{version(), 200}.toJson(),
                         [self](const protocol::Response& r) {
                             if (!self || !self->m_busy) return;
                             if (!r.ok) {
                                 self->m_busy = false;
                                 return;
                             }
                             self->onChanges(ChangesResult::fromJson(r.result));
                         });
}

void DirectorySync::onChanges(const ChangesResult& result) {
    QSet<qint64> listings;
    QList<qint64> people;
    try {
        m_db.transaction([&] {
            const qint64 region = kvInt(kRegionKey, 0);
            for (const ChangeEntry& change : result.changes) {
                applyChange(change, region, listings);
                if (change.kind != ChangeEntry::Kind::Node) people << change.id;
            }
            for (const qint64 node : std::as_const(listings))
                settleListing(node, region);
            setKvInt(kVersionKey, result.version);
        });
    } catch (const std::exception& e) {
        qCWarning(lcDirectorySync) << "cannot apply directory changes:" << e.what();
        m_busy = false;
        return;
    }
    if (!result.changes.isEmpty()) emit changed(listings.values(), people);
    if (result.more || m_again) {
        m_again = false;
        return requestChanges();
    }
    m_busy = false;
    emit upToDate(result.version);
}

// Keep what the user already has or what lies in their region; ignore the rest of the province.
void DirectorySync::applyChange(const ChangeEntry& change, qint64 region, QSet<qint64>& listings) {
    for (const qint64 node : change.listings)
        listings.insert(node);
    if (change.node) {
        m_cache.storeNodes({*change.node});
        return;
    }
    if (!change.person) {
        m_cache.removePerson(change.id);
        return;
    }
    bool wanted = m_cache.person(change.id).has_value();
    for (const PositionInfo& p : change.person->positions)
        wanted = wanted || (region && m_cache.isInside(p.nodeId, region));
    if (wanted)
        m_cache.storePeople({*change.person});
    else
        m_cache.removePerson(change.id); // it left what we keep: positions must not linger
}

void DirectorySync::settleListing(qint64 node, qint64 region) {
    if (region && m_cache.isInside(node, region))
        m_cache.rebuildListing(node);
    else if (m_cache.hasListing(node))
        m_cache.dropListing(node); // outside the copy: fetched again when next opened
}

} // namespace zt::contacts
