#include "FileHandler.h"
#include "ClientSession.h"
#include "FileAccess.h"
#include "HandlerReplies.h"
#include "RequestRouter.h"
#include "chat/WireHelpers.h"
#include "protocol/ErrorCode.h"
#include "storage/ServerStorage.h"

namespace zt::server {

namespace errc = protocol::errc;
using protocol::Request;

namespace {

void fail(ClientSession& session, const Request& request, const QString& code,
          const QString& message) {
    session.reply(protocol::fail(request.id, code, message));
}

void answer(ClientSession& session, const Request& request, const FileRecord& file) {
    session.reply(protocol::ok(
        request.id, files::BeginResult{file.meta.id, file.received, file.complete}.toJson()));
}

} // namespace

void FileHandler::registerRoutes(RequestRouter& router) {
    router.addMembers(this, {
                                {files::op::Begin, &FileHandler::begin},
                                {files::op::Put, &FileHandler::put},
                                {files::op::End, &FileHandler::end},
                                {files::op::Get, &FileHandler::get},
                            });
}

void FileHandler::begin(ClientSession& session, const Request& request) {
    const auto args = files::BeginArgs::fromJson(request.args);
    if (!args)
        return badArgs(session, request,
                       "file.begin needs cid, name (1..255, no slashes), size (1..100 MiB), "
                       "sha256 (32 bytes, base64), optional mime and thumb (at most 16 KiB)");
    FileStorage& store = m_ctx.storage.files();
    std::optional<FileRecord> file;
    m_ctx.storage.transaction([&] {
        file = store.fileByCid(session.userId(), args->cid);
        if (!file) file = store.file(store.createFile(session.userId(), *args, now()));
    });
    answer(session, request, *file);
}

void FileHandler::put(ClientSession& session, const Request& request) {
    const auto args = files::PutArgs::fromJson(request.args);
    if (!args)
        return badArgs(session, request, "file.put needs file, offset and data (1..256 KiB)");
    FileStorage& store = m_ctx.storage.files();
    auto file = store.file(args->file);
    if (!file || file->owner != session.userId())
        return fail(session, request, errc::NotFound, QStringLiteral("no such file"));
    const qint64 end = args->offset + args->data.size();
    if (file->complete || end <= file->received) return answer(session, request, *file);
    if (args->offset != file->received)
        return fail(session, request, errc::Conflict, files::reason::BadOffset);
    if (end > file->meta.size)
        return badArgs(session, request, "file.put data goes past the declared size");
    m_ctx.storage.transaction([&] { store.appendChunk(file->meta.id, args->data); });
    file->received = end;
    answer(session, request, *file);
}

void FileHandler::end(ClientSession& session, const Request& request) {
    const auto id = chat::wire::positive(request.args, QStringLiteral("file"));
    if (!id) return badArgs(session, request, "file.end needs file");
    FileStorage& store = m_ctx.storage.files();
    auto file = store.file(*id);
    if (!file || file->owner != session.userId())
        return fail(session, request, errc::NotFound, QStringLiteral("no such file"));
    if (!file->complete) {
        if (file->received != file->meta.size)
            return fail(session, request, errc::Conflict, files::reason::Incomplete);
        if (store.sha256Of(file->meta.id) != file->meta.sha256) {
            m_ctx.storage.transaction([&] { store.discardChunks(file->meta.id); });
            return fail(session, request, errc::Conflict, files::reason::ChecksumMismatch);
        }
        m_ctx.storage.transaction([&] { store.markComplete(file->meta.id); });
        file->complete = true;
    }
    answer(session, request, *file);
}

void FileHandler::get(ClientSession& session, const Request& request) {
    const auto args = files::GetArgs::fromJson(request.args);
    if (!args) return badArgs(session, request, "file.get needs file, offset, length 1..256 KiB");
    FileStorage& store = m_ctx.storage.files();
    const auto file = store.file(args->file);
    if (!file || !file->complete || !canRead(store, *file, session.userId()))
        return fail(session, request, errc::NotFound, QStringLiteral("no such file"));
    if (args->offset > file->meta.size)
        return badArgs(session, request, "file.get offset past the end");
    const files::GetResult result{store.read(file->meta.id, args->offset, args->length),
                                  args->offset, file->meta.size};
    session.reply(protocol::ok(request.id, result.toJson()));
}

} // namespace zt::server
