#pragma once
// approval.* ops: the writes (publish_key, create, act) through runIdempotentWrite and
// ApprovalWriter; the reads (list, get, body) only for the document's participants — anyone else
// gets not_found, whatever the security level, so a document's existence is not revealed.
#include "MarksHandler.h"
#include "ServerContext.h"
#include "protocol/Frame.h"

namespace zt::server {

class RequestRouter;
class ClientSession;

class ApprovalHandler {
public:
    explicit ApprovalHandler(ServerContext ctx)
        : m_ctx(ctx)
        , m_marks(ctx) {}
    void registerRoutes(RequestRouter& router);

private:
    void publishKey(ClientSession& session, const protocol::Request& request);
    void create(ClientSession& session, const protocol::Request& request);
    void act(ClientSession& session, const protocol::Request& request);
    void list(ClientSession& session, const protocol::Request& request);
    void get(ClientSession& session, const protocol::Request& request);
    void body(ClientSession& session, const protocol::Request& request);

    ServerContext m_ctx;
    MarksHandler m_marks; // annotate, publish_seal, seal
};

} // namespace zt::server
