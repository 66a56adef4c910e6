#include "DirectoryHandler.h"
#include "ClientSession.h"
#include "DirectoryViewer.h"
#include "RequestRouter.h"
#include "contacts/ChineseText.h"
#include "contacts/SearchTerms.h"
#include "protocol/ErrorCode.h"
#include "storage/ServerStorage.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcDirectoryHandler, "zt.server.directory")

namespace zt::server {

namespace errc = protocol::errc;
using protocol::Request;

void DirectoryHandler::registerRoutes(RequestRouter& router) {
    using A = RequestRouter::Access;
    router.add(contacts::op::Children, A::Authenticated,
               [this](ClientSession& s, const Request& r) { children(s, r); });
    router.add(contacts::op::Person, A::Authenticated,
               [this](ClientSession& s, const Request& r) { person(s, r); });
    router.add(contacts::op::Users, A::Authenticated,
               [this](ClientSession& s, const Request& r) { users(s, r); });
    router.add(contacts::op::Search, A::Authenticated,
               [this](ClientSession& s, const Request& r) { search(s, r); });
}

DirectoryViewer DirectoryHandler::viewerFor(ClientSession& session) {
    return m_viewers.forUser(session.userId());
}

QStringList DirectoryHandler::positionPaths(const contacts::PersonInfo& person) {
    return m_viewers.positionPaths(person);
}

// A node has at most a few hundred children (villages of a township): read them all.
QList<contacts::NodeInfo> DirectoryHandler::visibleChildren(qint64 node,
                                                            const DirectoryViewer& viewer) {
    DirectoryStorage& dir = m_ctx.storage.directory();
    QList<contacts::NodeInfo> out;
    const int total = dir.childNodeCount(node);
    for (int offset = 0; offset < total; offset += 500)
        for (const NodeRecord& child : dir.childNodes(node, offset, 500))
            if (viewer.canSeeNode(child.path)) out << child.info;
    return out;
}

void DirectoryHandler::children(ClientSession& session, const Request& request) {
    const auto args = contacts::ChildrenArgs::fromJson(request.args);
    if (!args)
        return session.reply(
            protocol::fail(request.id, errc::BadArgs,
                           QStringLiteral("node, offset, limit must be non-negative integers")));
    DirectoryStorage& dir = m_ctx.storage.directory();
    const DirectoryViewer viewer = viewerFor(session);
    contacts::ChildrenResult result;
    if (args->node) {
        const auto node = dir.node(args->node);
        if (!node || !viewer.canSeeNode(node->path))
            return session.reply(
                protocol::fail(request.id, errc::NotFound, QStringLiteral("no such node")));
        for (const QStringView id :
             QStringView(node->path).split(QLatin1Char('/'), Qt::SkipEmptyParts))
            if (const auto step = dir.node(id.toLongLong())) result.path << step->info;
    }
    // Offsets run over the children this caller can see: a hidden unit must neither show nor
    // shift the listing (which would repeat rows on the next page).
    const QList<contacts::NodeInfo> visible = visibleChildren(args->node, viewer);
    result.totalNodes = int(visible.size());
    result.totalPeople = args->node ? dir.peopleCount(args->node) : 0;
    result.nodes = visible.mid(args->offset, args->limit);
    const int peopleOffset = qMax(0, args->offset - result.totalNodes);
    const int room =
        args->limit - int(qMax(0, qMin(args->limit, result.totalNodes - args->offset)));
    if (args->node && room > 0)
        for (const qint64 id : dir.peopleIn(args->node, peopleOffset, room))
            if (const auto p = dir.person(id))
                result.people << viewer.present(*p, positionPaths(*p));
    session.reply(protocol::ok(request.id, result.toJson()));
}

void DirectoryHandler::person(ClientSession& session, const Request& request) {
    const auto args = contacts::PersonArgs::fromJson(request.args);
    if (!args)
        return session.reply(protocol::fail(request.id, errc::BadArgs,
                                            QStringLiteral("id must be a positive integer")));
    const auto p = m_ctx.storage.directory().person(args->id);
    const DirectoryViewer viewer = viewerFor(session);
    const QStringList paths = p ? positionPaths(*p) : QStringList();
    if (!p || !viewer.canSeeAnyOf(paths))
        return session.reply(
            protocol::fail(request.id, errc::NotFound, QStringLiteral("no such person")));
    session.reply(protocol::ok(request.id, viewer.present(*p, paths).toJson()));
}

void DirectoryHandler::users(ClientSession& session, const Request& request) {
    const auto args = contacts::UsersArgs::fromJson(request.args);
    if (!args)
        return session.reply(protocol::fail(
            request.id, errc::BadArgs,
            QStringLiteral("users must be a list of at most %1 positive ids")
                .arg(contacts::kMaxUsersLookup)));
    DirectoryStorage& dir = m_ctx.storage.directory();
    const DirectoryViewer viewer = viewerFor(session);
    QJsonArray people;
    for (qint64 user : args->users) {
        const auto id = dir.personOfUser(user);
        const auto p = id ? dir.person(*id) : std::nullopt;
        const QStringList paths = p ? positionPaths(*p) : QStringList();
        if (p && viewer.canSeeAnyOf(paths)) people.append(viewer.present(*p, paths).toJson());
    }
    session.reply(protocol::ok(request.id, {{QStringLiteral("people"), people}}));
}

void DirectoryHandler::search(ClientSession& session, const Request& request) {
    QElapsedTimer clock;
    clock.start();
    runSearch(session, request);
    if (clock.elapsed() > 50) // the goal is 20 ms at p99: say which queries miss it
        qCInfo(lcDirectoryHandler)
            << "slow search" << request.args.value(QStringLiteral("q")).toString()
            << clock.elapsed() << "ms";
}

contacts::SearchResult DirectoryHandler::browse(const contacts::SearchArgs& args,
                                                const SearchFilter& filter,
                                                const DirectoryViewer& viewer) {
    DirectoryStorage& dir = m_ctx.storage.directory();
    contacts::SearchResult result;
    QList<SearchCandidate> found = dir.browsePeople(filter, args.offset, args.limit + 1);
    result.more = found.size() > args.limit;
    for (const SearchCandidate& c : found.mid(0, args.limit))
        if (viewer.canSeeAnyOf(c.paths))
            if (const auto p = dir.person(c.personId))
                result.people << contacts::SearchHit{
                    viewer.present(*p, c.paths), int(contacts::MatchClass::Other), {}};
    return result;
}

void DirectoryHandler::runSearch(ClientSession& session, const Request& request) {
    const auto args = contacts::SearchArgs::fromJson(request.args);
    if (!args)
        return session.reply(
            protocol::fail(request.id, errc::BadArgs,
                           QStringLiteral("q must be a string of at most 64 characters")));
    DirectoryStorage& dir = m_ctx.storage.directory();
    const DirectoryViewer viewer = viewerFor(session);
    const contacts::ParsedQuery query = contacts::parseQuery(args->query);
    contacts::SearchResult result;
    SearchFilter filter;
    filter.match = query.match;
    filter.exactName = query.cjk.isEmpty() ? QString() : query.normalized;
    filter.line = args->line;
    filter.rank = args->rank;
    filter.role = args->role;
    filter.roleMatch = contacts::cjkQueryTerms(query.cjk).join(QLatin1Char(' '));
    if (query.cjk.isEmpty() && !query.latin.isEmpty() && !query.latin.front().isDigit())
        filter.pinyinPrefix = query.latin;
    filter.wanted = args->offset + args->limit + 1;
    if (args->region) {
        const auto region = dir.node(args->region);
        if (!region || !viewer.canSeeNode(region->path))
            return session.reply(protocol::ok(request.id, result.toJson()));
        filter.regionPath = region->path;
    }
    if (query.match.isEmpty()) {
        if (!args->line.isEmpty() || args->rank != contacts::Rank::None || args->role)
            result = browse(*args, filter, viewer); // by line, rank or role: no text needed
        return session.reply(protocol::ok(request.id, result.toJson()));
    }

    struct Ranked {
        SearchCandidate candidate;
        int match;
        int proximity;
    };
    QList<Ranked> ranked;
    for (SearchCandidate& c : dir.searchPeople(filter))
        if (viewer.canSeeAnyOf(c.paths))
            ranked << Ranked{
                c,
                int(c.byRole ? contacts::MatchClass::Other
                             : contacts::classify(query, c.name, contacts::NameKind::Person)),
                viewer.proximity(c.paths)};
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        return std::tie(a.match, a.proximity, a.candidate.personId) <
               std::tie(b.match, b.proximity, b.candidate.personId);
    });
    result.more = ranked.size() > args->offset + args->limit;
    for (const Ranked& r : ranked.mid(args->offset, args->limit))
        if (const auto p = dir.person(r.candidate.personId))
            result.people << contacts::SearchHit{
                viewer.present(*p, r.candidate.paths), r.match,
                contacts::highlightMarks(query, p->name, contacts::NameKind::Person)};
    if (args->offset == 0)
        for (const qint64 id :
             dir.searchNodes(query.match, filter.pinyinPrefix, filter.regionPath, 10))
            if (const auto node = dir.node(id); node && viewer.canSeeNode(node->path))
                result.units << node->info;
    session.reply(protocol::ok(request.id, result.toJson()));
}

} // namespace zt::server
