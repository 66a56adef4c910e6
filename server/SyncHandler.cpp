#include "SyncHandler.h"
#include "ClientSession.h"
#include "RequestRouter.h"
#include "protocol/ErrorCode.h"
#include "protocol/Ops.h"
#include "storage/ServerStorage.h"

namespace zt::server {

namespace {
constexpr qsizetype kMaxPageBytes = 512 * 1024;
}

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
                   // Also cap the page by size, far below the frame limit: long messages add up.
                   qsizetype bytes = 0;
                   for (qsizetype i = 0; i < result.events.size(); ++i) {
                       bytes += protocol::encode(result.events[i]).size();
                       if (bytes > kMaxPageBytes && i > 0) {
                           result.events.resize(i);
                           result.more = true;
                           break;
                       }
                   }
                   result.head = m_ctx.storage.headSeq(session.userId());
                   session.reply(protocol::ok(request.id, result.toJson()));
               });
}

} // namespace zt::server
