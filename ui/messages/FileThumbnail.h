#pragma once
// The small preview that travels with an image message (the core has no image code, so the UI
// makes it): fits 240x240, JPEG, with the quality lowered until it fits files::kMaxThumbBytes.
// Pure functions, safe on a worker thread (QImage, not QPixmap).
#include <QByteArray>
#include <QSize>
#include <QString>

namespace zt::ui::thumbnail {

inline constexpr QSize kBox{240, 240};

bool isImage(const QString& path); // QImageReader can decode it
// Empty when the file is not a readable image or no quality gets it under the limit.
QByteArray make(const QString& path);

} // namespace zt::ui::thumbnail
