#pragma once
// Answers to requests can arrive after the service that asked is gone (signing out or switching
// accounts destroys it on the core thread while requests are in flight): wrap the handler so it
// runs only while its owner lives.
#include "protocol/Frame.h"

#include <QPointer>

namespace zt::chat {

template <typename Owner, typename Handler> auto guarded(Owner* owner, Handler handler) {
    return [owner = QPointer<Owner>(owner),
            handler = std::move(handler)](const protocol::Response& response) {
        if (owner) handler(response);
    };
}

} // namespace zt::chat
