#pragma once
// What the user does with file messages, between the message list and the core's ChatFiles:
// sending (FileSender), the transfers' progress on the cards (TransferProgress), a click on a
// card (open the file, view a picture, retry a failed send), "Save as…", and the notices that
// tell how it went. ChatFiles lives on the core thread: calls are queued, signals come queued.
#include "chat/ChatFiles.h" // QPointer needs the full type
#include <QHash>
#include <QModelIndex>

#include <QObject>
#include <QPointer>
#include <functional>

class QAbstractItemView;

namespace zt::core {
class ClientCore;
}

namespace zt::ui {

class FileSender;
class MessageDelegate;
class TransferProgress;

class FileActions : public QObject {
    Q_OBJECT
public:
    FileActions(core::ClientCore* core, QAbstractItemView* view, MessageDelegate* delegate,
                QObject* parent = nullptr);

    void attach(); // after ClientCore::ready(): finds the account's ChatFiles
    void detach();
    bool isAttached() const { return !m_files.isNull(); }
    FileSender* sender() const { return m_sender; }
    TransferProgress* progress() const { return m_progress; }

    QModelIndex cardAt(const QPoint& viewportPos) const; // the file card under a point
    void activate(const QModelIndex& index);             // a click on its card
    void open(const QModelIndex& index);
    void saveAs(const QModelIndex& index); // asks where, then saveTo
    void saveTo(const QModelIndex& index, const QString& path);

    // Replaceable for tests: shows a file copied out of the cache (a picture in the viewer,
    // anything else with the desktop's application for it).
    std::function<void(const QString& path, const QString& name, bool image)> show;

signals:
    void noticeWanted(const QString& text, bool error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void bind(chat::ChatFiles* files);
    void showCopy(const QString& path, const QString& name, bool image);
    void onCopyReady(qint64 fileId, const QString& path);
    void onSaved(qint64 fileId, const QString& path, bool ok, const QString& message);
    void onFileFailed(qint64 fileId, const QString& message);
    void retry(qint64 localId);

    struct Request {
        QString name;
        bool image = false;
        bool open = false; // else a save
    };
    core::ClientCore* m_core;
    QAbstractItemView* m_view;
    MessageDelegate* m_delegate;
    FileSender* m_sender;
    TransferProgress* m_progress;
    QPointer<chat::ChatFiles> m_files;
    QHash<qint64, Request> m_requests; // by file id, until its copy or save is done
    qint64 m_lastClicked = 0;          // the second click of a double-click opens nothing new
    qint64 m_lastClickMs = 0;
};

} // namespace zt::ui
