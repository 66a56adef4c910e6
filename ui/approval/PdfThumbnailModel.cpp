#include "PdfThumbnailModel.h"
#include "PdfPageCache.h"

#include <QIcon>
#include <QPdfDocument>

namespace zt::ui {

namespace {
constexpr qint64 kCacheKilobytes = 24 * 1024; // every thumbnail of a few hundred pages
}

PdfThumbnailModel::PdfThumbnailModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_cache(new PdfPageCache(kCacheKilobytes, this)) {
    connect(m_cache, &PdfPageCache::pageReady, this, &PdfThumbnailModel::onPageReady);
}

void PdfThumbnailModel::setDocument(QPdfDocument* document) {
    beginResetModel();
    m_cache->setDocument(document);
    m_points.clear();
    for (int page = 0; document && page < document->pageCount(); ++page)
        m_points.append(document->pagePointSize(page));
    m_requested.clear();
    m_placeholder = QPixmap();
    endResetModel();
}

void PdfThumbnailModel::setDevicePixelRatio(qreal ratio) {
    if (qFuzzyCompare(ratio, m_ratio)) return;
    beginResetModel();
    m_ratio = ratio;
    m_placeholder = QPixmap();
    endResetModel();
}

QSize PdfThumbnailModel::thumbnailSize(int page) const {
    const QSizeF points = m_points.value(page, QSizeF(595, 842)); // A4 until known
    if (points.width() <= 0) return {kWidth, kWidth};
    return {kWidth, qMax(1, int(kWidth * points.height() / points.width()))};
}

bool PdfThumbnailModel::isRendered(int page) const {
    return m_cache->isExact(page, thumbnailSize(page) * m_ratio);
}

int PdfThumbnailModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_points.size());
}

QVariant PdfThumbnailModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_points.size()) return {};
    const int page = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(page + 1);
    case Qt::DecorationRole: {
        // The same image when selected: the strip marks the current page by its number only.
        QIcon icon;
        const QPixmap pixmap = thumbnail(page);
        icon.addPixmap(pixmap, QIcon::Normal);
        icon.addPixmap(pixmap, QIcon::Selected);
        return icon;
    }
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("Page %1").arg(page + 1);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignHCenter | Qt::AlignBottom);
    default:
        return {};
    }
}

QPixmap PdfThumbnailModel::thumbnail(int page) const {
    const QSize size = thumbnailSize(page);
    m_requested.insert(page);
    const QImage image = m_cache->image(page, size * m_ratio);
    if (!image.isNull()) {
        QPixmap pixmap = QPixmap::fromImage(image);
        pixmap.setDevicePixelRatio(m_ratio);
        return pixmap;
    }
    if (m_placeholder.isNull() || m_placeholder.deviceIndependentSize().toSize() != size) {
        m_placeholder = QPixmap(size * m_ratio);
        m_placeholder.setDevicePixelRatio(m_ratio);
        m_placeholder.fill(Qt::white);
    }
    return m_placeholder;
}

void PdfThumbnailModel::onPageReady(int page) {
    const QModelIndex changed = index(page);
    emit dataChanged(changed, changed, {Qt::DecorationRole});
}

} // namespace zt::ui
