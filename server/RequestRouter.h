#pragma once
// Maps an op name to its handler, enforcing authentication before any handler runs.
#include "protocol/Frame.h"

#include <QHash>
#include <functional>

namespace zt::server {

class ClientSession;

class RequestRouter {
public:
    using Handler = std::function<void(ClientSession&, const protocol::Request&)>;
    enum class Access { Anonymous, Authenticated };

    void add(const QString& op, Access access, Handler handler);
    void dispatch(ClientSession& session, const protocol::Request& request) const;

private:
    struct Route {
        Access access;
        Handler handler;
    };
    QHash<QString, Route> m_routes;
};

} // namespace zt::server
