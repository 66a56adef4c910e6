#pragma once
// Wires the client core for one signed-in account: connection, encrypted store, sync, outbox and
// domain services. Lives on one thread (the app gives it a worker thread); the UI talks to it by
// queued calls and signals only.
#include "crypto/SigningKey.h"
#include "net/Connection.h"
#include "protocol/Ops.h"

#include <QObject>
#include <QUrl>
#include <memory>

namespace zt::store {
class Database;
class SecretStore;
class StoreKeyProvider;
} // namespace zt::store
namespace zt::sync {
class SyncEngine;
class Outbox;
} // namespace zt::sync
namespace zt::chat {
class ChatService;
class DingService;
class ChatFiles;
class Messenger;
} // namespace zt::chat
namespace zt::contacts {
class DirectoryService;
}
namespace zt::approval {
class ApprovalService;
}
namespace zt::files {
class FileUploader;
class FileDownloader;
class FileCopies;
} // namespace zt::files

namespace zt::core {

class AccountSettings;

class ClientCore : public QObject {
    Q_OBJECT
public:
    enum class Status { SignedOut, Offline, Connecting, Authenticating, Syncing, Online };
    Q_ENUM(Status)

    struct Options {
        QString profileDir;
        bool useKeychain = true;
        int heartbeatMs = 0; // 0: protocol defaults
        int deadAfterMs = 0;
        QList<QSslCertificate> extraCaCertificates;
        bool syncDirectoryRegion = true; // copy the user's county for offline use (DirectorySync)
        // Algorithm of the approval signing key made on first use (an existing key is kept).
        crypto::SignatureAlgorithm signingAlgorithm = crypto::SignatureAlgorithm::Sm2Sm3;
    };

    explicit ClientCore(const Options& options, QObject* parent = nullptr);
    ~ClientCore() override;

    Q_INVOKABLE void signIn(const QUrl& server, const QString& user, const QString& password,
                            bool remember);
    // Reopens the remembered account (offline first). False when nothing is remembered.
    Q_INVOKABLE bool resumeSaved();
    Q_INVOKABLE void supplyPassphrase(const QString& passphrase);
    Q_INVOKABLE void signOut(bool everywhere);
    Q_INVOKABLE void goOffline(); // stop connecting (tests, "work offline")
    Q_INVOKABLE void goOnline();  // resume with the session token

    Status status() const { return m_status; }
    protocol::AuthResult account() const { return m_account; }
    net::Connection& connection() { return *m_connection; }
    store::Database* database() { return m_db.get(); }
    sync::SyncEngine* syncEngine() { return m_sync.get(); }
    sync::Outbox* outbox() { return m_outbox.get(); }
    chat::ChatService* chat() { return m_chat.get(); } // legacy 1:1 chat.send
    chat::Messenger* messenger() { return m_messenger.get(); }
    chat::DingService* dings() { return m_dings.get(); }
    chat::ChatFiles* chatFiles() { return m_chatFiles.get(); }
    files::FileCopies* fileCopies() { return m_fileCopies.get(); } // save / open any file
    contacts::DirectoryService* directory() { return m_directory.get(); }
    approval::ApprovalService* approval() { return m_approval.get(); }
    QString accountDir() const { return m_accountDir; }

signals:
    void statusChanged(zt::core::ClientCore::Status status);
    void ready(); // store open: the UI can show data
    void signInFailed(const QString& code, const QString& message);
    void passphraseRequired(bool creating, const QString& error);
    void writesChanged(int pending, int failed);
    void retryScheduled(int delayMs);

private:
    void onAuthenticated(const protocol::AuthResult& result);
    void onAuthFailed(const protocol::Error& error);
    void onFatal(const protocol::Error& error);
    void prepareAccount(const QUrl& server, const QString& user);
    void openStore(const QByteArray& key);
    void startSyncIfPossible();
    void updateStatus();
    void rememberToken(const QString& token);
    void closeStore();

    Options m_options;
    std::unique_ptr<AccountSettings> m_settings;
    std::unique_ptr<net::Connection> m_connection;
    std::unique_ptr<store::SecretStore> m_secrets;
    std::unique_ptr<store::StoreKeyProvider> m_keys;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<sync::SyncEngine> m_sync;
    std::unique_ptr<sync::Outbox> m_outbox;
    std::unique_ptr<chat::ChatService> m_chat;
    std::unique_ptr<chat::Messenger> m_messenger;
    std::unique_ptr<files::FileUploader> m_fileUploader;
    std::unique_ptr<files::FileDownloader> m_fileDownloader;
    std::unique_ptr<files::FileCopies> m_fileCopies;
    std::unique_ptr<chat::ChatFiles> m_chatFiles;
    std::unique_ptr<chat::DingService> m_dings;
    std::unique_ptr<contacts::DirectoryService> m_directory;
    std::unique_ptr<approval::ApprovalService> m_approval;
    protocol::AuthResult m_account;
    QString m_accountDir;
    QString m_accountKey;
    bool m_remember = false;
    Status m_status = Status::SignedOut;
};

} // namespace zt::core
