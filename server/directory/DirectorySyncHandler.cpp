#include "DirectorySyncHandler.h"
#include "ClientSession.h"
#include "RequestRouter.h"
#include "ViewerFactory.h"
#include "contacts/DirectorySyncProtocol.h"
#include "protocol/ErrorCode.h"
#include "storage/ServerStorage.h"

namespace zt::server {

namespace errc = protocol::errc;
using contacts::ChangeEntry;
using protocol::Request;

namespace {

constexpr int kSnapshotPeoplePerPage = 1000; // keeps a page far below the frame limit

qint64 lastId(const QString& path, int fromEnd = 0) {
    const auto ids = QStringView(path).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return ids.size() > fromEnd ? ids.at(ids.size() - 1 - fromEnd).toLongLong() : 0;
}

} // namespace

void DirectorySyncHandler::registerRoutes(RequestRouter& router) {
    using A = RequestRouter::Access;
    router.add(contacts::op::Changes, A::Authenticated,
               [this](ClientSession& s, const Request& r) { changes(s, r); });
    router.add(contacts::op::Snapshot, A::Authenticated,
               [this](ClientSession& s, const Request& r) { snapshot(s, r); });
}

void DirectorySyncHandler::changes(ClientSession& session, const Request& request) {
    const auto args = contacts::ChangesArgs::fromJson(request.args);
    if (!args)
        return session.reply(protocol::fail(
            request.id, errc::BadArgs, QStringLiteral("since and limit must be whole numbers")));
    DirectoryStorage& dir = m_ctx.storage.directory();
    const DirectoryViewer viewer = m_viewers.forUser(session.userId());
    QList<DirectoryChange> log = dir.changesSince(args->since, args->limit + 1);
    contacts::ChangesResult result;
    result.more = log.size() > args->limit;
    if (result.more) log.resize(args->limit);
    result.version = log.isEmpty() ? args->since : log.back().version;
    for (const DirectoryChange& c : log) {
        if (!viewer.canSeeAnyOf(c.paths)) continue; // it happened where the caller cannot look
        ChangeEntry entry{c.version, ChangeEntry::Kind::PersonRemoved, c.id, {}, {}, {}};
        for (const QString& path : c.paths)
            if (viewer.canSeeNode(path)) // a hidden unit's id must not leak through listings
                entry.listings << lastId(path, c.kind == ChangeKind::Node ? 1 : 0);
        if (c.kind == ChangeKind::Node) {
            const auto node = dir.node(c.id);
            if (!node) continue;
            entry.kind = ChangeEntry::Kind::Node;
            entry.node = node->info;
        } else if (const auto p = dir.person(c.id)) {
            const QStringList paths = m_viewers.positionPaths(*p);
            if (viewer.canSeeAnyOf(paths)) { // moved somewhere hidden: gone, for this caller
                entry.kind = ChangeEntry::Kind::Person;
                entry.person = viewer.present(*p, paths);
            }
        }
        result.changes << entry;
    }
    session.reply(protocol::ok(request.id, result.toJson()));
}

void DirectorySyncHandler::snapshot(ClientSession& session, const Request& request) {
    const auto args = contacts::SnapshotArgs::fromJson(request.args);
    if (!args)
        return session.reply(protocol::fail(
            request.id, errc::BadArgs, QStringLiteral("after and limit must be whole numbers")));
    DirectoryStorage& dir = m_ctx.storage.directory();
    const DirectoryViewer viewer = m_viewers.forUser(session.userId());
    contacts::SnapshotResult result;
    if (args->after == 0) result.version = dir.directoryVersion(); // before reading any data
    const QString region = viewer.regionPaths().value(0);
    if (region.isEmpty()) return session.reply(protocol::ok(request.id, result.toJson()));
    result.region = lastId(region);
    const QList<NodeRecord> nodes = dir.subtreeNodes(region, args->after, args->limit);
    for (const NodeRecord& node : nodes) {
        result.next = node.info.id;
        if (!viewer.canSeeNode(node.path)) continue;
        result.nodes << node.info;
        for (const qint64 id : dir.peopleIn(node.info.id, 0, 100'000))
            if (const auto p = dir.person(id))
                result.people << viewer.present(*p, m_viewers.positionPaths(*p));
        if (result.people.size() >= kSnapshotPeoplePerPage) break;
    }
    if (nodes.size() < args->limit && (nodes.isEmpty() || result.next == nodes.back().info.id))
        result.next = 0; // the last page
    session.reply(protocol::ok(request.id, result.toJson()));
}

} // namespace zt::server
