#pragma once
// dir.children, dir.person and dir.search, with the visibility policy applied to every answer.
#include "ServerContext.h"
#include "ViewerFactory.h"
#include "contacts/DirectoryProtocol.h"
#include "protocol/Frame.h"

namespace zt::server {

class RequestRouter;
struct SearchFilter;
class ClientSession;

class DirectoryHandler {
public:
    DirectoryHandler(ServerContext ctx, ViewerFactory& viewers)
        : m_ctx(ctx)
        , m_viewers(viewers) {}
    void registerRoutes(RequestRouter& router);

private:
    void children(ClientSession& session, const protocol::Request& request);
    void person(ClientSession& session, const protocol::Request& request);
    void users(ClientSession& session, const protocol::Request& request);
    void search(ClientSession& session, const protocol::Request& request);
    void runSearch(ClientSession& session, const protocol::Request& request);
    contacts::SearchResult browse(const contacts::SearchArgs& args, const SearchFilter& filter,
                                  const DirectoryViewer& viewer);
    DirectoryViewer viewerFor(ClientSession& session);
    QList<contacts::NodeInfo> visibleChildren(qint64 node, const DirectoryViewer& viewer);
    QStringList positionPaths(const contacts::PersonInfo& person);

    ServerContext m_ctx;
    ViewerFactory& m_viewers;
};

} // namespace zt::server
