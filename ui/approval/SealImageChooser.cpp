#include "SealImageChooser.h"
#include "ApprovalLink.h"
#include "ApprovalLog.h"
#include "ApprovalNotice.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>

namespace zt::ui {

SealImageChooser::SealImageChooser(ApprovalLink* link, ApprovalNotice* notice, QWidget* parent)
    : QObject(parent)
    , m_link(link)
    , m_notice(notice)
    , m_parent(parent) {
    connect(link, &ApprovalLink::sealImageSet, this, [this] {
        m_notice->notify(ApprovalNotice::Kind::Success,
                         tr("Your seal image is set. It is sent with your next sealed approval."));
        refresh();
    });
    connect(link, &ApprovalLink::sealImageFailed, this, [this](const QString& message) {
        m_notice->notify(ApprovalNotice::Kind::Error,
                         tr("Your seal image was not set. %1").arg(message));
    });
    connect(link, &ApprovalLink::sealImagePublished, this,
            [this](const QByteArray&, bool ok, const QString& reason) {
                if (!ok)
                    m_notice->notify(ApprovalNotice::Kind::Warning,
                                     tr("The server refused your seal image: %1").arg(reason));
            });
}

void SealImageChooser::refresh() {
    const quint64 generation = m_generation;
    m_link->ownSealImage(this, [this, generation](const QByteArray& png) {
        if (generation == m_generation) setPng(png);
    });
}

void SealImageChooser::clear() {
    ++m_generation;
    if (m_dialog) m_dialog->reject();
    setPng({});
}

void SealImageChooser::setPng(const QByteArray& png) {
    const bool had = hasImage();
    m_image = png.isEmpty() ? QImage() : QImage::fromData(png, "PNG");
    if (had != hasImage() || hasImage()) emit changed(hasImage());
}

void SealImageChooser::choose() {
    if (m_dialog) return m_dialog->raise();
    m_dialog = new QFileDialog(m_parent, tr("Choose your seal image"), QString(),
                               tr("PNG images (*.png)"));
    m_dialog->setObjectName(QStringLiteral("sealImageDialog"));
    m_dialog->setFileMode(QFileDialog::ExistingFile);
    m_dialog->setAcceptMode(QFileDialog::AcceptOpen);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QFileDialog::fileSelected, this, &SealImageChooser::useFile);
    m_dialog->open(); // not exec(): the core keeps posting updates
}

void SealImageChooser::useFile(const QString& path) {
    QFile file(path);
    // Checked before reading it all: anything bigger is not a seal.
    if (file.size() > approval::kMaxSealBytes || !file.open(QIODevice::ReadOnly)) {
        qCInfo(lcApprovalUi) << "seal image refused:" << file.size() << "bytes";
        return m_notice->notify(
            ApprovalNotice::Kind::Error,
            tr("“%1” cannot be your seal: choose a PNG image of at most 64 KiB.")
                .arg(QFileInfo(path).fileName()));
    }
    const QByteArray png = file.readAll();
    if (!approval::isAcceptableSealPng(png) || QImage::fromData(png, "PNG").isNull())
        return m_notice->notify(ApprovalNotice::Kind::Error,
                                tr("“%1” cannot be your seal: it must be a PNG image of at most "
                                   "64 KiB and 1024×1024 pixels.")
                                    .arg(QFileInfo(path).fileName()));
    m_link->setSealImage(png); // the notice follows the service's answer
}

QFileDialog* SealImageChooser::dialog() const {
    return m_dialog;
}

} // namespace zt::ui
