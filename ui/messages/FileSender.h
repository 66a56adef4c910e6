#pragma once
// Sends the files the user picked or dropped: refuses at once what the server would refuse
// (over files::kMaxFileBytes, unreadable, empty), works out each file's type and, for
// pictures, the thumbnail on a worker thread (decoding a large photo takes long enough to
// freeze the window), then hands the files in their order to ChatFiles on the core thread.
#include "chat/ChatFiles.h" // QPointer needs the full type

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace zt::core {
class ClientCore;
}

namespace zt::ui {

class FileSender : public QObject {
    Q_OBJECT
public:
    explicit FileSender(QObject* parent = nullptr);
    void setChatFiles(chat::ChatFiles* files) { m_files = files; } // core thread: queued only

    // Why a file cannot be sent, or empty when it can (checked before anything is read).
    static QString refusal(const QString& path);
    void send(qint64 conv, const QStringList& paths);

    struct Prepared {
        QString path, mime;
        QByteArray thumb;
    };
    static Prepared prepare(const QString& path); // any thread

signals:
    void noticeWanted(const QString& text, bool error);
    void started(const QString& cid, const QString& path); // the pending message exists

private:
    void hand(qint64 conv, const QList<Prepared>& files);
    QPointer<chat::ChatFiles> m_files;
};

} // namespace zt::ui
