#pragma once
// One row per page: its number and a thumbnail. Thumbnails are rendered lazily, only when a
// view asks for one (that is, for the rows it paints), off the GUI thread; a blank placeholder
// of the same size shows until the image arrives.
#include <QAbstractListModel>
#include <QPixmap>
#include <QSet>

class QPdfDocument;

namespace zt::ui {

class PdfPageCache;

class PdfThumbnailModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int kWidth = 96; // device-independent pixels

    explicit PdfThumbnailModel(QObject* parent = nullptr);

    void setDocument(QPdfDocument* document); // nullptr: no rows
    void setDevicePixelRatio(qreal ratio);
    QSize thumbnailSize(int page) const;                           // device-independent pixels
    int requestedCount() const { return int(m_requested.size()); } // pages ever asked for
    bool isRendered(int page) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QPixmap thumbnail(int page) const;
    void onPageReady(int page);

    PdfPageCache* m_cache;
    QList<QSizeF> m_points;
    qreal m_ratio = 1.0;
    mutable QSet<int> m_requested;
    mutable QPixmap m_placeholder;
};

} // namespace zt::ui
