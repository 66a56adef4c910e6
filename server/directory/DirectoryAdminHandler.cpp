#include "DirectoryAdminHandler.h"
#include "ClientSession.h"
#include "IdempotentWrite.h"
#include "RequestRouter.h"
#include "protocol/ErrorCode.h"
#include "storage/ServerStorage.h"

#include <QDateTime>

namespace zt::server {

namespace errc = protocol::errc;
using contacts::AdminArgs;
using protocol::Request;

namespace {

constexpr int kMaxNameLength = 64;

WriteRefused notFound(const char* what) {
    return WriteRefused{errc::NotFound, QString::fromLatin1(what)};
}

} // namespace

void DirectoryAdminHandler::registerRoutes(RequestRouter& router) {
    using A = RequestRouter::Access;
    const QList<std::pair<QString, Change>> ops{
        {contacts::op::AdminMove,
         [this](const AdminArgs& a, const QStringList& s) { return move(a, s); }},
        {contacts::op::AdminRename,
         [this](const AdminArgs& a, const QStringList& s) { return rename(a, s); }},
        {contacts::op::AdminAddPerson,
         [this](const AdminArgs& a, const QStringList& s) { return addPerson(a, s); }},
        {contacts::op::AdminRemovePerson,
         [this](const AdminArgs& a, const QStringList& s) { return removePerson(a, s); }},
    };
    for (const auto& [op, change] : ops)
        router.add(op, A::Authenticated,
                   [this, change](ClientSession& s, const Request& r) { run(s, r, change); });
}

// The regions (county or above) of the caller's positions that carry the directory-admin role.
QStringList DirectoryAdminHandler::adminScope(qint64 userId) {
    DirectoryStorage& dir = m_ctx.storage.directory();
    QStringList scope;
    const auto personId = dir.personOfUser(userId);
    const auto person = personId ? dir.person(*personId) : std::nullopt;
    if (!person) return scope;
    for (const contacts::PositionInfo& position : person->positions) {
        if (!(position.roles & contacts::RoleDirectoryAdmin)) continue;
        for (auto node = dir.node(position.nodeId); node;
             node = node->info.parentId ? dir.node(node->info.parentId) : std::nullopt)
            if (node->info.kind == contacts::NodeKind::Division && node->info.level <= 3) {
                scope << node->path;
                break;
            }
    }
    return scope;
}

QString DirectoryAdminHandler::pathInScope(qint64 nodeId, const QStringList& scope) {
    const auto node = m_ctx.storage.directory().node(nodeId);
    if (!node) throw notFound("no such node");
    for (const QString& region : scope)
        if (node->path.startsWith(region)) return node->path;
    throw WriteRefused{errc::Forbidden, QStringLiteral("outside your directory region")};
}

void DirectoryAdminHandler::run(ClientSession& session, const Request& request,
                                const Change& change) {
    const AdminArgs args = AdminArgs::fromJson(request.args);
    if (args.cid.isEmpty() || args.cid.size() > 64)
        return session.reply(
            protocol::fail(request.id, errc::BadArgs, QStringLiteral("cid is required")));
    const QStringList scope = adminScope(session.userId());
    if (scope.isEmpty())
        return session.reply(protocol::fail(request.id, errc::Forbidden,
                                            QStringLiteral("directory administrators only")));
    DirectoryStorage& dir = m_ctx.storage.directory();
    const qint64 before = dir.directoryVersion();
    runIdempotentWrite(m_ctx, session, request, args.cid,
                       [&](EventBatch&) { return change(args, scope); });
    const qint64 after = dir.directoryVersion();
    if (after > before) // a nudge; clients fetch what they may see with dir.changes
        m_ctx.hub.broadcast(protocol::Event{0,
                                            contacts::event::DirectoryChanged,
                                            QDateTime::currentMSecsSinceEpoch(),
                                            {{QStringLiteral("version"), after}}});
}

QJsonObject DirectoryAdminHandler::move(const AdminArgs& a, const QStringList& scope) {
    DirectoryStorage& dir = m_ctx.storage.directory();
    const QString from = pathInScope(a.node, scope);
    const QString to = pathInScope(a.target, scope);
    if (!dir.person(a.person)) throw notFound("no such person");
    if (!dir.movePosition(a.person, a.node, a.target))
        throw notFound("the person holds no position in that unit");
    return {{QStringLiteral("version"), dir.logChange(ChangeKind::Person, a.person, {from, to})}};
}

QJsonObject DirectoryAdminHandler::rename(const AdminArgs& a, const QStringList& scope) {
    if (a.name.isEmpty() || a.name.size() > kMaxNameLength)
        throw WriteRefused{errc::BadArgs, QStringLiteral("name must be 1..64 characters")};
    DirectoryStorage& dir = m_ctx.storage.directory();
    const QString path = pathInScope(a.node, scope);
    dir.renameNode(a.node, a.name);
    return {{QStringLiteral("version"), dir.logChange(ChangeKind::Node, a.node, {path})}};
}

QJsonObject DirectoryAdminHandler::addPerson(const AdminArgs& a, const QStringList& scope) {
    if (a.name.isEmpty() || a.name.size() > kMaxNameLength || a.title.size() > kMaxNameLength)
        throw WriteRefused{errc::BadArgs, QStringLiteral("name must be 1..64 characters")};
    DirectoryStorage& dir = m_ctx.storage.directory();
    const QString path = pathInScope(a.node, scope);
    const qint64 id = dir.addPerson(NewPerson{a.name, a.mobile, {}, 0},
                                    {NewPosition{a.node, a.title, a.rank, a.line, 0}});
    dir.countArrival(a.node, 1);
    return {{QStringLiteral("person"), id},
            {QStringLiteral("version"), dir.logChange(ChangeKind::Person, id, {path})}};
}

QJsonObject DirectoryAdminHandler::removePerson(const AdminArgs& a, const QStringList& scope) {
    DirectoryStorage& dir = m_ctx.storage.directory();
    const auto person = dir.person(a.person);
    if (!person) throw notFound("no such person");
    if (person->positions.isEmpty()) // nothing places them in the admin's region
        throw WriteRefused{errc::Forbidden, QStringLiteral("outside your directory region")};
    QStringList paths;
    for (const contacts::PositionInfo& position : person->positions)
        paths << pathInScope(position.nodeId, scope); // every position must be the admin's
    dir.removePerson(a.person);
    return {{QStringLiteral("version"), dir.logChange(ChangeKind::PersonRemoved, a.person, paths)}};
}

} // namespace zt::server
