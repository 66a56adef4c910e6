#include "FileAccess.h"
#include "protocol/ErrorCode.h"

namespace zt::server {

bool canRead(FileStorage& files, const FileRecord& file, qint64 user) {
    return file.owner == user || files.readableThroughConversation(file.meta.id, user) ||
           files.readableThroughDocument(file.meta.id, user) ||
           files.readableThroughDing(file.meta.id, user);
}

files::FileMeta attachFile(FileStorage& files, const QString& fileRef, qint64 conv, qint64 user) {
    const auto file = files.file(files::fileIdFromRef(fileRef));
    if (!file || !canRead(files, *file, user))
        throw WriteRefused{protocol::errc::NotFound, QStringLiteral("no such file")};
    if (!file->complete) throw WriteRefused{protocol::errc::Conflict, files::reason::Incomplete};
    files.link(file->meta.id, conv);
    return file->meta;
}

QString dingAttachment(FileStorage& files, const QString& fileRef, qint64 sender) {
    if (fileRef.isEmpty()) return {};
    const auto file = files.file(files::fileIdFromRef(fileRef));
    if (!file || !canRead(files, *file, sender))
        throw WriteRefused{protocol::errc::NotFound, QStringLiteral("no such file")};
    if (!file->complete) throw WriteRefused{protocol::errc::Conflict, files::reason::Incomplete};
    return files::refOf(file->meta.id);
}

} // namespace zt::server
