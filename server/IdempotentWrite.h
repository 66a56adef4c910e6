#pragma once
// Applies a client write at most once per (user, cid): a retry gets the first result back.
#include "EventHub.h"
#include "ServerContext.h"
#include "protocol/Frame.h"

#include <functional>

namespace zt::server {

class ClientSession;

// Thrown by a write's body to refuse it with a stable code; nothing it did is kept.
struct WriteRefused {
    QString code;
    QString message;
};

using WriteBody = std::function<QJsonObject(EventBatch& events)>;

void runIdempotentWrite(ServerContext& ctx, ClientSession& session,
                        const protocol::Request& request, const QString& cid,
                        const WriteBody& body);

} // namespace zt::server
