#include "AttachmentActions.h"
#include "ApprovalLink.h"
#include "ApprovalNotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QUrl>

namespace zt::ui {

AttachmentActions::AttachmentActions(ApprovalLink* link, ApprovalNotice* notice, QWidget* parent)
    : QObject(parent)
    , m_link(link)
    , m_notice(notice)
    , m_parent(parent)
    , m_opener([](const QString& path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); }) {
    connect(link, &ApprovalLink::attachmentCopyReady, this,
            [this](qint64, const QString& path) { m_opener(path); });
    connect(link, &ApprovalLink::attachmentSaved, this,
            [this](qint64, const QString& path, bool ok, const QString& message) {
                if (ok)
                    m_notice->notify(
                        ApprovalNotice::Kind::Success,
                        tr("Attachment saved to %1.").arg(QDir::toNativeSeparators(path)));
                else
                    m_notice->notify(
                        ApprovalNotice::Kind::Error,
                        tr("The attachment could not be opened or saved: %1").arg(message));
            });
}

void AttachmentActions::setOpener(std::function<void(const QString&)> opener) {
    m_opener = std::move(opener);
}

void AttachmentActions::open(qint64 doc, const files::FileMeta& file) {
    m_link->openAttachment(doc, file.id);
}

void AttachmentActions::save(qint64 doc, const files::FileMeta& file) {
    auto* dialog = new QFileDialog(m_parent, tr("Save attachment"), file.name);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, doc, id = file.id](const QString& path) { saveTo(doc, id, path); });
    dialog->open();
}

void AttachmentActions::saveTo(qint64 doc, qint64 fileId, const QString& path) {
    m_link->saveAttachment(doc, fileId, path);
}

} // namespace zt::ui
