#include "FileThumbnail.h"
#include "files/FileProtocol.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QPainter>

namespace zt::ui::thumbnail {

bool isImage(const QString& path) {
    QImageReader reader(path);
    return reader.canRead();
}

namespace {
QByteArray jpeg(const QImage& image, int quality) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return bytes;
}
} // namespace

QByteArray make(const QString& path) {
    QImageReader reader(path);
    reader.setAutoTransform(true); // photos from phones are stored rotated, with an EXIF hint
    // Decoding a 40-megapixel photo in full only to shrink it wastes memory: let the reader
    // scale while decoding where the format allows it.
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > kBox.width() || full.height() > kBox.height()))
        reader.setScaledSize(full.scaled(kBox, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull()) return {};
    if (image.width() > kBox.width() || image.height() > kBox.height())
        image = image.scaled(kBox, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // JPEG has no transparency: flatten onto white rather than the black it would get.
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, image);
        image = flat;
    }
    // Lower the quality first (the preview stays the same size), then the size as a last resort
    // for noisy pictures that no quality gets under the limit.
    for (int attempt = 0; attempt < 4 && !image.isNull(); ++attempt) {
        for (int quality = 85; quality >= 25; quality -= 10) {
            const QByteArray bytes = jpeg(image, quality);
            if (!bytes.isEmpty() && bytes.size() <= files::kMaxThumbBytes) return bytes;
        }
        image = image.scaled(image.size() * 3 / 4, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return {};
}

} // namespace zt::ui::thumbnail
