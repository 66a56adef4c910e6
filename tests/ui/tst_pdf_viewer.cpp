// The approval document viewer offscreen, without a server: the 56-page Chinese guide opened
// from bytes, page navigation, zoom, search with highlighted hits, the copy policy, the screen
// watermark, lazy thumbnails, and documents that cannot be shown (empty, random, truncated,
// password protected, missing) showing a message instead of crashing.
#include "approval/PdfPageView.h"
#include "approval/PdfSearch.h"
#include "approval/PdfThumbnailModel.h"
#include "approval/PdfViewer.h"
#include "shell/Translator.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QWheelEvent>
#include <algorithm>
#include <memory>

using zt::ui::PdfPageView;
using zt::ui::PdfViewer;

namespace {

constexpr int kRenderTimeoutMs = 20'000;
const QString kWatermark = QStringLiteral("张伟 zhangwei 330110");

// A one-page PDF, optionally with a standard security handler whose user password is not
// empty (the /U entry matches no password), so that it cannot be opened without one.
QByteArray tinyPdf(bool encrypted) {
    const QByteArray hex32 = QByteArray(32, '\x5a').toHex();
    QList<QByteArray> objects = {"<< /Type /Catalog /Pages 2 0 R >>",
                                 "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                 "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"};
    if (encrypted)
        objects << "<< /Filter /Standard /V 1 /R 2 /P -4 /O <" + hex32 + "> /U <" + hex32 + "> >>";
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R";
    if (encrypted) pdf += " /Encrypt 4 0 R /ID [<" + hex32.left(32) + "> <" + hex32.left(32) + ">]";
    pdf += " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray randomBytes(int size) {
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(20261127);
    for (char& c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

// Pixels that differ between two images of the same size.
int differingPixels(const QImage& a, const QImage& b) {
    int differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            differing += a.pixel(x, y) != b.pixel(x, y);
    return differing;
}

} // namespace

class TstPdfViewer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensTheChineseGuide();
    void navigatesPages();
    void zooms();
    void searchesAndMovesToTheNextHit();
    void searchWrapsAround();
    void copyFollowsThePolicy();
    void paintsTheWatermark();
    void rendersThumbnailsLazily();
    void controlsHaveAccessibleNames();
    void damagedInputsShowAMessage_data();
    void damagedInputsShowAMessage();
    void missingFileShowsAMessage();
    void showsInChinese();

private:
    bool waitForVisiblePages();
    void screenshot(const char* name);

    QByteArray m_guide;
    std::unique_ptr<PdfViewer> m_viewer;
};

void TstPdfViewer::initTestCase() {
    QFile file(QStringLiteral(ZT_DEMO_PDF));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    m_guide = file.readAll();
}

void TstPdfViewer::init() {
    m_viewer = std::make_unique<PdfViewer>();
    m_viewer->resize(1100, 800);
    m_viewer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
    QVERIFY(m_viewer->openData(m_guide, QStringLiteral("install-latex-guide-zh-cn.pdf")));
}

void TstPdfViewer::cleanup() {
    m_viewer.reset();
}

bool TstPdfViewer::waitForVisiblePages() {
    PdfPageView* view = m_viewer->pageView();
    return QTest::qWaitFor(
        [view] {
            const QList<int> pages = view->layout().pagesIn(view->visibleContent());
            return std::all_of(pages.cbegin(), pages.cend(),
                               [view](int page) { return view->isRendered(page); });
        },
        kRenderTimeoutMs);
}

// Opt-in: ZT_SCREENSHOT_DIR=/some/dir writes PNGs of the viewer for review.
void TstPdfViewer::screenshot(const char* name) {
    const QString dir = qEnvironmentVariable("ZT_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    if (m_viewer->isLoaded()) QVERIFY(waitForVisiblePages());
    QTest::qWait(200); // thumbnails arrive on their own thread
    QVERIFY(m_viewer->grab().save(QStringLiteral("%1/%2.png").arg(dir, QString::fromLatin1(name))));
}

void TstPdfViewer::opensTheChineseGuide() {
    QVERIFY(m_viewer->isLoaded());
    QCOMPARE(m_viewer->pageCount(), 56);
    QCOMPARE(m_viewer->currentPage(), 0);
    QCOMPARE(m_viewer->pageBox()->maximum(), 56);
    QCOMPARE(m_viewer->pageBox()->value(), 1);
    QVERIFY(m_viewer->errorMessage().isEmpty());
    QVERIFY(!m_viewer->messageLabel()->isVisible());
    QVERIFY(waitForVisiblePages());
}

void TstPdfViewer::navigatesPages() {
    m_viewer->pageBox()->setValue(30);
    QCOMPARE(m_viewer->currentPage(), 29);
    const QRect page30 = m_viewer->pageView()->layout().pageRect(29);
    QVERIFY(m_viewer->pageView()->visibleContent().intersects(page30));
    PdfPageView* view = m_viewer->pageView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_PageDown);
    QCOMPARE(m_viewer->currentPage(), 30);
    QCOMPARE(m_viewer->pageBox()->value(), 31);
    QTest::keyClick(view, Qt::Key_PageUp);
    QCOMPARE(m_viewer->currentPage(), 29);
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(m_viewer->currentPage(), 55);
    QCOMPARE(m_viewer->pageBox()->value(), 56);
    QCOMPARE(m_viewer->thumbnailView()->currentIndex().row(), 55);
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(m_viewer->currentPage(), 0);
    // Scrolling by hand moves the current page too.
    view->verticalScrollBar()->setValue(view->layout().pageRect(10).top() + 5);
    QCOMPARE(m_viewer->currentPage(), 10);
    QCOMPARE(m_viewer->pageBox()->value(), 11);
}

void TstPdfViewer::zooms() {
    const qreal initial = m_viewer->zoom();
    QCOMPARE(initial, 1.0);
    m_viewer->findChild<QAction*>(QStringLiteral("pdfZoomIn"))->trigger();
    QVERIFY(m_viewer->zoom() > initial);
    const int widthIn = m_viewer->pageView()->layout().pageRect(0).width();
    m_viewer->findChild<QAction*>(QStringLiteral("pdfZoomOut"))->trigger();
    m_viewer->findChild<QAction*>(QStringLiteral("pdfZoomOut"))->trigger();
    QVERIFY(m_viewer->zoom() < initial);
    QVERIFY(m_viewer->pageView()->layout().pageRect(0).width() < widthIn);
    QCOMPARE(m_viewer->findChild<QLabel*>(QStringLiteral("pdfZoomLabel"))->text(),
             QStringLiteral("%1 %").arg(qRound(m_viewer->zoom() * 100)));
    // Ctrl+wheel zooms; the wheel alone scrolls.
    const qreal beforeWheel = m_viewer->zoom();
    QWidget* viewport = m_viewer->pageView()->viewport();
    QWheelEvent wheel(QPointF(100, 100), viewport->mapToGlobal(QPointF(100, 100)), {},
                      QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &wheel);
    QVERIFY(m_viewer->zoom() > beforeWheel);
    m_viewer->goToPage(20);
    m_viewer->findChild<QAction*>(QStringLiteral("pdfFitWidth"))->trigger();
    PdfPageView* view = m_viewer->pageView();
    const int margins = 2 * zt::ui::PdfPageLayout::kMargin;
    QVERIFY(qAbs(view->layout().pageRect(0).width() + margins - view->viewport()->width()) <= 2);
    QCOMPARE(m_viewer->currentPage(), 20); // zooming keeps the place
    m_viewer->findChild<QAction*>(QStringLiteral("pdfFitPage"))->trigger();
    QVERIFY(view->layout().pageRect(20).height() + margins <= view->viewport()->height());
    QVERIFY(waitForVisiblePages());
}

void TstPdfViewer::searchesAndMovesToTheNextHit() {
    m_viewer->searchBox()->setText(QStringLiteral("安装"));
    QTRY_VERIFY(m_viewer->search()->current().isValid());
    const zt::ui::PdfSearch::Hit first = m_viewer->search()->current();
    QVERIFY(first.isValid());
    QVERIFY(!first.rects.isEmpty());
    QVERIFY(m_viewer->search()->count() > 0);
    QCOMPARE(m_viewer->currentPage(), first.page);
    QVERIFY(!m_viewer->search()->hitsOnPage(first.page).isEmpty());
    // Next hit: another place (on the same page or a later one), and the view follows it.
    m_viewer->findChild<QAction*>(QStringLiteral("pdfNextHit"))->trigger();
    const zt::ui::PdfSearch::Hit second = m_viewer->search()->current();
    QVERIFY(second.isValid());
    QVERIFY(second.page > first.page || (second.page == first.page && second.index > first.index));
    QCOMPARE(m_viewer->currentPage(), second.page);
    // Walk to a hit on another page; the page box follows.
    int steps = 0;
    while (m_viewer->search()->current().page == first.page && steps++ < 200)
        m_viewer->search()->next();
    const int page = m_viewer->search()->current().page;
    QVERIFY(page != first.page);
    QCOMPARE(m_viewer->pageBox()->value(), page + 1);
    m_viewer->findChild<QAction*>(QStringLiteral("pdfPrevHit"))->trigger();
    QCOMPARE(m_viewer->search()->current().page, first.page);
    screenshot("pdf_viewer_search");
    m_viewer->searchBox()->setText(QStringLiteral("不存在的词语组合"));
    QTRY_VERIFY(!m_viewer->search()->current().isValid());
    auto* hitLabel = m_viewer->findChild<QLabel*>(QStringLiteral("pdfHitLabel"));
    QTRY_COMPARE(hitLabel->text(), QStringLiteral("No hits")); // every page read, none found
}

void TstPdfViewer::searchWrapsAround() {
    zt::ui::PdfSearch* search = m_viewer->search();
    search->setText(QStringLiteral("安装"), 0);
    QTRY_VERIFY(search->current().isValid());
    const zt::ui::PdfSearch::Hit first = search->current();
    QCOMPARE(search->currentNumber(), 1);
    search->previous(); // from the first hit to the last one, at the end of the document
    const zt::ui::PdfSearch::Hit last = search->current();
    QVERIFY(last.page > first.page);
    const int number = search->currentNumber(); // reads every page before the last hit's
    QCOMPARE(number, search->count());
    QCOMPARE(m_viewer->currentPage(), last.page);
    search->next();
    QCOMPARE(search->current().page, first.page);
    QCOMPARE(search->current().index, first.index);
}

void TstPdfViewer::copyFollowsThePolicy() {
    PdfPageView* view = m_viewer->pageView();
    QAction* copy = m_viewer->copyAction();
    QVERIFY(!copy->isEnabled()); // nothing selected yet
    const QSizeF page = view->layout().pointSize(0);
    view->selectText(0, QPointF(0, 0), QPointF(page.width(), page.height()));
    QVERIFY(view->hasSelection());
    QVERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), view->selectedText());
    QVERIFY(view->selectedText().contains(QStringLiteral("安装"))); // the title, in Chinese
    screenshot("pdf_viewer_selection");

