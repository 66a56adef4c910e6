#pragma once
// Who may read a file, and attaching one to a message.
#include "IdempotentWrite.h"
#include "storage/FileStorage.h"

namespace zt::server {

bool canRead(FileStorage& files, const FileRecord& file, qint64 user);

// For msg.send of a file: the file must be complete and readable by the sender (their own
// upload, or one they received — forwarding). Links it to the conversation so its members may
// read it, and returns its description for the message. Throws WriteRefused otherwise.
files::FileMeta attachFile(FileStorage& files, const QString& fileRef, qint64 conv, qint64 user);

// For ding.send: the attachment must be a complete file the sender may read; its canonical
// reference. Recipients may read it once the DING is sent (FileStorage::readableThroughDing).
QString dingAttachment(FileStorage& files, const QString& fileRef, qint64 sender);

} // namespace zt::server
