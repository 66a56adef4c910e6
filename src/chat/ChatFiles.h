#pragma once
// Files in conversations (core thread). Sending: the file is copied into the encrypted cache
// and shown at once as a pending message; FileUploader sends it (resumable); once the server
// confirmed its checksum, the message's msg.send is queued in the same transaction, so a crash
// at any point loses nothing. Receiving: the message carries the file's description (name, size,
// thumbnail); the bytes are fetched on demand into the cache, checked, and handed out as a copy
// (save as, or open from a private folder that is emptied when the account signs out — both
// through the account's FileCopies).
#include "files/FileProtocol.h"

#include <QObject>
#include <QString>

namespace zt::store {
class Database;
}
namespace zt::net {
class Connection;
}
namespace zt::sync {
class Outbox;
}
namespace zt::files {
class FileUploader;
class FileDownloader;
class FileCopies;
} // namespace zt::files

namespace zt::chat {

class ChatFiles : public QObject {
    Q_OBJECT
public:
    struct Context {
        store::Database& db;
        net::Connection& connection;
        sync::Outbox& outbox;
        files::FileUploader& uploader; // shared by every domain of the account
        files::FileDownloader& downloader;
        files::FileCopies& copies;
        qint64 selfId = 0;
    };

    explicit ChatFiles(const Context& context, QObject* parent = nullptr);
    ~ChatFiles() override;

    // Returns the message's cid, or "" (then sendFailed says why). thumb: a small JPEG/PNG the
    // UI made for images (the core has no image code), or empty.
    Q_INVOKABLE QString sendLocalFile(qint64 conv, const QString& path, const QString& caption,
                                      const QString& mime, const QByteArray& thumb);
    Q_INVOKABLE void retryUpload(const QString& cid);
    Q_INVOKABLE void fetch(qint64 messageLocalId); // into the cache; fileReady / fileFailed
    Q_INVOKABLE void saveAs(qint64 messageLocalId, const QString& path);
    Q_INVOKABLE void openCopy(qint64 messageLocalId); // copyReady(fileId, path) to open it with
    bool isCached(qint64 fileId);

signals:
    void messagesChanged(qint64 conv);
    void sendFailed(qint64 conv, const QString& message);
    void uploadProgress(const QString& cid, qint64 sent, qint64 total);
    void downloadProgress(qint64 fileId, qint64 received, qint64 total);
    void fileReady(qint64 fileId);
    void fileFailed(qint64 fileId, const QString& message);
    void saved(qint64 fileId, const QString& path, bool ok, const QString& message);
    void copyReady(qint64 fileId, const QString& path);

private:
    store::Database& m_db;
    sync::Outbox& m_outbox;
    qint64 m_self;
    files::FileUploader& m_uploader;
    files::FileDownloader& m_downloader;
    files::FileCopies& m_copies;
};

} // namespace zt::chat
