// ApprovalService: a document's attachments, through the account's file cache.
#include "ApprovalService.h"
#include "ApprovalStore.h"
#include "files/FileCopies.h"
#include "files/FileDownloader.h"

namespace zt::approval {

void ApprovalService::setFiles(files::FileDownloader* downloader, files::FileCopies* copies) {
    m_fileDownloader = downloader;
    m_fileCopies = copies;
    if (!copies) return;
    // FileCopies serves every domain: pass on only the answers to this service's requests.
    connect(copies, &files::FileCopies::saved, this,
            [this](qint64 fileId, const QString& path, bool ok, const QString& message) {
                if (m_attachmentRequests.remove(fileId))
                    emit attachmentSaved(fileId, path, ok, message);
            });
    connect(copies, &files::FileCopies::copyReady, this,
            [this](qint64 fileId, const QString& path) {
                if (m_attachmentRequests.remove(fileId)) emit attachmentCopyReady(fileId, path);
            });
}

std::optional<files::FileMeta> ApprovalService::attachment(qint64 doc, qint64 fileId) {
    std::optional<GetResult> detail;
    storeQuietly([&] { detail = m_store->document(doc); });
    if (!detail) return std::nullopt;
    for (const files::FileMeta& file : detail->attachments)
        if (file.id == fileId) return file;
    return std::nullopt;
}

void ApprovalService::saveAttachment(qint64 doc, qint64 fileId, const QString& path) {
    const auto file = attachment(doc, fileId);
    if (!file || !m_fileCopies)
        return emit attachmentSaved(fileId, path, false, tr("The attachment is not available."));
    m_attachmentRequests.insert(fileId);
    m_fileCopies->save(*file, path);
}

void ApprovalService::openAttachment(qint64 doc, qint64 fileId) {
    const auto file = attachment(doc, fileId);
    if (!file || !m_fileCopies)
        return emit attachmentSaved(fileId, {}, false, tr("The attachment is not available."));
    m_attachmentRequests.insert(fileId);
    m_fileCopies->open(*file);
}

void ApprovalService::fetchAttachments(const GetResult& detail) {
    if (!m_fileDownloader) return;
    for (const files::FileMeta& file : detail.attachments)
        m_fileDownloader->download(file); // queued persistently; a cached one answers at once
}

} // namespace zt::approval
