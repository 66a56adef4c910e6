#pragma once
// The reference server: accepts WebSocket connections (ws or wss) and wires sessions to handlers.
#include "ClientSession.h"
#include "EventHub.h"
#include "RequestRouter.h"
#include "ServerContext.h"
#include "chat/ChatOptions.h"
#include "directory/DirectoryPolicy.h"
#include "protocol/Protocol.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QUrl>
#include <memory>

class QWebSocketServer;
class QTimer;

namespace zt::server {

class ServerStorage;
class ClientSession;
class AuthHandler;
class SyncHandler;
class ChatHandler;
class DirectoryHandler;
class DirectorySyncHandler;
class DirectoryAdminHandler;
class ApprovalHandler;
class ConversationHandler;
class MessageHandler;
class DingHandler;
class FileHandler;
class DingScheduler;
class ViewerFactory;

struct ServerOptions {
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0;
    QString dataDir;
    QString tlsCertFile;
    QString tlsKeyFile;
    int heartbeatMs = protocol::kHeartbeatIntervalMs;
    int deadAfterMs = protocol::kDeadAfterMs;
    qint64 tokenLifetimeMs = 30LL * 24 * 3600 * 1000; // 30 days
    DirectoryPolicy directoryPolicy;
    ChatOptions chat;
};

class Server : public QObject {
    Q_OBJECT
public:
    explicit Server(QObject* parent = nullptr);
    ~Server() override;

    bool start(const ServerOptions& options, QString* error);
    QUrl url() const;
    ServerStorage& storage() { return *m_storage; }
    qsizetype sessionCount() const { return m_sessions.size(); }

private:
    bool setUpTls(const ServerOptions& options, QString* error);
    void setUpChat(const ServerContext& ctx, const ChatOptions& options);
    void onNewConnection();
    void sweep();

    std::unique_ptr<ServerStorage> m_storage;
    std::unique_ptr<EventHub> m_hub;
    RequestRouter m_router;
    std::unique_ptr<AuthHandler> m_auth;
    std::unique_ptr<SyncHandler> m_sync;
    std::unique_ptr<ChatHandler> m_chat;
    std::unique_ptr<ViewerFactory> m_viewers;
    std::unique_ptr<DirectoryHandler> m_directory;
    std::unique_ptr<DirectorySyncHandler> m_directorySync;
    std::unique_ptr<DirectoryAdminHandler> m_directoryAdmin;
    std::unique_ptr<ApprovalHandler> m_approval;
    std::unique_ptr<ConversationHandler> m_conversations;
    std::unique_ptr<MessageHandler> m_messages;
    std::unique_ptr<DingHandler> m_dings;
    std::unique_ptr<FileHandler> m_files;
    DingScheduler* m_dingScheduler = nullptr;
    QWebSocketServer* m_ws = nullptr;
    QTimer* m_sweepTimer = nullptr;
    QSet<ClientSession*> m_sessions;
    SessionLimits m_limits{protocol::kHeartbeatIntervalMs, protocol::kDeadAfterMs};
    bool m_tls = false;
};

} // namespace zt::server
