#pragma once
// Maps an op name to its handler, enforcing authentication before any handler runs.
#include "protocol/Frame.h"

#include <QHash>
#include <functional>
#include <initializer_list>
#include <utility>

namespace zt::server {

class ClientSession;

class RequestRouter {
public:
    using Handler = std::function<void(ClientSession&, const protocol::Request&)>;
    enum class Access { Anonymous, Authenticated };

    void add(const QString& op, Access access, Handler handler);

    // Routes each op to a member function of handler, for authenticated callers.
    template <typename H> using Member = void (H::*)(ClientSession&, const protocol::Request&);
    template <typename H>
    void addMembers(H* handler, std::initializer_list<std::pair<QString, Member<H>>> routes) {
        for (const auto& [op, member] : routes)
            add(op, Access::Authenticated,
                [handler, member = member](ClientSession& s, const protocol::Request& r) {
                    (handler->*member)(s, r);
                });
    }
    void dispatch(ClientSession& session, const protocol::Request& request) const;

private:
    struct Route {
        Access access;
        Handler handler;
    };
    QHash<QString, Route> m_routes;
};

} // namespace zt::server
