#include "IdempotentWrite.h"
#include "ClientSession.h"
#include "storage/ServerStorage.h"

namespace zt::server {

void runIdempotentWrite(ServerContext& ctx, ClientSession& session,
                        const protocol::Request& request, const QString& cid,
                        const WriteBody& body) {
    const qint64 userId = session.userId();
    if (const auto earlier = ctx.storage.appliedWrite(userId, cid)) {
        session.reply(protocol::ok(request.id, *earlier));
        return;
    }
    EventBatch events(ctx.storage);
    QJsonObject result;
    try {
        ctx.storage.transaction([&] {
            result = body(events);
            ctx.storage.recordWrite(userId, cid, result);
        });
    } catch (const WriteRefused& refused) {
        session.reply(protocol::fail(request.id, refused.code, refused.message));
        return;
    }
    session.reply(protocol::ok(request.id, result));
    events.publish(ctx.hub);
}

} // namespace zt::server
