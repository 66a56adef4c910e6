#include "ClientCore.h"
#include "AccountSettings.h"
#include "ClientSchema.h"
#include "approval/ApprovalService.h"
#include "chat/ChatFiles.h"
#include "chat/ChatService.h"
#include "chat/DingService.h"
#include "chat/Messenger.h"
#include "contacts/DirectoryService.h"
#include "files/FileCopies.h"
#include "files/FileDownloader.h"
#include "files/FileUploader.h"
#include "protocol/ErrorCode.h"
#include "store/Database.h"
#include "store/SecretStore.h"
#include "store/StoreKeyProvider.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QLoggingCategory>
#include <QPointer>
#include <QSysInfo>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCore, "zt.core")

namespace zt::core {

namespace errc = protocol::errc;

ClientCore::ClientCore(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(std::make_unique<AccountSettings>(options.profileDir))
    , m_connection(std::make_unique<net::Connection>())
    , m_secrets(std::make_unique<store::SecretStore>(QStringLiteral("Zhengtong")))
    , m_keys(std::make_unique<store::StoreKeyProvider>(*m_secrets)) {
    QDir().mkpath(options.profileDir);
    m_secrets->setDisabled(!options.useKeychain);
    m_connection->setExtraCaCertificates(options.extraCaCertificates);
    if (options.heartbeatMs > 0)
        m_connection->setHeartbeat(options.heartbeatMs, options.deadAfterMs);
    connect(m_connection.get(), &net::Connection::authenticated, this,
            &ClientCore::onAuthenticated);
    connect(m_connection.get(), &net::Connection::authFailed, this, &ClientCore::onAuthFailed);
    connect(m_connection.get(), &net::Connection::fatalError, this, &ClientCore::onFatal);
    connect(m_connection.get(), &net::Connection::stateChanged, this, &ClientCore::updateStatus);
    connect(m_connection.get(), &net::Connection::retryScheduled, this,
            &ClientCore::retryScheduled);
    connect(m_keys.get(), &store::StoreKeyProvider::keyReady, this, &ClientCore::openStore);
    connect(m_keys.get(), &store::StoreKeyProvider::passphraseNeeded, this,
            [this](bool creating) { emit passphraseRequired(creating, {}); });
    connect(m_keys.get(), &store::StoreKeyProvider::failed, this, [this](const QString& message) {
        emit signInFailed(QStringLiteral("store_key"), message);
    });
}

ClientCore::~ClientCore() {
    m_connection->stop();
    // Services hold references to the store: tear down in reverse order of creation.
    m_approval.reset();
    m_directory.reset();
    m_dings.reset();
    m_chatFiles.reset();
    m_fileCopies.reset();
    m_fileDownloader.reset();
    m_fileUploader.reset();
    m_messenger.reset();
    m_chat.reset();
    m_outbox.reset();
    m_sync.reset();
    m_db.reset();
}

void ClientCore::prepareAccount(const QUrl& server, const QString& user) {
    m_accountKey = AccountSettings::accountKeyFor(server, user);
    m_accountDir = QDir(m_options.profileDir).filePath(QStringLiteral("accounts/") + m_accountKey);
}

void ClientCore::signIn(const QUrl& server, const QString& user, const QString& password,
                        bool remember) {
    m_remember = remember;
    m_connection->setServer(server);
    m_connection->loginWithPassword(user, password, QSysInfo::machineHostName());
}

bool ClientCore::resumeSaved() {
    const SavedAccount saved = m_settings->load();
    if (!saved.isValid()) return false;
    m_account = saved.identity;
    m_connection->setServer(saved.server);
    prepareAccount(saved.server, saved.identity.userName);
    m_keys->obtain(m_accountDir, m_accountKey);
    m_secrets->read(QStringLiteral("token/") + m_accountKey,
                    [this](store::SecretStatus s, const QByteArray& token, const QString&) {
                        if (s == store::SecretStatus::Ok && !token.isEmpty()) {
                            m_connection->startWithToken(QString::fromLatin1(token));
                        } else {
                            emit signInFailed(errc::TokenInvalid,
                                              tr("Your session is not remembered on this computer. "
                                                 "Please sign in."));
                        }
                    });
    updateStatus();
    return true;
}

void ClientCore::onAuthenticated(const protocol::AuthResult& result) {
    if (!result.token.isEmpty()) { // a fresh password login
        const QString key = AccountSettings::accountKeyFor(m_connection->server(), result.userName);
        if (m_db && key != m_accountKey) closeStore(); // another account: never share a store
        m_account = result;
        prepareAccount(m_connection->server(), result.userName);
        m_settings->save({m_connection->server(), m_accountKey, result});
        if (m_remember) rememberToken(result.token);
        if (!m_db) m_keys->obtain(m_accountDir, m_accountKey);
    }
    startSyncIfPossible();
    updateStatus();
}

void ClientCore::rememberToken(const QString& token) {
    m_secrets->write(QStringLiteral("token/") + m_accountKey, token.toLatin1(),
                     [](store::SecretStatus s, const QString& error) {
                         if (s != store::SecretStatus::Ok)
                             qCInfo(lcCore) << "session not remembered (no keychain):" << error;
                     });
}

void ClientCore::onAuthFailed(const protocol::Error& error) {
    QString message;
    if (error.code == errc::BadCredentials)
        message = tr("Wrong user name or password.");
    else if (error.code == errc::TokenExpired || error.code == errc::TokenInvalid)
        message = tr("Your session has ended. Please sign in again.");
    else
        message = tr("Sign-in was refused: %1").arg(error.message);
    if (error.code == errc::TokenExpired || error.code == errc::TokenInvalid)
        m_secrets->remove(QStringLiteral("token/") + m_accountKey,
                          [](store::SecretStatus, const QString&) {});
    emit signInFailed(error.code, message);
    updateStatus();
}

void ClientCore::onFatal(const protocol::Error& error) {
    QString message;
    if (error.code == errc::UnsupportedVersion)
        message =
            tr("This server speaks a different protocol version. Please update Zhengtong. (%1)")
                .arg(error.message);
    else if (error.code == QLatin1String("tls_error"))
        message = tr("The server's certificate is not trusted: %1").arg(error.message);
    else
        message = tr("Cannot reach the server: %1").arg(error.message);
    emit signInFailed(error.code, message);
    updateStatus();
}

void ClientCore::supplyPassphrase(const QString& passphrase) {
    m_keys->supplyPassphrase(passphrase);
}

void ClientCore::openStore(const QByteArray& key) {
    const QString path = QDir(m_accountDir).filePath(QStringLiteral("store.db"));
    auto opened = store::Database::open(path, key);
    if (!opened.db) {
        qCWarning(lcCore) << "cannot open local store" << path << ":" << opened.message;
        if (opened.error == store::OpenError::WrongKeyOrNotDatabase)
            emit passphraseRequired(false,
                                    tr("The passphrase is wrong, or the local cache is damaged."));
        else
            emit signInFailed(QStringLiteral("store_open"),
                              tr("Cannot open the local cache: %1").arg(opened.message));
        return;
    }
    try {
        if (store::migrate(*opened.db, clientSchema()) == store::MigrateResult::TooNew) {
            emit signInFailed(
                QStringLiteral("store_too_new"),
                tr("The local cache was written by a newer Zhengtong. Please update."));
            return;
        }
    } catch (const store::DbError& e) {
        emit signInFailed(
            QStringLiteral("store_migrate"),
            tr("Cannot upgrade the local cache: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    m_db = std::move(opened.db);
    m_sync = std::make_unique<sync::SyncEngine>(*m_db, *m_connection);
    m_outbox = std::make_unique<sync::Outbox>(*m_db, *m_connection);
    m_chat = std::make_unique<chat::ChatService>(*m_db, *m_outbox, *m_sync, m_account.userId);
    m_messenger = std::make_unique<chat::Messenger>(
        chat::Messenger::Context{*m_db, *m_connection, *m_outbox, *m_sync, m_account.userId});
    m_fileUploader = std::make_unique<files::FileUploader>(*m_db, *m_connection);
    m_fileDownloader = std::make_unique<files::FileDownloader>(*m_db, *m_connection);
    m_fileCopies = std::make_unique<files::FileCopies>(
        *m_db, *m_fileDownloader, QDir(m_accountDir).filePath(QStringLiteral("open")));
    m_chatFiles = std::make_unique<chat::ChatFiles>(
        chat::ChatFiles::Context{*m_db, *m_connection, *m_outbox, *m_fileUploader,
                                 *m_fileDownloader, *m_fileCopies, m_account.userId});
    connect(m_messenger.get(), &chat::Messenger::uploadRetryWanted, m_chatFiles.get(),
            &chat::ChatFiles::retryUpload);
    // File messages change through ChatFiles: the views follow Messenger::messagesChanged.
    connect(m_chatFiles.get(), &chat::ChatFiles::messagesChanged, m_messenger.get(),
            &chat::Messenger::messagesChanged);
    m_dings = std::make_unique<chat::DingService>(*m_db, *m_connection, *m_outbox, *m_messenger);
    m_dings->setUploader(m_fileUploader.get());
    m_directory = std::make_unique<contacts::DirectoryService>(*m_db, *m_connection, *m_outbox,
                                                               m_options.syncDirectoryRegion);
    m_approval = std::make_unique<approval::ApprovalService>(approval::ApprovalService::Context{
        *m_db, *m_connection, *m_outbox, *m_sync, *m_secrets, m_accountKey, m_account.userId,
        m_options.signingAlgorithm});
    m_approval->setFiles(m_fileDownloader.get(), m_fileCopies.get());
    connect(m_sync.get(), &sync::SyncEngine::catchingUpChanged, this, &ClientCore::updateStatus);
    connect(m_outbox.get(), &sync::Outbox::countsChanged, this, &ClientCore::writesChanged);
    emit ready();
    emit writesChanged(m_outbox->pendingCount(), m_outbox->failedCount());
    startSyncIfPossible();
    updateStatus();
}

void ClientCore::startSyncIfPossible() {
    if (!m_sync || m_connection->state() != net::Connection::State::Ready) return;
    m_sync->start();
    m_outbox->kick();
}

void ClientCore::goOffline() {
    m_connection->stop();
}

void ClientCore::goOnline() {
    if (!m_connection->token().isEmpty()) m_connection->startWithToken(m_connection->token());
}

void ClientCore::signOut(bool everywhere) {
    const QString tokenKey = QStringLiteral("token/") + m_accountKey;
    m_secrets->remove(tokenKey, [](store::SecretStatus, const QString&) {});
    m_settings->clear();
    closeStore();
    m_account = {};
    // Revoke on the server before dropping the link: abort() would discard the unsent request.
    if (m_connection->state() == net::Connection::State::Ready) {
        QPointer<net::Connection> connection(m_connection.get());
        m_connection->request(
            protocol::op::Logout, protocol::LogoutArgs{everywhere}.toJson(),
            [connection](const protocol::Response&) {
                if (connection) QTimer::singleShot(0, connection, &net::Connection::stop);
            },
            5'000);
    } else {
        m_connection->stop();
    }
    updateStatus();
}

void ClientCore::closeStore() {
    m_approval.reset();
    m_directory.reset();
    m_dings.reset();
    m_chatFiles.reset();
    m_fileCopies.reset();
    m_fileDownloader.reset();
    m_fileUploader.reset();
    m_messenger.reset();
    m_chat.reset();
    m_outbox.reset();
    m_sync.reset();
    m_db.reset();
}

void ClientCore::updateStatus() {
    Status s = Status::SignedOut;
    if (m_account.userId != 0) {
        switch (m_connection->state()) {
        case net::Connection::State::Offline:
            s = Status::Offline;
            break;
        case net::Connection::State::Connecting:
            s = Status::Connecting;
            break;
        case net::Connection::State::Authenticating:
            s = Status::Authenticating;
            break;
        case net::Connection::State::Ready:
            s = (!m_sync || m_sync->isCatchingUp()) ? Status::Syncing : Status::Online;
            break;
        }
    }
    if (s != m_status) {
        m_status = s;
        emit statusChanged(s);
    }
}

} // namespace zt::core
