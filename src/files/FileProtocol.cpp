#include "FileProtocol.h"
#include "chat/WireHelpers.h"
#include "protocol/Ops.h"

namespace zt::files {

namespace wire = chat::wire;

namespace {

QString key(const char* k) {
    return QString::fromLatin1(k);
}

QString b64(const QByteArray& bytes) {
    return QString::fromLatin1(bytes.toBase64());
}

// Strict base64: nullopt when the member is absent, not a string or not valid base64.
std::optional<QByteArray> bytesOf(const QJsonObject& o, const QString& k) {
    const QJsonValue v = o.value(k);
    if (!v.isString()) return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) return std::nullopt;
    return *decoded;
}

bool validName(const QString& name) {
    return !name.trimmed().isEmpty() && name.size() <= kMaxNameChars &&
           !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'));
}

} // namespace

QJsonObject FileMeta::toJson() const {
    QJsonObject o{{key("id"), id},
                  {key("name"), name},
                  {key("size"), size},
                  {key("mime"), mime},
                  {key("sha256"), b64(sha256)}};
    if (!thumb.isEmpty()) o.insert(key("thumb"), b64(thumb));
    return o;
}

std::optional<FileMeta> FileMeta::fromJson(const QJsonObject& o) {
    FileMeta m;
    m.id = o.value(key("id")).toInteger();
    m.name = o.value(key("name")).toString();
    m.size = o.value(key("size")).toInteger();
    m.mime = o.value(key("mime")).toString();
    m.sha256 = bytesOf(o, key("sha256")).value_or(QByteArray());
    m.thumb = bytesOf(o, key("thumb")).value_or(QByteArray());
    if (m.name.isEmpty() || m.size < 0) return std::nullopt;
    return m;
}

QJsonObject BeginArgs::toJson() const {
    QJsonObject o{{key("cid"), cid},
                  {key("name"), name},
                  {key("size"), size},
                  {key("mime"), mime},
                  {key("sha256"), b64(sha256)}};
    if (!thumb.isEmpty()) o.insert(key("thumb"), b64(thumb));
    return o;
}

std::optional<BeginArgs> BeginArgs::fromJson(const QJsonObject& o) {
    const auto cid = protocol::writeId(o);
    const auto size = wire::positive(o, key("size"));
    const auto sha = bytesOf(o, key("sha256"));
    std::optional<QString> mime;
    if (!cid || !size || *size > kMaxFileBytes || !sha || sha->size() != 32 ||
        !wire::optionalText(o, key("mime"), kMaxMimeChars, &mime))
        return std::nullopt;
    BeginArgs a{*cid, o.value(key("name")).toString(), *size, mime.value_or(QString()), *sha, {}};
    if (!validName(a.name)) return std::nullopt;
    if (o.contains(key("thumb"))) {
        const auto thumb = bytesOf(o, key("thumb"));
        if (!thumb || thumb->isEmpty() || thumb->size() > kMaxThumbBytes) return std::nullopt;
        a.thumb = *thumb;
    }
    return a;
}

QJsonObject BeginResult::toJson() const {
    return {{key("file"), file}, {key("received"), received}, {key("complete"), complete}};
}

std::optional<BeginResult> BeginResult::fromJson(const QJsonObject& o) {
    const auto file = wire::positive(o, key("file"));
    const auto received = wire::natural(o, key("received"), 0);
    if (!file || !received) return std::nullopt;
    return BeginResult{*file, *received, o.value(key("complete")).toBool()};
}

QJsonObject PutArgs::toJson() const {
    return {{key("file"), file}, {key("offset"), offset}, {key("data"), b64(data)}};
}

std::optional<PutArgs> PutArgs::fromJson(const QJsonObject& o) {
    const auto file = wire::positive(o, key("file"));
    const auto offset = wire::natural(o, key("offset"), -1);
    const auto data = bytesOf(o, key("data"));
    if (!file || !offset || *offset < 0 || !data || data->isEmpty() || data->size() > kChunkBytes)
        return std::nullopt;
    return PutArgs{*file, *offset, *data};
}

QJsonObject GetArgs::toJson() const {
    return {{key("file"), file}, {key("offset"), offset}, {key("length"), length}};
}

std::optional<GetArgs> GetArgs::fromJson(const QJsonObject& o) {
    const auto file = wire::positive(o, key("file"));
    const auto offset = wire::natural(o, key("offset"), 0);
    const auto length = wire::natural(o, key("length"), kChunkBytes);
    if (!file || !offset || !length || *length < 1 || *length > kChunkBytes) return std::nullopt;
    return GetArgs{*file, *offset, int(*length)};
}

QJsonObject GetResult::toJson() const {
    return {{key("data"), b64(data)}, {key("offset"), offset}, {key("total"), total}};
}

std::optional<GetResult> GetResult::fromJson(const QJsonObject& o) {
    const auto data = bytesOf(o, key("data"));
    const auto offset = wire::natural(o, key("offset"), -1);
    const auto total = wire::natural(o, key("total"), -1);
    if (!data || !offset || *offset < 0 || !total || *total < 0) return std::nullopt;
    return GetResult{*data, *offset, *total};
}

qint64 fileIdFromRef(const QString& fileRef) {
    bool ok = false;
    const qint64 id = fileRef.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

QString refOf(qint64 fileId) {
    return QString::number(fileId);
}

} // namespace zt::files
