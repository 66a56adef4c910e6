#pragma once
// dir.changes and dir.snapshot: how a client copies its region once and then follows changes.
#include "ServerContext.h"
#include "protocol/Frame.h"

namespace zt::server {

class RequestRouter;
class ClientSession;
class ViewerFactory;

class DirectorySyncHandler {
public:
    DirectorySyncHandler(ServerContext ctx, ViewerFactory& viewers)
        : m_ctx(ctx)
        , m_viewers(viewers) {}
    void registerRoutes(RequestRouter& router);

private:
    void changes(ClientSession& session, const protocol::Request& request);
    void snapshot(ClientSession& session, const protocol::Request& request);

    ServerContext m_ctx;
    ViewerFactory& m_viewers;
};

} // namespace zt::server
