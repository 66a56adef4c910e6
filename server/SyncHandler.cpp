#include "SyncHandler.h"
#include "ClientSession.h"
#include "RequestRouter.h"
#include "protocol/ErrorCode.h"
#include "protocol/Ops.h"
#include "storage/ServerStorage.h"

namespace zt::server {

void SyncHandler::registerRoutes(RequestRouter& router) {
    router.add(protocol::op::SyncFetch, RequestRouter::Access::Authenticated,
               [this](ClientSession& session, const protocol::Request& request) {
                   const auto args = protocol::SyncFetchArgs::fromJson(request.args);
                   if (!args) {
                       session.reply(protocol::fail(
                           request.id, protocol::errc::BadArgs,
                           QStringLiteral("after and limit must be non-negative integers")));
                       return;
                   }
                   // Only ever the caller's own stream: the user id comes from the session.
                   protocol::SyncFetchResult result;
                   result.events =
                       m_ctx.storage.eventsAfter(session.userId(), args->after, args->limit + 1);
                   result.more = result.events.size() > args->limit;
                   if (result.more) result.events.removeLast();
                   result.head = m_ctx.storage.headSeq(session.userId());
                   session.reply(protocol::ok(request.id, result.toJson()));
               });
}

} // namespace zt::server
