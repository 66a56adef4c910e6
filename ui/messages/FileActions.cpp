#include "FileActions.h"
#include "FileSender.h"
#include "ImageViewer.h"
#include "MessageDelegate.h"
#include "TransferProgress.h"
#include "chat/ChatFiles.h"
#include "chat/ChatTypes.h"
#include "chat/Messenger.h"
#include "chat/TimelineModel.h"
#include "core/ClientCore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMouseEvent>
#include <QStandardPaths>
#include <QUrl>

namespace zt::ui {

using M = chat::TimelineModel;

FileActions::FileActions(core::ClientCore* core, QAbstractItemView* view, MessageDelegate* delegate,
                         QObject* parent)
    : QObject(parent)
    , m_core(core)
    , m_view(view)
    , m_delegate(delegate)
    , m_sender(new FileSender(this))
    , m_progress(new TransferProgress(view->model(), this)) {
    show = [this](const QString& path, const QString& name, bool image) {
        showCopy(path, name, image);
    };
    m_delegate->setTransfers(m_progress);
    connect(m_progress, &TransferProgress::rowsChanged, this, [this](const QList<int>& rows) {
        for (int row : rows)
            m_view->update(m_view->model()->index(row, 0));
    });
    connect(m_sender, &FileSender::noticeWanted, this, &FileActions::noticeWanted);
    m_view->viewport()->installEventFilter(this);
}

void FileActions::attach() {
    // ChatFiles exists on the core thread only: take it there, bind here.
    QMetaObject::invokeMethod(m_core, [core = m_core, self = QPointer<FileActions>(this)] {
        chat::ChatFiles* files = core->chatFiles();
        if (!files || !self) return;
        QMetaObject::invokeMethod(
            self,
            [self, files] {
                if (self) self->bind(files);
            },
            Qt::QueuedConnection);
    });
}

void FileActions::bind(chat::ChatFiles* files) {
    if (m_files == files) return;
    m_files = files;
    m_sender->setChatFiles(files);
    constexpr auto queued = Qt::QueuedConnection;
    using CF = chat::ChatFiles;
    connect(files, &CF::uploadProgress, m_progress, &TransferProgress::onUploadProgress, queued);
    connect(files, &CF::downloadProgress, m_progress, &TransferProgress::onDownloadProgress,
            queued);
    connect(files, &CF::fileReady, m_progress, &TransferProgress::onDownloadDone, queued);
    connect(files, &CF::fileFailed, this, &FileActions::onFileFailed, queued);
    connect(files, &CF::copyReady, this, &FileActions::onCopyReady, queued);
    connect(files, &CF::saved, this, &FileActions::onSaved, queued);
    connect(
        files, &CF::sendFailed, this,
        [this](qint64, const QString& message) {
            emit noticeWanted(tr("The file was not sent: %1").arg(message), true);
        },
        queued);
}

// The account's ChatFiles may already be gone (signing out destroys it on the core thread, and
// its connections with it): only forget it here.
void FileActions::detach() {
    m_files = nullptr;
    m_sender->setChatFiles(nullptr);
    m_progress->clear();
    m_requests.clear();
}

QModelIndex FileActions::cardAt(const QPoint& pos) const {
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid()) return {};
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.widget = m_view;
    option.font = m_view->font();
    option.rect = m_view->visualRect(index);
    const std::optional<QRect> card = m_delegate->fileCard(option, index);
    return card && card->contains(pos) ? index : QModelIndex();
}

void FileActions::activate(const QModelIndex& index) {
    if (!index.isValid()) return;
    const auto state = chat::DeliveryState(index.data(M::StateRole).toInt());
    if (state == chat::DeliveryState::Failed && index.data(M::MineRole).toBool()) {
        retry(index.data(M::LocalIdRole).toLongLong());
        return;
    }
    if (index.data(M::FileIdRole).toLongLong() > 0) open(index);
}

// Messenger::retry re-uploads when the file never reached the server, else re-sends.
void FileActions::retry(qint64 localId) {
    QMetaObject::invokeMethod(m_core, [core = m_core, localId] {
        if (chat::Messenger* messenger = core->messenger()) messenger->retry(localId);
    });
}

