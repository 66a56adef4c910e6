#pragma once
// Pages of a conversation's history, two tiers: from the local store while it holds a complete
// run of messages, else from the server (msg.history), which also fills the store. The server
// is asked only for what the store lacks; the oldest seq the server will give is remembered.
#include "ChatTypes.h"

#include <QObject>

namespace zt::store {
class Database;
}
namespace zt::net {
class Connection;
}

namespace zt::chat {

struct HistoryRequest {
    quint64 serial = 0;
    qint64 conv = 0;
    qint64 before = 0; // 0: the newest page
    int limit = 50;
};

// Whether a local page (oldest first) answers the request without the server: it must be one
// unbroken run that ends right below `before` (or at the newest seq) and is either full or
// reaches the floor (the oldest seq there is for this member).
bool isCompleteLocally(const QList<StoredMessage>& page, qint64 expectedTop, int limit,
                       qint64 floor);

class MessageHistory : public QObject {
    Q_OBJECT
public:
    MessageHistory(store::Database& db, net::Connection& connection, QObject* parent = nullptr);

    void load(const HistoryRequest& request);

signals:
    // more: older messages exist (locally or on the server). fromServer: the server was asked.
    void pageLoaded(quint64 serial, qint64 conv, const QList<zt::chat::StoredMessage>& messages,
                    bool more, bool fromServer);

private:
    void askServer(const HistoryRequest& request);
    void answer(const HistoryRequest& request, bool fromServer);
    store::Database& m_db;
    net::Connection& m_connection;
};

} // namespace zt::chat
