#pragma once
// Hands out copies of files from the encrypted cache, fetching them first when needed: "save
// as" to a path the user chose, or "open" into a private folder that is emptied when this
// object goes (the account signs out) — nothing is left behind on a shared or kiosk desktop.
// One per account, shared by chat and approval attachments.
#include "FileProtocol.h"

#include <QMultiHash>
#include <QObject>

namespace zt::store {
class Database;
}

namespace zt::files {

class FileDownloader;

class FileCopies : public QObject {
    Q_OBJECT
public:
    FileCopies(store::Database& db, FileDownloader& downloader, const QString& openDir,
               QObject* parent = nullptr);
    ~FileCopies() override;

    void save(const FileMeta& meta, const QString& path); // saved() follows
    void open(const FileMeta& meta);                      // copyReady() or saved(ok = false)
    bool isCached(qint64 fileId);

signals:
    void saved(qint64 fileId, const QString& path, bool ok, const QString& message);
    void copyReady(qint64 fileId, const QString& path);

private:
    void onReady(qint64 fileId);
    void onFailed(qint64 fileId, const QString& message);

    store::Database& m_db;
    FileDownloader& m_downloader;
    QString m_openDir;
    struct Copy {
        QString path;
        bool open = false;
    };
    QMultiHash<qint64, Copy> m_waiting; // fileId → copies waiting for the download
};

} // namespace zt::files
