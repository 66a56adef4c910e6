#pragma once
// Marks on approval documents: approval.annotate (add or remove a note or highlight; the
// document's readers only, not_found for anyone else), approval.publish_seal (the caller's seal
// image) and approval.seal (a seal image placed on a document the caller may read). Seal
// placements themselves travel with approval.act and are checked by ApprovalWriter.
#include "ServerContext.h"
#include "protocol/Frame.h"

namespace zt::server {

class RequestRouter;
class ClientSession;

class MarksHandler {
public:
    explicit MarksHandler(ServerContext ctx)
        : m_ctx(ctx) {}
    void registerRoutes(RequestRouter& router);

private:
    void annotate(ClientSession& session, const protocol::Request& request);
    void publishSeal(ClientSession& session, const protocol::Request& request);
    void seal(ClientSession& session, const protocol::Request& request);

    ServerContext m_ctx;
};

} // namespace zt::server
