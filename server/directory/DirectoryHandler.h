#pragma once
// dir.children, dir.person and dir.search, with the visibility policy applied to every answer.
#include "DirectoryPolicy.h"
#include "ServerContext.h"
#include "contacts/DirectoryProtocol.h"
#include "protocol/Frame.h"

#include <QElapsedTimer>
#include <QStringList>

namespace zt::server {

class RequestRouter;
class ClientSession;
class DirectoryViewer;

class DirectoryHandler {
public:
    DirectoryHandler(ServerContext ctx, DirectoryPolicy policy)
        : m_ctx(ctx)
        , m_policy(policy) {}
    void registerRoutes(RequestRouter& router);

private:
    void children(ClientSession& session, const protocol::Request& request);
    void person(ClientSession& session, const protocol::Request& request);
    void search(ClientSession& session, const protocol::Request& request);
    void runSearch(ClientSession& session, const protocol::Request& request);
    DirectoryViewer viewerFor(ClientSession& session);
    QStringList positionPaths(const contacts::PersonInfo& person);
    const QStringList& hiddenPaths();

    ServerContext m_ctx;
    DirectoryPolicy m_policy;
    QStringList m_hiddenPaths; // cached: hidden units change rarely
    QElapsedTimer m_hiddenAge;
};

} // namespace zt::server
