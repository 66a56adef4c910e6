#include "TransferProgress.h"
#include "chat/ChatTypes.h"
#include "chat/TimelineModel.h"

#include <QAbstractItemModel>
#include <QTimer>

namespace zt::ui {

using M = chat::TimelineModel;

TransferProgress::TransferProgress(const QAbstractItemModel* timeline, QObject* parent)
    : QObject(parent)
    , m_timeline(timeline)
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    m_timer->setInterval(kRepaintIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &TransferProgress::flush);
}

std::optional<Transfer> TransferProgress::upload(const QString& cid) const {
    const auto it = m_uploads.constFind(cid);
    return it == m_uploads.cend() ? std::nullopt : std::optional(*it);
}

std::optional<Transfer> TransferProgress::download(qint64 fileId) const {
    const auto it = m_downloads.constFind(fileId);
    return it == m_downloads.cend() ? std::nullopt : std::optional(*it);
}

std::optional<Transfer> TransferProgress::forIndex(const QModelIndex& index) const {
    const bool pending = index.data(M::StateRole).toInt() == int(chat::DeliveryState::Pending);
    if (pending && index.data(M::MineRole).toBool()) {
        if (auto up = upload(index.data(M::CidRole).toString())) return up;
        // Not started yet (queued behind another file, or offline): an empty bar says so.
        if (index.data(M::FileIdRole).toLongLong() <= 0)
            return Transfer{0, index.data(M::FileSizeRole).toLongLong(), {}, true};
    }
    const qint64 fileId = index.data(M::FileIdRole).toLongLong();
    return fileId > 0 ? download(fileId) : std::nullopt;
}

void TransferProgress::clear() {
    m_uploads.clear();
    m_downloads.clear();
    m_dirtyCids.clear();
    m_dirtyFiles.clear();
    m_timer->stop();
}

void TransferProgress::onUploadProgress(const QString& cid, qint64 sent, qint64 total) {
    m_uploads.insert(cid, Transfer{sent, total, {}, true});
    touch(cid, 0);
}

void TransferProgress::onDownloadStarted(qint64 fileId, qint64 total) {
    if (fileId <= 0) return;
    Transfer& t = m_downloads[fileId];
    t = Transfer{qMin(t.done, total), total, {}, false}; // a retry clears the previous failure
    touch({}, fileId);
}

void TransferProgress::onDownloadProgress(qint64 fileId, qint64 received, qint64 total) {
    m_downloads.insert(fileId, Transfer{received, total, {}, false});
    touch({}, fileId);
}

void TransferProgress::onDownloadDone(qint64 fileId) {
    if (m_downloads.remove(fileId) > 0) touch({}, fileId);
}

void TransferProgress::onDownloadFailed(qint64 fileId, const QString& message) {
    Transfer& t = m_downloads[fileId];
    t.error = message.isEmpty() ? tr("the file could not be downloaded") : message;
    touch({}, fileId);
}

void TransferProgress::touch(const QString& cid, qint64 fileId) {
    if (!cid.isEmpty()) m_dirtyCids.insert(cid);
    if (fileId > 0) m_dirtyFiles.insert(fileId);
    if (!m_timer->isActive()) m_timer->start();
}

// The window holds at most a few hundred rows: a scan ten times a second costs nothing, and
// the rows move as pages come and go, so remembering them would be wrong more often than not.
void TransferProgress::flush() {
    QList<int> rows;
    const int count = m_timeline ? m_timeline->rowCount() : 0;
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = m_timeline->index(row, 0);
        if (index.data(M::KindRole).toInt() != int(chat::MessageKind::File)) continue;
        if (m_dirtyCids.contains(index.data(M::CidRole).toString()) ||
            m_dirtyFiles.contains(index.data(M::FileIdRole).toLongLong()))
            rows << row;
    }
    m_dirtyCids.clear();
    m_dirtyFiles.clear();
    if (!rows.isEmpty()) emit rowsChanged(rows);
}

} // namespace zt::ui
