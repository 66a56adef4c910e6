#pragma once
// What the file.* requests need from persistent storage: uploads in chunks, the checksum check,
// and which conversations refer to a file (who may read it).
#include "files/FileProtocol.h"

#include <QByteArray>
#include <optional>

namespace zt::server {

struct FileRecord {
    files::FileMeta meta;
    qint64 owner = 0;
    QString cid;
    qint64 received = 0; // bytes stored, contiguous from 0
    bool complete = false;
};

class FileStorage {
public:
    virtual ~FileStorage() = default;

    virtual qint64 createFile(qint64 owner, const files::BeginArgs& args, qint64 nowMs) = 0;
    virtual std::optional<FileRecord> file(qint64 id) = 0;
    virtual std::optional<FileRecord> fileByCid(qint64 owner, const QString& cid) = 0;
    // Stores data at the file's received offset and advances it.
    virtual void appendChunk(qint64 id, const QByteArray& data) = 0;
    virtual QByteArray read(qint64 id, qint64 offset, int length) = 0;
    virtual QByteArray sha256Of(qint64 id) = 0; // of the bytes stored, read chunk by chunk
    virtual void discardChunks(qint64 id) = 0;  // back to received 0
    virtual void markComplete(qint64 id) = 0;
    virtual void link(qint64 id, qint64 conv) = 0;
    // Whether the file is referred to by a message of a conversation the user is a member of.
    virtual bool readableThroughConversation(qint64 id, qint64 user) = 0;
    // Whether the file is attached to an approval document the user takes part in.
    virtual bool readableThroughDocument(qint64 id, qint64 user) = 0;
    // Whether the file is the attachment of a sent DING the user received.
    virtual bool readableThroughDing(qint64 id, qint64 user) = 0;
};

} // namespace zt::server
