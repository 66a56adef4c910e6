#pragma once
// What request handlers share: storage and live fan-out.
namespace zt::server {

class ServerStorage;
class EventHub;

struct ServerContext {
    ServerStorage& storage;
    EventHub& hub;
};

} // namespace zt::server