    m_viewer->setCopyAllowed(false);
    QVERIFY(!copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    m_viewer->copySelection();
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    // The policy holds for a new selection and a new document too.
    view->selectText(0, QPointF(0, 0), QPointF(page.width(), page.height() / 2));
    QVERIFY(!copy->isEnabled());
    QVERIFY(m_viewer->openData(m_guide));
    QVERIFY(!m_viewer->isCopyAllowed());
}

void TstPdfViewer::paintsTheWatermark() {
    QVERIFY(waitForVisiblePages());
    QWidget* viewport = m_viewer->pageView()->viewport();
    const QImage plain = viewport->grab().toImage();
    m_viewer->setWatermark(kWatermark);
    QCOMPARE(m_viewer->watermark(), kWatermark);
    const QImage marked = viewport->grab().toImage();
    // Tiled over the whole area: a good share of pixels change, in every quarter of it.
    const int w = marked.width() / 2;
    const int h = marked.height() / 2;
    for (const QRect& quarter :
         {QRect(0, 0, w, h), QRect(w, 0, w, h), QRect(0, h, w, h), QRect(w, h, w, h)})
        QVERIFY(differingPixels(plain.copy(quarter), marked.copy(quarter)) > 200);
    // It stays over the pages while they scroll.
    m_viewer->goToPage(3);
    QVERIFY(waitForVisiblePages());
    m_viewer->setWatermark({});
    const QImage scrolledPlain = viewport->grab().toImage();
    m_viewer->setWatermark(kWatermark);
    QVERIFY(differingPixels(scrolledPlain, viewport->grab().toImage()) > 1000);
    screenshot("pdf_viewer_watermark");
}

void TstPdfViewer::rendersThumbnailsLazily() {
    zt::ui::PdfThumbnailModel* model = m_viewer->thumbnailModel();
    QCOMPARE(model->rowCount(), 56);
    QTRY_VERIFY_WITH_TIMEOUT(model->isRendered(0), kRenderTimeoutMs);
    // Only what the strip shows was asked for, not all 56 pages.
    QVERIFY(model->requestedCount() > 0);
    QVERIFY2(model->requestedCount() < 20, qPrintable(QString::number(model->requestedCount())));
    QVERIFY(!model->isRendered(50));
    m_viewer->goToPage(50); // the strip follows the current page and renders what comes into view
    QTRY_VERIFY_WITH_TIMEOUT(model->isRendered(50), kRenderTimeoutMs);
    // Clicking a thumbnail goes to its page.
    QListView* strip = m_viewer->thumbnailView();
    const QRect item = strip->visualRect(model->index(48));
    QVERIFY(strip->viewport()->rect().intersects(item));
    QTest::mouseClick(strip->viewport(), Qt::LeftButton, {}, item.center());
    QCOMPARE(m_viewer->currentPage(), 48);
}

void TstPdfViewer::controlsHaveAccessibleNames() {
    QStringList missing;
    for (QWidget* w : m_viewer->findChildren<QWidget*>())
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(m_viewer.get()) &&
            w->accessibleName().isEmpty() && !qobject_cast<QAbstractButton*>(w) &&
            !qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            missing << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') +
                           w->objectName();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TstPdfViewer::damagedInputsShowAMessage_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QString damaged = QStringLiteral("damaged or not a PDF");
    QTest::newRow("empty") << QByteArray() << damaged;
    QTest::newRow("random") << randomBytes(64 * 1024) << damaged;
    QTest::newRow("text") << QByteArray("%PDF-1.7\nthis is not really a PDF\n") << damaged;
    QTest::newRow("truncated") << m_guide.left(m_guide.size() / 3) << damaged;
    QTest::newRow("password") << tinyPdf(true) << QStringLiteral("password");
}

void TstPdfViewer::damagedInputsShowAMessage() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QVERIFY(tinyPdf(false).size() > 0);
    QVERIFY(!m_viewer->openData(bytes, QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(!m_viewer->isLoaded());
    QCOMPARE(m_viewer->pageCount(), 0);
    QCOMPARE(m_viewer->currentPage(), -1);
    QVERIFY2(m_viewer->errorMessage().contains(message), qPrintable(m_viewer->errorMessage()));
    QVERIFY(m_viewer->messageLabel()->isVisible());
    QCOMPARE(m_viewer->messageLabel()->text(), m_viewer->errorMessage());
    QVERIFY(!m_viewer->searchBox()->isEnabled());
    QVERIFY(!m_viewer->copyAction()->isEnabled());
    m_viewer->goToPage(3); // harmless without a document
    if (QByteArray(QTest::currentDataTag()) == "truncated") screenshot("pdf_viewer_damaged");
    // The viewer is still usable afterwards.
    QVERIFY(m_viewer->openData(tinyPdf(false)));
    QCOMPARE(m_viewer->pageCount(), 1);
    QVERIFY(!m_viewer->messageLabel()->isVisible());
}

void TstPdfViewer::missingFileShowsAMessage() {
    QVERIFY(!m_viewer->openFile(QStringLiteral("/nonexistent/approval.pdf")));
    QVERIFY(m_viewer->messageLabel()->isVisible());
    QVERIFY(!m_viewer->errorMessage().isEmpty());
    QVERIFY(m_viewer->openFile(QStringLiteral(ZT_DEMO_PDF)));
    QCOMPARE(m_viewer->pageCount(), 56);
}

// Last: texts are set when the widgets are built, so a fresh viewer after installing zh_CN.
void TstPdfViewer::showsInChinese() {
    zt::ui::Translator translator;
    translator.install(QStringLiteral("zh_CN"));
    m_viewer = std::make_unique<PdfViewer>();
    m_viewer->resize(1100, 800);
    m_viewer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
    QCOMPARE(m_viewer->findChild<QAction*>(QStringLiteral("pdfZoomIn"))->text(),
             QStringLiteral("放大"));
    QVERIFY(m_viewer->openData(m_guide));
    m_viewer->setWatermark(kWatermark);
    m_viewer->findChild<QAction*>(QStringLiteral("pdfFitWidth"))->trigger();
    m_viewer->goToPage(7);
    m_viewer->searchBox()->setText(QStringLiteral("安装"));
    QTRY_VERIFY(m_viewer->search()->current().isValid());
    screenshot("pdf_viewer_zh_CN");
    QVERIFY(!m_viewer->openData(randomBytes(100)));
    QVERIFY2(m_viewer->errorMessage().startsWith(QStringLiteral("此文档已损坏")),
             qPrintable(m_viewer->errorMessage()));
    m_viewer.reset(); // before the translator goes
}

QTEST_MAIN(TstPdfViewer)
#include "tst_pdf_viewer.moc"
