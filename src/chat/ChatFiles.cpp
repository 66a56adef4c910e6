#include "ChatFiles.h"
#include "ChatTypes.h"
#include "ConversationStore.h"
#include "MessageStore.h"
#include "files/FileCache.h"
#include "files/FileDownloader.h"
#include "files/FileUploader.h"
#include "store/Database.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcChatFiles, "zt.chat.files")

namespace zt::chat {

using files::CacheEntry;

namespace {
QString t(const char* text) {
    return QCoreApplication::translate("zt::chat::ChatFiles", text);
}
} // namespace

ChatFiles::ChatFiles(const Context& context, QObject* parent)
    : QObject(parent)
    , m_db(context.db)
    , m_outbox(context.outbox)
    , m_self(context.selfId)
    , m_openDir(context.openDir)
    , m_uploader(new files::FileUploader(context.db, context.connection, this))
    , m_downloader(new files::FileDownloader(context.db, context.connection, this)) {
    m_uploader->setHooks(
        [this](store::Database& db, const CacheEntry& e) { onUploaded(db, e.conv, e.cid, e.meta); },
        [this](store::Database& db, const CacheEntry& e, const QString& why) {
            MessageStore(db).markFailed(m_self, e.cid, why);
        });
    connect(m_uploader, &files::FileUploader::progress, this, &ChatFiles::uploadProgress);
    connect(m_uploader, &files::FileUploader::finished, this, [this](const QString& cid, qint64) {
        m_outbox.notifyEnqueued();
        if (const auto m = MessageStore(m_db).byCid(m_self, cid))
            emit messagesChanged(m->message.conv);
    });
    connect(m_uploader, &files::FileUploader::failed, this,
            [this](const QString& cid, const QString&) {
                if (const auto m = MessageStore(m_db).byCid(m_self, cid))
                    emit messagesChanged(m->message.conv);
            });
    connect(m_downloader, &files::FileDownloader::progress, this, &ChatFiles::downloadProgress);
    connect(m_downloader, &files::FileDownloader::ready, this, &ChatFiles::onReady);
    connect(m_downloader, &files::FileDownloader::failed, this,
            [this](qint64 fileId, const QString& message) {
                for (const Export& e : m_waiting.values(fileId))
                    emit saved(fileId, e.path, false, message);
                m_waiting.remove(fileId);
                emit fileFailed(fileId, message);
            });
    m_uploader->kick();
    m_downloader->kick();
}

ChatFiles::~ChatFiles() {
    // Copies handed out for opening are not left behind (kiosks, shared desktops).
    if (!m_openDir.isEmpty()) QDir(m_openDir).removeRecursively();
}

QString ChatFiles::sendLocalFile(qint64 conv, const QString& path, const QString& caption,
                                 const QString& mime, const QByteArray& thumb) {
    const QString cid = sync::Outbox::newCid();
    QString error;
    const auto entry = files::FileCache(m_db).importUpload(path, cid, conv, mime, thumb, &error);
    if (!entry) {
        qCWarning(lcChatFiles) << "cannot send" << path << ":" << error;
        emit sendFailed(conv, error);
        return {};
    }
    Message m;
    m.conv = conv;
    m.sender = m_self;
    m.cid = cid;
    m.kind = MessageKind::File;
    m.text = caption;
    m.file = entry->meta;
    m.timeMs = QDateTime::currentMSecsSinceEpoch();
    try {
        m_db.transaction([&] { MessageStore(m_db).insertPending(m); });
    } catch (const std::exception& e) {
        qCWarning(lcChatFiles) << "cannot store the file message:" << e.what();
        emit sendFailed(conv, t("The message could not be stored."));
        return {};
    }
    emit messagesChanged(conv);
    m_uploader->kick();
    return cid;
}

void ChatFiles::onUploaded(store::Database& db, qint64 conv, const QString& cid,
                           const files::FileMeta& meta) {
    MessageStore messages(db);
    messages.setUploaded(cid, m_self, meta);
    const auto m = messages.byCid(m_self, cid);
    if (!m) return; // the message was never stored (crash between the two writes): nothing to send
    const Message& msg = m->message;
    const SendMsgArgs args{{},          conv,        MessageKind::File, msg.text,
                           msg.fileRef, msg.replyTo, msg.mentions,      msg.mentionAll};
    sync::Outbox::requeue(db, cid, op::MsgSend, args.toJson());
}

void ChatFiles::retryUpload(const QString& cid) {
    files::FileCache cache(m_db);
    const auto entry = cache.byCid(cid);
    if (!entry) return;
    qint64 conv = 0;
    try {
        m_db.transaction([&] {
            cache.setState(entry->id, CacheEntry::State::Uploading);
            if (auto m = MessageStore(m_db).byCid(m_self, cid)) {
                conv = m->message.conv;
                MessageStore(m_db).resetFailed(m->localId);
            }
        });
    } catch (const std::exception& e) {
        qCWarning(lcChatFiles) << "cannot retry an upload:" << e.what();
        return;
    }
    if (conv) emit messagesChanged(conv);
    m_uploader->kick();
}

void ChatFiles::fetch(qint64 messageLocalId) {
    const auto m = MessageStore(m_db).byLocalId(messageLocalId);
    if (!m || m->message.file.id <= 0) return;
    m_downloader->download(m->message.file);
}

bool ChatFiles::isCached(qint64 fileId) {
    const auto e = files::FileCache(m_db).byFileId(fileId);
    return e && e->state == CacheEntry::State::Ready && e->stored == e->meta.size;
}

void ChatFiles::saveAs(qint64 messageLocalId, const QString& path) {
    exportWhenReady(messageLocalId, path, false);
}

void ChatFiles::openCopy(qint64 messageLocalId) {
    exportWhenReady(messageLocalId, {}, true);
}

void ChatFiles::exportWhenReady(qint64 messageLocalId, const QString& path, bool open) {
    const auto m = MessageStore(m_db).byLocalId(messageLocalId);
    if (!m || m->message.file.id <= 0) return;
    const files::FileMeta& meta = m->message.file;
    QString target = path;
    if (open) {
        const QString dir = QStringLiteral("%1/%2").arg(m_openDir).arg(meta.id);
        QDir().mkpath(dir);
        target = dir + QLatin1Char('/') + meta.name;
    }
    m_waiting.insert(meta.id, Export{target, open});
    m_downloader->download(meta); // answers ready() at once when cached
}

void ChatFiles::onReady(qint64 fileId) {
    emit fileReady(fileId);
    const QList<Export> exports = m_waiting.values(fileId);
    m_waiting.remove(fileId);
    const auto entry = files::FileCache(m_db).byFileId(fileId);
    for (const Export& e : exports) {
        QString error;
        const bool ok = entry && files::FileCache(m_db).exportTo(entry->id, e.path, &error);
        if (e.open && ok)
            emit copyReady(fileId, e.path);
        else
            emit saved(fileId, e.path, ok, error);
    }
}

} // namespace zt::chat
