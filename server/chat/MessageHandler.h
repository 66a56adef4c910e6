#pragma once
// msg.* ops: send (the conversation's next seq, msg.new to every member), history (paged
// backwards), recall (sender only, within the recall window), read (read receipts: msg.read to
// the senders of what was read) and receipts (who has read a message, who not). Members only.
#include "ChatOptions.h"
#include "ServerContext.h"
#include "protocol/Frame.h"

namespace zt::server {

class RequestRouter;
class ClientSession;

class MessageHandler {
public:
    MessageHandler(ServerContext ctx, ChatOptions options)
        : m_ctx(ctx)
        , m_options(options) {}
    void registerRoutes(RequestRouter& router);

private:
    void send(ClientSession& session, const protocol::Request& request);
    void history(ClientSession& session, const protocol::Request& request);
    void recall(ClientSession& session, const protocol::Request& request);
    void read(ClientSession& session, const protocol::Request& request);
    void receipts(ClientSession& session, const protocol::Request& request);

    ServerContext m_ctx;
    ChatOptions m_options;
};

} // namespace zt::server
