#include "ChatFiles.h"
#include "ChatTypes.h"
#include "ConversationStore.h"
#include "MessageStore.h"
#include "files/FileCache.h"
#include "files/FileCopies.h"
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
    , m_uploader(context.uploader)
    , m_downloader(context.downloader)
    , m_copies(context.copies) {
    // The msg.send itself is the upload's follow-up write; here the message row learns its file.
    m_uploader.addHooks(
        [this](store::Database& db, const CacheEntry& e) {
            MessageStore(db).setUploaded(e.cid, m_self, e.meta);
        },
        [this](store::Database& db, const CacheEntry& e, const QString& why) {
            MessageStore(db).markFailed(m_self, e.cid, why);
        });
    connect(&m_uploader, &files::FileUploader::progress, this, &ChatFiles::uploadProgress);
    connect(&m_uploader, &files::FileUploader::finished, this, [this](const QString& cid, qint64) {
        m_outbox.notifyEnqueued();
        if (const auto m = MessageStore(m_db).byCid(m_self, cid))
            emit messagesChanged(m->message.conv);
    });
    connect(&m_uploader, &files::FileUploader::failed, this,
            [this](const QString& cid, const QString&) {
                if (const auto m = MessageStore(m_db).byCid(m_self, cid))
                    emit messagesChanged(m->message.conv);
            });
    connect(&m_downloader, &files::FileDownloader::progress, this, &ChatFiles::downloadProgress);
    connect(&m_downloader, &files::FileDownloader::ready, this, &ChatFiles::fileReady);
    connect(&m_downloader, &files::FileDownloader::failed, this, &ChatFiles::fileFailed);
    connect(&m_copies, &files::FileCopies::saved, this, &ChatFiles::saved);
    connect(&m_copies, &files::FileCopies::copyReady, this, &ChatFiles::copyReady);
    m_uploader.kick();
}

ChatFiles::~ChatFiles() = default;

QString ChatFiles::sendLocalFile(qint64 conv, const QString& path, const QString& caption,
                                 const QString& mime, const QByteArray& thumb) {
    const QString cid = sync::Outbox::newCid();
    QString error;
    const SendMsgArgs send{{}, conv, MessageKind::File, caption, {}, 0, {}, false};
    const files::FollowUp then{op::MsgSend, send.toJson(), QStringLiteral("fileRef")};
    const auto entry =
        files::FileCache(m_db).importUpload(path, cid, conv, mime, thumb, then, &error);
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
    m_uploader.kick();
    return cid;
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
    m_uploader.kick();
}

void ChatFiles::fetch(qint64 messageLocalId) {
    const auto m = MessageStore(m_db).byLocalId(messageLocalId);
    if (!m || m->message.file.id <= 0) return;
    m_downloader.download(m->message.file);
}

bool ChatFiles::isCached(qint64 fileId) {
    return m_copies.isCached(fileId);
}

void ChatFiles::saveAs(qint64 messageLocalId, const QString& path) {
    if (const auto m = MessageStore(m_db).byLocalId(messageLocalId))
        m_copies.save(m->message.file, path);
}

void ChatFiles::openCopy(qint64 messageLocalId) {
    if (const auto m = MessageStore(m_db).byLocalId(messageLocalId)) m_copies.open(m->message.file);
}

} // namespace zt::chat
