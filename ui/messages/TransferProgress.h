#pragma once
// How far the file transfers shown in the message list have come, fed by ChatFiles' progress
// signals: uploads keyed by the message's cid (a file has no id before it is uploaded),
// downloads by file id. The timeline model belongs to the core and knows nothing of progress,
// so the delegate asks here while painting. Progress can arrive hundreds of times a second;
// the rows to repaint are collected and announced at most ten times a second.
#include <QHash>
#include <QObject>
#include <QSet>
#include <algorithm>
#include <optional>

class QAbstractItemModel;
class QModelIndex;
class QTimer;

namespace zt::ui {

struct Transfer {
    qint64 done = 0;
    qint64 total = 0;
    QString error; // a failed download: why, already translated by the core
    bool upload = false;
    bool failed() const { return !error.isEmpty(); }
    int percent() const {
        return total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 100)) : 0;
    }
};

class TransferProgress : public QObject {
    Q_OBJECT
public:
    explicit TransferProgress(const QAbstractItemModel* timeline, QObject* parent = nullptr);

    std::optional<Transfer> upload(const QString& cid) const;
    std::optional<Transfer> download(qint64 fileId) const;
    // What the card of a timeline row shows: its upload while my message is pending, else its
    // download (running or failed), else nothing.
    std::optional<Transfer> forIndex(const QModelIndex& index) const;
    void clear(); // signed out

    static constexpr int kRepaintIntervalMs = 100;

public slots:
    void onUploadProgress(const QString& cid, qint64 sent, qint64 total);
    void onDownloadStarted(qint64 fileId, qint64 total); // asked for: show the bar at once
    void onDownloadProgress(qint64 fileId, qint64 received, qint64 total);
    void onDownloadDone(qint64 fileId); // ready, copied or saved: the card goes back to rest
    void onDownloadFailed(qint64 fileId, const QString& message);

signals:
    void rowsChanged(const QList<int>& rows); // throttled; rows of the timeline to repaint

private:
    void touch(const QString& cid, qint64 fileId);
    void flush();

    const QAbstractItemModel* m_timeline;
    QHash<QString, Transfer> m_uploads;
    QHash<qint64, Transfer> m_downloads;
    QSet<QString> m_dirtyCids;
    QSet<qint64> m_dirtyFiles;
    QTimer* m_timer;
};

} // namespace zt::ui
