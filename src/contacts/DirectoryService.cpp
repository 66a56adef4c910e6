#include "DirectoryService.h"
#include "DirectoryCache.h"
#include "DirectorySync.h"
#include "net/Connection.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcDirectory, "zt.contacts")

namespace zt::contacts {

DirectoryService::DirectoryService(store::Database& db, net::Connection& connection,
                                   sync::Outbox& outbox, bool syncRegion, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_connection(connection)
    , m_outbox(outbox)
    , m_cache(std::make_unique<DirectoryCache>(db)) {
    qRegisterMetaType<ChildrenResult>();
    qRegisterMetaType<SearchResult>();
    qRegisterMetaType<PersonInfo>();
    qRegisterMetaType<SearchArgs>();
    qRegisterMetaType<AdminArgs>();
    qRegisterMetaType<QList<qint64>>();
    if (syncRegion) {
        m_sync = new DirectorySync(db, *m_cache, connection, this);
        connect(m_sync, &DirectorySync::changed, this, &DirectoryService::directoryChanged);
    }
}

void DirectoryService::administer(const QString& op, const AdminArgs& args) {
    if (!op.startsWith(QStringLiteral("dir.admin."))) return;
    try { // the outbox row is the request itself: failing to write it must be said
        m_db.transaction([&] { sync::Outbox::enqueue(m_db, op, args.toJson()); });
    } catch (const std::exception& e) {
        qCWarning(lcDirectory) << "cannot queue" << op << e.what();
        emit administrationFailed(
            tr("The change could not be saved: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    m_outbox.notifyEnqueued();
}

DirectoryService::~DirectoryService() = default;

// The cache is a convenience: failing to write it must never fail what the user asked for.
void DirectoryService::storeQuietly(const std::function<void()>& write) {
    try {
        write();
    } catch (const std::exception& e) {
        qCWarning(lcDirectory) << "cannot update the local directory:" << e.what();
    }
}

void DirectoryService::loadChildren(qint64 node, int offset, int limit) {
    std::optional<ChildrenResult> cached;
    storeQuietly([&] { cached = m_cache->children(node, offset, limit); });
    if (cached) emit childrenLoaded(node, offset, *cached, false);
    const ChildrenArgs args{node, offset, limit};
    QPointer<DirectoryService> self(this);
    m_connection.request(
        op::Children, args.toJson(), [self, node, offset, cached](const protocol::Response& r) {
            if (!self) return;
            if (!r.ok) { // also after a cached answer: the caller learns no fresher one is coming
                emit self->childrenFailed(node, offset, r.error.message);
                return;
            }
            const ChildrenResult page = ChildrenResult::fromJson(r.result);
            self->storeQuietly([&] { self->m_cache->storeChildren(node, offset, page); });
            emit self->childrenLoaded(node, offset, page, true);
        });
}

void DirectoryService::search(quint64 serial, const SearchArgs& args) {
    SearchResult local;
    storeQuietly([&] { local = m_cache->search(args.query, args.limit); });
    emit searchResults(serial, local, false);
    QPointer<DirectoryService> self(this);
    m_connection.request(op::Search, args.toJson(), [self, serial](const protocol::Response& r) {
        if (!self || !r.ok) return; // offline: the local answer stands
        const SearchResult result = SearchResult::fromJson(r.result);
        QList<PersonInfo> people;
        for (const SearchHit& hit : result.people)
            people << hit.person;
        self->storeQuietly(
            [&] { self->m_db.transaction([&] { self->m_cache->storePeople(people); }); });
        emit self->searchResults(serial, result, true);
    });
}

void DirectoryService::loadPerson(qint64 id) {
    std::optional<PersonInfo> cached;
    bool starred = false;
    storeQuietly([&] {
        cached = m_cache->person(id);
        starred = m_cache->isStarred(id);
    });
    if (cached) emit personLoaded(*cached, starred, false);
    QPointer<DirectoryService> self(this);
    m_connection.request(
        op::Person, {{QStringLiteral("id"), id}}, [self, starred](const protocol::Response& r) {
            if (!self || !r.ok) return;
            const PersonInfo person = PersonInfo::fromJson(r.result);
            self->storeQuietly(
                [&] { self->m_db.transaction([&] { self->m_cache->storePeople({person}); }); });
            emit self->personLoaded(person, starred, true);
        });
}

void DirectoryService::resolveUsers(const QList<qint64>& userIds) {
    QList<PersonInfo> known;
    QList<qint64> missing;
    storeQuietly([&] {
        for (qint64 user : userIds) {
            if (auto p = m_cache->personOfUser(user))
                known << *p;
            else
                missing << user;
        }
    });
    if (!known.isEmpty()) emit usersResolved(known);
    QPointer<DirectoryService> self(this);
    for (qsizetype at = 0; at < missing.size(); at += kMaxUsersLookup) {
        const UsersArgs args{missing.mid(at, kMaxUsersLookup)};
        m_connection.request(op::Users, args.toJson(), [self](const protocol::Response& r) {
            if (!self || !r.ok) return;
            QList<PersonInfo> people;
            for (const QJsonValue& v : r.result.value(QStringLiteral("people")).toArray())
                people << PersonInfo::fromJson(v.toObject());
            if (people.isEmpty()) return;
            self->storeQuietly(
                [&] { self->m_db.transaction([&] { self->m_cache->storePeople(people); }); });
            emit self->usersResolved(people);
        });
    }
}

void DirectoryService::resolvePath(qint64 node) {
    QList<NodeInfo> cached;
    storeQuietly([&] { cached = m_cache->pathTo(node); });
    if (!cached.isEmpty() && cached.front().parentId == 0) { // reaches the root: complete
        QList<qint64> ids;
        for (const NodeInfo& n : cached)
            ids << n.id;
        emit pathResolved(node, ids);
        return;
    }
    QPointer<DirectoryService> self(this);
    m_connection.request(op::Children, ChildrenArgs{node, 0, 1}.toJson(),
                         [self, node](const protocol::Response& r) {
                             if (!self) return;
                             QList<qint64> ids;
                             if (r.ok)
                                 for (const NodeInfo& n : ChildrenResult::fromJson(r.result).path)
                                     ids << n.id;
                             emit self->pathResolved(node, ids);
                         });
}

void DirectoryService::findMyUnit(qint64 userId) {
    std::optional<PersonInfo> me;
    storeQuietly([&] { me = m_cache->personOfUser(userId); });
    if (!me || me->positions.isEmpty()) {
        emit pathResolved(0, {});
        return;
    }
    resolvePath(me->positions.front().nodeId);
}

void DirectoryService::setStarred(qint64 personId, bool starred) {
    storeQuietly([&] { m_cache->setStarred(personId, starred); });
    loadStarred();
}

void DirectoryService::markContacted(qint64 personId) {
    storeQuietly([&] { m_cache->touchRecent(personId); });
}

void DirectoryService::loadStarred() {
    QList<PersonInfo> people;
    storeQuietly([&] { people = m_cache->starred(); });
    emit starredLoaded(people);
}

void DirectoryService::loadRecent() {
    QList<PersonInfo> people;
    QList<PersonInfo> frequent;
    storeQuietly([&] {
        people = m_cache->recent(50);
        frequent = m_cache->frequent(20);
    });
    emit recentLoaded(people);
    emit frequentLoaded(frequent);
}

} // namespace zt::contacts
