// The approval document viewer's PDF engine on the 56-page Chinese guide, offscreen:
//   pdf_first_page_ms          bytes to page 1 rendered at 100 % (96 dpi), fresh document each
//   pdf_page_render_ms_p50/p99 every page rendered at 100 %
//   pdf_thumbnail_ms_p50       every page rendered as a 96 px wide thumbnail
//   pdf_search_page_ms_p50/p99 searching one page for 安装 (GUI thread, as in the viewer)
//   pdf_gui_stall_ms_max       the GUI event loop's longest wait while QPdfPageRenderer renders
//                              every page at 100 % on its own thread (what the viewer does)
//   pdf_gui_stall_idle_ms_max  the same with nothing rendering: the machine's noise floor
#include "Stats.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPdfDocument>
#include <QPdfPageRenderer>
#include <QPdfSearchModel>
#include <QTimer>
#include <cstdio>
#include <functional>

namespace {

constexpr int kFirstPageRuns = 10;
constexpr qreal kPixelsPerPoint = 96.0 / 72.0;
constexpr int kThumbnailWidth = 96;

QSize pageSize100(QPdfDocument& document, int page) {
    return (document.pagePointSize(page) * kPixelsPerPoint).toSize();
}

double firstPageMs(const QByteArray& bytes) {
    QList<double> runs;
    for (int run = 0; run < kFirstPageRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        QByteArray copy = bytes; // shares; the buffer only reads
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer);
        const QImage image = document.render(0, pageSize100(document, 0));
        runs << timer.nsecsElapsed() / 1e6;
        if (image.isNull()) std::fprintf(stderr, "page 1 did not render\n");
    }
    return zt::bench::percentile(runs, 50);
}

QList<double> renderEveryPage(QPdfDocument& document, bool thumbnails) {
    QList<double> times;
    for (int page = 0; page < document.pageCount(); ++page) {
        QSize size = pageSize100(document, page);
        if (thumbnails) size = size.scaled(kThumbnailWidth, 10'000, Qt::KeepAspectRatio);
        QElapsedTimer timer;
        timer.start();
        const QImage image = document.render(page, size);
        times << timer.nsecsElapsed() / 1e6;
        if (image.isNull()) std::fprintf(stderr, "page %d did not render\n", page + 1);
    }
    return times;
}

// Searching one page for a word (QPdfSearchModel searches on the GUI thread, a page at a time).
QList<double> searchEveryPage(QPdfDocument& document, int* hits) {
    QPdfSearchModel model;
    model.setDocument(&document);
    model.setSearchString(QStringLiteral("安装"));
    QList<double> times;
    *hits = 0;
    for (int page = 0; page < document.pageCount(); ++page) {
        QElapsedTimer timer;
        timer.start();
        *hits += int(model.resultsOnPage(page).size()); // the first call per page searches it
        times << timer.nsecsElapsed() / 1e6;
    }
    return times;
}

// The longest gap between ticks of a 2 ms timer until done() (or two minutes).
double longestTickGapMs(const std::function<bool()>& done) {
    QElapsedTimer sinceTick;
    double longest = 0;
    QTimer ticker;
    ticker.setInterval(2);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longest = qMax(longest, sinceTick.nsecsElapsed() / 1e6);
        sinceTick.restart();
    });
    sinceTick.start();
    ticker.start();
    const QDeadlineTimer deadline(120'000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return longest;
}

// The GUI thread's longest wait while QPdfPageRenderer renders every page on its own thread.
double guiStallMs(QPdfDocument& document) {
    QPdfPageRenderer renderer;
    renderer.setRenderMode(QPdfPageRenderer::RenderMode::MultiThreaded);
    renderer.setDocument(&document);
    int rendered = 0;
    QObject::connect(&renderer, &QPdfPageRenderer::pageRendered, [&rendered] { ++rendered; });
    for (int page = 0; page < document.pageCount(); ++page)
        renderer.requestPage(page, pageSize100(document, page));
    return longestTickGapMs([&] { return rendered == document.pageCount(); });
}

// The same wait with nothing rendering, for one second: the machine's own noise.
double idleStallMs() {
    QElapsedTimer clock;
    clock.start();
    return longestTickGapMs([&] { return clock.elapsed() >= 1000; });
}

} // namespace

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    QFile file(QStringLiteral(ZT_DEMO_PDF));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", ZT_DEMO_PDF);
        return 1;
    }
    const QByteArray bytes = file.readAll();
    zt::bench::report("pdf_first_page_ms", firstPageMs(bytes), "ms");

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    const QList<double> pages = renderEveryPage(document, false);
    zt::bench::report("pdf_page_render_ms_p50", zt::bench::percentile(pages, 50), "ms");
    zt::bench::report("pdf_page_render_ms_p99", zt::bench::percentile(pages, 99), "ms");
    const QList<double> thumbnails = renderEveryPage(document, true);
    zt::bench::report("pdf_thumbnail_ms_p50", zt::bench::percentile(thumbnails, 50), "ms");
    int hits = 0;
    const QList<double> search = searchEveryPage(document, &hits);
    zt::bench::report("pdf_search_page_ms_p50", zt::bench::percentile(search, 50), "ms");
    zt::bench::report("pdf_search_page_ms_p99", zt::bench::percentile(search, 99), "ms");
    zt::bench::report("pdf_search_hits", hits, "hits");
    zt::bench::report("pdf_gui_stall_ms_max", guiStallMs(document), "ms");
    zt::bench::report("pdf_gui_stall_idle_ms_max", idleStallMs(), "ms");
    return 0;
}
