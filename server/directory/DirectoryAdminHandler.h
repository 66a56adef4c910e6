#pragma once
// Directory administration (dir.admin.*): moves, renames, arrivals and departures, by people who
// hold the directory-admin role, inside their own region only. Each change is logged for delta
// sync and announced to every online client with a dir.changed notice.
#include "ServerContext.h"
#include "contacts/DirectorySyncProtocol.h"
#include "protocol/Frame.h"

#include <QStringList>
#include <functional>

namespace zt::server {

class RequestRouter;
class ClientSession;
class EventBatch;

class DirectoryAdminHandler {
public:
    explicit DirectoryAdminHandler(ServerContext ctx)
        : m_ctx(ctx) {}
    void registerRoutes(RequestRouter& router);

private:
    using Change = std::function<QJsonObject(const contacts::AdminArgs&, const QStringList&)>;
    void run(ClientSession& session, const protocol::Request& request, const Change& change);
    QStringList adminScope(qint64 userId);
    QString pathInScope(qint64 nodeId, const QStringList& scope);
    QJsonObject move(const contacts::AdminArgs& a, const QStringList& scope);
    QJsonObject rename(const contacts::AdminArgs& a, const QStringList& scope);
    QJsonObject addPerson(const contacts::AdminArgs& a, const QStringList& scope);
    QJsonObject removePerson(const contacts::AdminArgs& a, const QStringList& scope);

    ServerContext m_ctx;
};

} // namespace zt::server
