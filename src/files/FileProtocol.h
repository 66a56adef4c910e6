#pragma once
// Files (issue 4 attachments; later approval attachments): typed forms of the file.* requests.
// A file is uploaded once, in chunks, resumable at any chunk, and checked against the SHA-256
// the uploader declared before anybody can refer to it. Messages then refer to it by id and
// carry its description (FileMeta), so a bubble can be drawn before a byte is downloaded.
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace zt::files {

namespace op {
inline const QString Begin = QStringLiteral("file.begin"); // start or resume an upload
inline const QString Put = QStringLiteral("file.put");     // one chunk, at the received offset
inline const QString End = QStringLiteral("file.end");     // checksum check, then usable
inline const QString Get = QStringLiteral("file.get");     // one chunk of a usable file
} // namespace op

namespace reason {
inline const QString ChecksumMismatch = QStringLiteral("checksum_mismatch");
inline const QString BadOffset = QStringLiteral("bad_offset");
inline const QString Incomplete = QStringLiteral("incomplete");
} // namespace reason

inline constexpr qint64 kMaxFileBytes = 100LL * 1024 * 1024; // documented in protocol.md
inline constexpr int kChunkBytes = 256 * 1024;               // base64 of it fits a 1 MiB frame
inline constexpr int kMaxNameChars = 255;
inline constexpr int kMaxMimeChars = 100;
inline constexpr int kMaxThumbBytes = 16 * 1024; // a small JPEG or PNG preview of an image

// What a message says about its file. thumb is empty for anything but images.
struct FileMeta {
    qint64 id = 0;
    QString name;
    qint64 size = 0;
    QString mime;
    QByteArray sha256;
    QByteArray thumb;
    bool isImage() const { return mime.startsWith(QLatin1String("image/")); }
    QJsonObject toJson() const;
    static std::optional<FileMeta> fromJson(const QJsonObject& o);
};

struct BeginArgs {
    QString cid; // the same cid resumes the same upload
    QString name;
    qint64 size = 0;
    QString mime;
    QByteArray sha256;
    QByteArray thumb;
    QJsonObject toJson() const;
    static std::optional<BeginArgs> fromJson(const QJsonObject& o);
};

struct BeginResult {
    qint64 file = 0;
    qint64 received = 0; // bytes the server holds; send from here
    bool complete = false;
    QJsonObject toJson() const;
    static std::optional<BeginResult> fromJson(const QJsonObject& o);
};

struct PutArgs {
    qint64 file = 0;
    qint64 offset = 0;
    QByteArray data; // 1..kChunkBytes
    QJsonObject toJson() const;
    static std::optional<PutArgs> fromJson(const QJsonObject& o);
};

struct GetArgs {
    qint64 file = 0;
    qint64 offset = 0;
    int length = kChunkBytes;
    QJsonObject toJson() const;
    static std::optional<GetArgs> fromJson(const QJsonObject& o);
};

struct GetResult {
    QByteArray data;
    qint64 offset = 0;
    qint64 total = 0;
    QJsonObject toJson() const;
    static std::optional<GetResult> fromJson(const QJsonObject& o);
};

// A file's id as messages carry it in fileRef (decimal), or 0.
qint64 fileIdFromRef(const QString& fileRef);
QString refOf(qint64 fileId);

} // namespace zt::files
