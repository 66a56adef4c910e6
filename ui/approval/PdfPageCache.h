#pragma once
// Rendered page images for one document, rendered off the GUI thread by QPdfPageRenderer
// (multi-threaded mode) and kept in a bounded cache. Asking for a page that is not ready yet
// returns the last image of that page at any size (to be scaled meanwhile) and requests it;
// pageReady() tells when it has arrived.
#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>

class QPdfDocument;
class QPdfPageRenderer;

namespace zt::ui {

class PdfPageCache : public QObject {
    Q_OBJECT
public:
    explicit PdfPageCache(qint64 maxKilobytes, QObject* parent = nullptr);

    // Drops every image and pending request; waits for a render in progress to end, so the old
    // document may be deleted afterwards.
    void setDocument(QPdfDocument* document);
    // The page at exactly `pixelSize` when cached; otherwise the best stale image (maybe null)
    // and the render is requested, unless it already is.
    QImage image(int page, const QSize& pixelSize);
    bool isExact(int page, const QSize& pixelSize) const;
    int pendingCount() const { return int(m_pending.size()); }

signals:
    void pageReady(int page);

private:
    void onRendered(int page, QSize size, const QImage& image);
    static quint64 key(int page, const QSize& size);

    QPdfPageRenderer* m_renderer = nullptr;
    QCache<int, QImage> m_images; // by page; cost in kilobytes
    QSet<quint64> m_pending;      // (page, size) requested and not yet rendered
    quint64 m_generation = 0;     // one per document
};

} // namespace zt::ui
