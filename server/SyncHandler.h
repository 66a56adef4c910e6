#pragma once
// sync.fetch: paged catch-up of the caller's own event stream.
#include "ServerContext.h"

namespace zt::server {

class RequestRouter;

class SyncHandler {
public:
    explicit SyncHandler(ServerContext ctx)
        : m_ctx(ctx) {}
    void registerRoutes(RequestRouter& router);

private:
    ServerContext m_ctx;
};

} // namespace zt::server
