#include "FileCopies.h"
#include "FileCache.h"
#include "FileDownloader.h"

#include <QDir>

namespace zt::files {

FileCopies::FileCopies(store::Database& db, FileDownloader& downloader, const QString& openDir,
                       QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_downloader(downloader)
    , m_openDir(openDir) {
    if (!m_openDir.isEmpty()) QDir(m_openDir).removeRecursively(); // left by a crash
    connect(&downloader, &FileDownloader::ready, this, &FileCopies::onReady);
    connect(&downloader, &FileDownloader::failed, this, &FileCopies::onFailed);
}

FileCopies::~FileCopies() {
    if (!m_openDir.isEmpty()) QDir(m_openDir).removeRecursively();
}

void FileCopies::save(const FileMeta& meta, const QString& path) {
    if (meta.id <= 0) return;
    m_waiting.insert(meta.id, Copy{path, false});
    m_downloader.download(meta); // ready() at once when cached
}

void FileCopies::open(const FileMeta& meta) {
    if (meta.id <= 0 || m_openDir.isEmpty()) return;
    // A folder per file keeps the original name without clashes.
    const QString dir = QStringLiteral("%1/%2").arg(m_openDir).arg(meta.id);
    QDir().mkpath(dir);
    m_waiting.insert(meta.id, Copy{dir + QLatin1Char('/') + meta.name, true});
    m_downloader.download(meta);
}

bool FileCopies::isCached(qint64 fileId) {
    const auto e = FileCache(m_db).byFileId(fileId);
    return e && e->state == CacheEntry::State::Ready && e->stored == e->meta.size;
}

void FileCopies::onReady(qint64 fileId) {
    const QList<Copy> copies = m_waiting.values(fileId);
    m_waiting.remove(fileId);
    FileCache cache(m_db);
    const auto entry = cache.byFileId(fileId);
    for (const Copy& c : copies) {
        QString error;
        const bool ok = entry && cache.exportTo(entry->id, c.path, &error);
        if (c.open && ok)
            emit copyReady(fileId, c.path);
        else
            emit saved(fileId, c.path, ok, error);
    }
}

void FileCopies::onFailed(qint64 fileId, const QString& message) {
    for (const Copy& c : m_waiting.values(fileId))
        emit saved(fileId, c.path, false, message);
    m_waiting.remove(fileId);
}

} // namespace zt::files