void FileActions::open(const QModelIndex& index) {
    const qint64 fileId = index.data(M::FileIdRole).toLongLong();
    chat::ChatFiles* files = m_files.data();
    if (!files || fileId <= 0) return;
    const QString mime = index.data(M::FileMimeRole).toString();
    m_requests.insert(fileId, {index.data(M::FileNameRole).toString(),
                               mime.startsWith(QLatin1String("image/")), true});
    m_progress->onDownloadStarted(fileId, index.data(M::FileSizeRole).toLongLong());
    const qint64 localId = index.data(M::LocalIdRole).toLongLong();
    QMetaObject::invokeMethod(files, [files, localId] { files->openCopy(localId); });
}

void FileActions::saveAs(const QModelIndex& index) {
    const QString name = index.data(M::FileNameRole).toString();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path = QFileDialog::getSaveFileName(m_view->window(), tr("Save file as"),
                                                      QDir(folder).filePath(name));
    if (!path.isEmpty()) saveTo(index, path);
}

void FileActions::saveTo(const QModelIndex& index, const QString& path) {
    const qint64 fileId = index.data(M::FileIdRole).toLongLong();
    chat::ChatFiles* files = m_files.data();
    if (!files || fileId <= 0 || path.isEmpty()) return;
    m_requests.insert(fileId, {index.data(M::FileNameRole).toString(), false, false});
    m_progress->onDownloadStarted(fileId, index.data(M::FileSizeRole).toLongLong());
    const qint64 localId = index.data(M::LocalIdRole).toLongLong();
    QMetaObject::invokeMethod(files, [files, localId, path] { files->saveAs(localId, path); });
}

void FileActions::onCopyReady(qint64 fileId, const QString& path) {
    m_progress->onDownloadDone(fileId);
    const auto it = m_requests.constFind(fileId);
    if (it == m_requests.cend() || !it->open) return; // asked for by another window, or twice
    const Request request = *it;
    m_requests.erase(it);
    show(path, request.name, request.image);
}

void FileActions::onSaved(qint64 fileId, const QString& path, bool ok, const QString& message) {
    m_progress->onDownloadDone(fileId);
    const Request request = m_requests.take(fileId);
    if (ok)
        emit noticeWanted(tr("Saved “%1” to %2").arg(request.name, QDir::toNativeSeparators(path)),
                          false);
    else if (request.open) // opening reports its failure here too
        emit noticeWanted(tr("Cannot open “%1”: %2").arg(request.name, message), true);
    else
        emit noticeWanted(tr("Cannot save “%1”: %2").arg(request.name, message), true);
}

void FileActions::onFileFailed(qint64 fileId, const QString& message) {
    m_progress->onDownloadFailed(fileId, message);
    const QString name = m_requests.value(fileId).name;
    emit noticeWanted(name.isEmpty() ? tr("A file could not be downloaded: %1").arg(message)
                                     : tr("“%1” could not be downloaded: %2").arg(name, message),
                      true);
}

void FileActions::showCopy(const QString& path, const QString& name, bool image) {
    if (image) {
        auto* viewer = new ImageViewer(m_view->window());
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        if (viewer->load(path, name)) {
            viewer->show();
            return;
        }
        delete viewer; // not a picture after all (a wrong type): the desktop may know better
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        emit noticeWanted(tr("No application is set up to open “%1”.").arg(name), true);
}

bool FileActions::eventFilter(QObject* watched, QEvent* event) {
    // The type first: while the view is being destroyed its viewport must not be asked for.
    if (event->type() != QEvent::MouseButtonRelease || watched != m_view->viewport()) return false;
    const auto* mouse = static_cast<QMouseEvent*>(event);
    if (mouse->button() != Qt::LeftButton) return false;
    const QModelIndex index = cardAt(mouse->position().toPoint());
    if (!index.isValid()) return false;
    const qint64 id = index.data(M::LocalIdRole).toLongLong();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool again = id == m_lastClicked && now - m_lastClickMs < qApp->doubleClickInterval();
    m_lastClicked = id;
    m_lastClickMs = now;
    if (!again) activate(index);
    return false; // the view still selects the row
}

} // namespace zt::ui
