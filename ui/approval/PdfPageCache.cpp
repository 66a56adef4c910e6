#include "PdfPageCache.h"

#include <QPdfDocument>
#include <QPdfPageRenderer>

namespace zt::ui {

PdfPageCache::PdfPageCache(qint64 maxKilobytes, QObject* parent)
    : QObject(parent)
    , m_images(maxKilobytes) {
}

void PdfPageCache::setDocument(QPdfDocument* document) {
    // A fresh renderer per document: deleting the old one stops its thread, so no worker can
    // still be rendering a document that is about to go away.
    delete m_renderer;
    m_renderer = nullptr;
    ++m_generation;
    m_images.clear();
    m_pending.clear();
    if (!document) return;
    m_renderer = new QPdfPageRenderer(this);
    m_renderer->setRenderMode(QPdfPageRenderer::RenderMode::MultiThreaded);
    m_renderer->setDocument(document);
    // An image of the previous document still queued must never pass for a page of this one.
    connect(m_renderer, &QPdfPageRenderer::pageRendered, this,
            [this, generation = ++m_generation](int page, QSize size, const QImage& image) {
                if (generation == m_generation) onRendered(page, size, image);
            });
}

quint64 PdfPageCache::key(int page, const QSize& size) {
    return (quint64(quint32(page)) << 40) | (quint64(quint32(size.width()) & 0xFFFFF) << 20) |
           (quint64(quint32(size.height())) & 0xFFFFF);
}

bool PdfPageCache::isExact(int page, const QSize& pixelSize) const {
    const QImage* cached = m_images.object(page);
    return cached && cached->size() == pixelSize;
}

QImage PdfPageCache::image(int page, const QSize& pixelSize) {
    const QImage* cached = m_images.object(page);
    if (cached && cached->size() == pixelSize) return *cached;
    if (m_renderer && !pixelSize.isEmpty() && !m_pending.contains(key(page, pixelSize))) {
        m_pending.insert(key(page, pixelSize));
        m_renderer->requestPage(page, pixelSize);
    }
    return cached ? *cached : QImage();
}

void PdfPageCache::onRendered(int page, QSize size, const QImage& image) {
    if (!m_pending.remove(key(page, size))) return; // requested before the document changed
    if (image.isNull()) return;
    const qint64 kilobytes = qMax<qint64>(1, image.sizeInBytes() / 1024);
    m_images.insert(page, new QImage(image), kilobytes);
    emit pageReady(page);
}

} // namespace zt::ui
