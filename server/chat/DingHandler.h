#pragma once
// ding.* ops. Recipients ack (delivered), read and confirm their own DINGs; only the sender sees
// status, redoes or counts (stats: the caller's own DINGs, also grouped by the recipients'
// units). Anyone else gets not_found.
#include "ChatOptions.h"
#include "ServerContext.h"
#include "protocol/Frame.h"

namespace zt::server {

class RequestRouter;
class ClientSession;
enum class DingStep;

class DingHandler {
public:
    DingHandler(ServerContext ctx, ChatOptions options)
        : m_ctx(ctx)
        , m_options(options) {}
    void registerRoutes(RequestRouter& router);

private:
    void send(ClientSession& session, const protocol::Request& request);
    void progress(ClientSession& session, const protocol::Request& request, DingStep step);
    void redo(ClientSession& session, const protocol::Request& request);
    void status(ClientSession& session, const protocol::Request& request);
    void stats(ClientSession& session, const protocol::Request& request);

    ServerContext m_ctx;
    ChatOptions m_options;
};

} // namespace zt::server
