#include "FileSender.h"
#include "FileCardPainter.h"
#include "FileThumbnail.h"
#include "chat/ChatFiles.h"
#include "files/FileProtocol.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QMimeDatabase>
#include <QtConcurrent/QtConcurrentRun>

namespace zt::ui {

FileSender::FileSender(QObject* parent)
    : QObject(parent) {
}

QString FileSender::refusal(const QString& path) {
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return tr("“%1” cannot be read.").arg(info.fileName());
    if (info.size() == 0) return tr("“%1” is empty.").arg(info.fileName());
    if (info.size() > files::kMaxFileBytes)
        return tr("“%1” is %2; files up to %3 can be sent.")
            .arg(info.fileName(), FileCardPainter::humanSize(info.size()),
                 FileCardPainter::humanSize(files::kMaxFileBytes));
    return {};
}

FileSender::Prepared FileSender::prepare(const QString& path) {
    Prepared p;
    p.path = path;
    // By name and content: an extension is often missing or wrong on shared drives.
    p.mime = QMimeDatabase().mimeTypeForFile(path).name();
    if (thumbnail::isImage(path)) p.thumb = thumbnail::make(path);
    return p;
}

void FileSender::send(qint64 conv, const QStringList& paths) {
    if (conv <= 0) return;
    QStringList accepted;
    for (const QString& path : paths) {
        const QString why = refusal(path);
        if (why.isEmpty())
            accepted << path;
        else
            emit noticeWanted(why, true);
    }
    if (accepted.isEmpty()) return;
    // One task for the whole batch keeps the files in the order they were picked.
    auto* watcher = new QFutureWatcher<QList<Prepared>>(this);
    connect(watcher, &QFutureWatcher<QList<Prepared>>::finished, this, [this, watcher, conv] {
        hand(conv, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([accepted] {
        QList<Prepared> prepared;
        for (const QString& path : accepted)
            prepared << prepare(path);
        return prepared;
    }));
}

void FileSender::hand(qint64 conv, const QList<Prepared>& prepared) {
    chat::ChatFiles* files = m_files.data();
    if (!files) {
        emit noticeWanted(tr("Not signed in: the files were not sent."), true);
        return;
    }
    QMetaObject::invokeMethod(files, [files, conv, prepared, self = QPointer<FileSender>(this)] {
        for (const Prepared& p : prepared) {
            const QString cid = files->sendLocalFile(conv, p.path, {}, p.mime, p.thumb);
            if (cid.isEmpty() || !self) continue; // sendFailed says why
            QMetaObject::invokeMethod(
                self, [self, cid, path = p.path] { emit self->started(cid, path); },
                Qt::QueuedConnection);
        }
    });
}

} // namespace zt::ui
