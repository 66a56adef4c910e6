#pragma once
// conv.* ops. Writes go through runIdempotentWrite (membership changes via MembershipWriter);
// reads answer only members — anyone else gets not_found.
#include "ServerContext.h"
#include "protocol/Frame.h"

namespace zt::server {

class RequestRouter;
class ClientSession;

class ConversationHandler {
public:
    explicit ConversationHandler(ServerContext ctx)
        : m_ctx(ctx) {}
    void registerRoutes(RequestRouter& router);

private:
    void create(ClientSession& session, const protocol::Request& request);
    void update(ClientSession& session, const protocol::Request& request);
    void members(ClientSession& session, const protocol::Request& request);
    void leave(ClientSession& session, const protocol::Request& request);
    void settings(ClientSession& session, const protocol::Request& request);
    void list(ClientSession& session, const protocol::Request& request);
    void get(ClientSession& session, const protocol::Request& request);

    ServerContext m_ctx;
};

} // namespace zt::server
