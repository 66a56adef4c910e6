#pragma once
// chat.send for 1:1 messages (groups come with the messaging issue).
#include "ServerContext.h"

namespace zt::server {

class RequestRouter;

class ChatHandler {
public:
    explicit ChatHandler(ServerContext ctx)
        : m_ctx(ctx) {}
    void registerRoutes(RequestRouter& router);

private:
    ServerContext m_ctx;
};

} // namespace zt::server
