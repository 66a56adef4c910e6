#pragma once
// file.* ops. file.begin starts an upload, or with the same cid resumes it (answering how many
// bytes the server holds); file.put appends one chunk at exactly that offset (a chunk already
// held is acknowledged again, so resending after a dropped connection is harmless); file.end
// checks size and SHA-256 — a mismatch throws the bytes away and the upload starts over;
// file.get reads a finished file: its uploader, or members of a conversation whose messages
// refer to it. Anybody else gets not_found, exactly as for a file that does not exist.
#include "ServerContext.h"
#include "protocol/Frame.h"

namespace zt::server {

class RequestRouter;
class ClientSession;

class FileHandler {
public:
    explicit FileHandler(ServerContext ctx)
        : m_ctx(ctx) {}
    void registerRoutes(RequestRouter& router);

private:
    void begin(ClientSession& session, const protocol::Request& request);
    void put(ClientSession& session, const protocol::Request& request);
    void end(ClientSession& session, const protocol::Request& request);
    void get(ClientSession& session, const protocol::Request& request);

    ServerContext m_ctx;
};

} // namespace zt::server
