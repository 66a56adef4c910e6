#include "RequestRouter.h"
#include "ClientSession.h"
#include "protocol/ErrorCode.h"
#include "store/Database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRouter, "zt.server.router")

namespace zt::server {

namespace errc = protocol::errc;

void RequestRouter::add(const QString& op, Access access, Handler handler) {
    m_routes.insert(op, Route{access, std::move(handler)});
}

void RequestRouter::dispatch(ClientSession& session, const protocol::Request& request) const {
    const auto it = m_routes.constFind(request.op);
    if (it == m_routes.constEnd()) {
        session.reply(protocol::fail(request.id, errc::UnknownOp,
                                     QStringLiteral("unknown op: %1").arg(request.op.left(64))));
        return;
    }
    if (it->access == Access::Authenticated && !session.checkAuthenticated(request.id)) return;
    try {
        it->handler(session, request);
    } catch (const store::DbError& e) {
        // Storage failures are ours, not the client's: log the detail, answer generically.
        qCWarning(lcRouter) << "storage error in" << request.op << ":" << e.what();
        session.reply(protocol::fail(request.id, errc::Internal,
                                     QStringLiteral("the server could not complete the request")));
    }
}

} // namespace zt::server
