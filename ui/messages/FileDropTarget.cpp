#include "FileDropTarget.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace zt::ui {

FileDropTarget::FileDropTarget(QWidget* target, QObject* parent)
    : QObject(parent)
    , m_target(target) {
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

QStringList FileDropTarget::localFiles(const QMimeData* data) {
    QStringList paths;
    if (!data || !data->hasUrls()) return paths;
    for (const QUrl& url : data->urls()) {
        const QFileInfo info(url.toLocalFile());
        if (url.isLocalFile() && info.isFile()) paths << info.absoluteFilePath();
    }
    return paths;
}

bool FileDropTarget::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_target) return false;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (localFiles(drag->mimeData()).isEmpty() || !m_target->isEnabled()) return false;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList paths = localFiles(drop->mimeData());
        if (paths.isEmpty()) return false;
        drop->acceptProposedAction();
        emit filesDropped(paths);
        return true;
    }
    default:
        return false;
    }
}

} // namespace zt::ui
