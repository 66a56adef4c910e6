#include "Server.h"
#include "AuthHandler.h"
#include "ChatHandler.h"
#include "ClientSession.h"
#include "SyncHandler.h"
#include "approval/ApprovalHandler.h"
#include "chat/ConversationHandler.h"
#include "chat/DingHandler.h"
#include "chat/DingScheduler.h"
#include "chat/MessageHandler.h"
#include "directory/DirectoryAdminHandler.h"
#include "directory/DirectoryHandler.h"
#include "directory/DirectorySyncHandler.h"
#include "directory/ViewerFactory.h"
#include "files/FileHandler.h"
#include "storage/SqliteStorage.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

Q_LOGGING_CATEGORY(lcServer, "zt.server")

namespace zt::server {

Server::Server(QObject* parent)
    : QObject(parent) {
}

Server::~Server() {
    // Sessions detach from the hub in their destructors; delete them while the hub exists.
    const auto sessions = m_sessions;
    m_sessions.clear();
    qDeleteAll(sessions);
}

bool Server::start(const ServerOptions& options, QString* error) {
    auto storage = SqliteStorage::open(options.dataDir, error);
    if (!storage) return false;
    m_storage = std::move(storage);
    m_hub = std::make_unique<EventHub>();
    const ServerContext ctx{*m_storage, *m_hub};
    m_auth = std::make_unique<AuthHandler>(ctx, options.tokenLifetimeMs);
    m_sync = std::make_unique<SyncHandler>(ctx);
    m_chat = std::make_unique<ChatHandler>(ctx);
    m_auth->registerRoutes(m_router);
    m_sync->registerRoutes(m_router);
    m_chat->registerRoutes(m_router);
    m_viewers = std::make_unique<ViewerFactory>(m_storage->directory(), options.directoryPolicy);
    m_directory = std::make_unique<DirectoryHandler>(ctx, *m_viewers);
    m_directory->registerRoutes(m_router);
    m_directorySync = std::make_unique<DirectorySyncHandler>(ctx, *m_viewers);
    m_directorySync->registerRoutes(m_router);
    m_directoryAdmin = std::make_unique<DirectoryAdminHandler>(ctx);
    m_directoryAdmin->registerRoutes(m_router);
    m_approval = std::make_unique<ApprovalHandler>(ctx);
    m_approval->registerRoutes(m_router);
    setUpChat(ctx, options.chat);
    m_limits = {options.heartbeatMs, options.deadAfterMs};

    m_tls = !options.tlsCertFile.isEmpty();
    m_ws = new QWebSocketServer(
        QStringLiteral("zhengtong"),
        m_tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
    if (m_tls && !setUpTls(options, error)) return false;
    if (!m_ws->listen(options.host, options.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(options.host.toString())
                     .arg(options.port)
                     .arg(m_ws->errorString());
        return false;
    }
    connect(m_ws, &QWebSocketServer::newConnection, this, &Server::onNewConnection);
    m_sweepTimer = new QTimer(this);
    m_sweepTimer->setInterval(qMax(200, qMin(options.heartbeatMs, options.deadAfterMs) / 3));
    connect(m_sweepTimer, &QTimer::timeout, this, &Server::sweep);
    m_sweepTimer->start();
    return true;
}

void Server::setUpChat(const ServerContext& ctx, const ChatOptions& options) {
    m_conversations = std::make_unique<ConversationHandler>(ctx);
    m_conversations->registerRoutes(m_router);
    m_messages = std::make_unique<MessageHandler>(ctx, options);
    m_messages->registerRoutes(m_router);
    m_dings = std::make_unique<DingHandler>(ctx, options);
    m_dings->registerRoutes(m_router);
    m_files = std::make_unique<FileHandler>(ctx);
    m_files->registerRoutes(m_router);
    m_dingScheduler = new DingScheduler(ctx, options.dingCheckMs, this);
    m_dingScheduler->start();
}

bool Server::setUpTls(const ServerOptions& options, QString* error) {
    QFile certFile(options.tlsCertFile);
    QFile keyFile(options.tlsKeyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read TLS certificate or key file");
        return false;
    }
    const QSslCertificate cert(&certFile, QSsl::Pem);
    QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        keyFile.seek(0);
        key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
    }
    if (cert.isNull() || key.isNull()) {
        *error = QStringLiteral("TLS certificate or key is not valid PEM");
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(cert);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    m_ws->setSslConfiguration(config);
    return true;
}

QUrl Server::url() const {
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(m_ws->serverAddress().toString());
    url.setPort(m_ws->serverPort());
    return url;
}

void Server::onNewConnection() {
    while (QWebSocket* socket = m_ws->nextPendingConnection()) {
        auto* session = new ClientSession(socket, m_router, *m_hub, m_limits);
        m_sessions.insert(session);
        connect(session, &ClientSession::closed, this, [this](ClientSession* s) {
            if (m_sessions.remove(s)) s->deleteLater();
        });
    }
}

void Server::sweep() {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto sessions = m_sessions; // heartbeat may close and remove sessions
    for (ClientSession* session : sessions)
        session->heartbeat(now);
}

} // namespace zt::server
