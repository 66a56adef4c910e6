// The marks of an approval document in the viewer, offscreen. On its own: PageMarksLayer's
// geometry, hit-test and painting (notes, highlights, seals, queued marks and removals). Against
// a real zhengtong-server with the demo documents, signed in as 张伟 through the shell: a note
// added with the note tool and a highlight dragged on the page (both reach the service and come
// back as marks, drawn where they were put), the seal image chosen from a file, an approval whose
// seal placement is cancelled with Esc and then placed with a click (the seal drawn in its
// colours at the place clicked), the bundle exported with the action bar's button (the files
// are written) and the own note removed with the context menu.
#include "ServerProcess.h"
#include "UiTestSession.h"
#include "approval/ActionDialog.h"
#include "approval/ApprovalInboxModel.h"
#include "approval/ApprovalNotice.h"
#include "approval/ApprovalPane.h"
#include "approval/BundleExporter.h"
#include "approval/DocumentActionBar.h"
#include "approval/DocumentMarks.h"
#include "approval/PageMarksLayer.h"
#include "approval/PdfMarksTool.h"
#include "approval/PdfPageView.h"
#include "approval/PdfViewer.h"
#include "approval/SealImageChooser.h"
#include "shell/MainWindow.h"
#include "shell/NavigationRail.h"

#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace zt;
using approval::ActionKind;
using approval::Annotation;
using approval::AnnotationKind;
using approval::View;

namespace {

constexpr int kNetTimeoutMs = 30'000;
const QString kQuarterly = QStringLiteral("关于报送第四季度重点工作进展的通知"); // waits for 张伟
const QString kNote = QStringLiteral("第二段请核对数据来源。");

QByteArray redPng(int width, int height) {
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(QColor(255, 0, 0));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool isRed(QRgb c) {
    return qRed(c) > 230 && qGreen(c) < 40 && qBlue(c) < 40;
}
bool isYellowish(QRgb c) { // the translucent highlight over white paper
    return qRed(c) > 200 && qGreen(c) > 180 && qBlue(c) < 210;
}

// A viewport position on a page of the view, from normalised page coordinates.
QPoint at(ui::PdfPageView* view, int page, double x, double y) {
    const QRect r = view->pageRectInView(page);
    return {r.left() + int(x * r.width()), r.top() + int(y * r.height())};
}

// The share of the pixels around `p` (a 9×9 square) that pass: the screen watermark's letters
// may cross any single pixel.
double shareAround(ui::PdfPageView* view, const QPoint& p, bool (*test)(QRgb)) {
    const QImage image = view->viewport()->grab().toImage();
    int passed = 0;
    for (int dx = -4; dx <= 4; ++dx)
        for (int dy = -4; dy <= 4; ++dy)
            passed += test(image.pixel(p + QPoint(dx, dy)));
    return passed / 81.0;
}

} // namespace

class TstApprovalMarksUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void layerGeometryAndPaint();
    void marksInThePane();

private:
    void addNote(ui::ApprovalPane* pane);
    void dragHighlight(ui::ApprovalPane* pane);
    void chooseSeal(ui::ApprovalPane* pane);
    bool startSealedApproval(ui::ApprovalPane* pane);
    void approveWithSeal(ui::ApprovalPane* pane);
    void exportBundle(ui::ApprovalPane* pane);
    void removeNote(ui::ApprovalPane* pane);

    QTemporaryDir m_serverData;
    QTemporaryDir m_files;
    std::unique_ptr<test::ServerProcess> m_server;
    QString m_url;
};

void TstApprovalMarksUi::initTestCase() {
    QVERIFY(m_serverData.isValid() && m_files.isValid());
    m_server = std::make_unique<test::ServerProcess>(m_serverData.path());
    QVERIFY(m_server->start());
    m_url = m_server->url().toString();
}

void TstApprovalMarksUi::cleanupTestCase() {
    m_server.reset();
}

void TstApprovalMarksUi::layerGeometryAndPaint() {
    approval::DocumentView view;
    view.detail.summary.id = 3;
    Annotation note;
    note.id = 11;
    note.author = 2;
    note.page = 0;
    note.x = 0.5;
    note.y = 0.5;
    note.text = QStringLiteral("请核对。");
    Annotation removed = note;
    removed.id = 12;
    removed.page = 1;
    Annotation mark;
    mark.author = 7; // the user's own, queued: no id yet
    mark.kind = AnnotationKind::Highlight;
    mark.cid = QStringLiteral("c1");
    mark.rects = {QRectF(0.1, 0.1, 0.3, 0.05)};
    view.detail.annotations = {note, removed};
    view.pendingAnnotations = {mark};
    view.pendingRemovals = {12};
    const QByteArray png = redPng(40, 20);
    const approval::SealPlacement seal{0, 5000, 7000, 2500, approval::sealHashOf(png)};
    view.seals = {{7, seal, false}};
    view.sealImages.insert(seal.sealHash, png);

    ui::PageMarksLayer layer;
    layer.setDocument(view, 7);
    QCOMPARE(layer.annotations().size(), 2); // the removal hides #12; the queued one shows
    QVERIFY(!layer.isOwn(layer.annotations().at(0)));
    QVERIFY(layer.isOwn(layer.annotations().at(1)));
    const QRect page(10, 20, 400, 600);
    // The pin's tip on the noted point; the seal at its place, as high as its image's ratio.
    const QRectF pin = ui::PageMarksLayer::pinRect(layer.annotations().at(0), page);
    QCOMPARE(pin.center().x(), 210.0);
    QCOMPARE(pin.bottom(), 320.0);
    QCOMPARE(layer.sealRect(seal, page), QRectF(210, 440, 100, 50));
    QCOMPARE(layer.annotationAt(0, page, pin.center())->id, 11);
    QCOMPARE(layer.annotationAt(0, page, QPointF(100, 100))->cid, QStringLiteral("c1"));
    QVERIFY(!layer.annotationAt(0, page, QPointF(300, 300)));
    QVERIFY(!layer.annotationAt(1, page, pin.center())); // other pages have nothing
    QVERIFY(layer.describe(layer.annotations().at(0)).contains(note.text));

    QImage image(420, 640, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        layer.paint(painter, 0, page);
    }
    QVERIFY(isRed(image.pixel(260, 465)));       // the seal
    QVERIFY(isYellowish(image.pixel(100, 100))); // the highlight (queued: fainter)
    QCOMPARE(image.pixel(300, 300), qRgb(255, 255, 255));
    QVERIFY(image.pixel(205, 308) != qRgb(255, 255, 255)); // the pin's head
    // Zoomed in twice as much: the same marks at the same places of the page.
    const QRect zoomed(10, 20, 800, 1200);
    QCOMPARE(layer.sealRect(seal, zoomed), QRectF(410, 860, 200, 100));
}

// The note tool: a click on the page asks for the text; the service queues it and the marks
// show it at once, where it was put.
void TstApprovalMarksUi::addNote(ui::ApprovalPane* pane) {
    ui::DocumentMarks* marks = pane->marks();
    ui::PdfPageView* view = pane->viewer()->pageView();
    QVERIFY(marks->noteAction()->isEnabled());
    marks->noteAction()->trigger();
    QCOMPARE(marks->tool()->mode(), ui::PdfMarksTool::Mode::Note);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at(view, 0, 0.8, 0.25));
    QPointer<QInputDialog> dialog = marks->noteDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(marks->tool()->mode(), ui::PdfMarksTool::Mode::Browse); // one note per click
    dialog->setTextValue(kNote);
    dialog->accept();
    const auto noted = [&] {
        for (const Annotation& a : marks->layer().annotations())
            if (a.text == kNote) return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(noted(), kNetTimeoutMs);
    const approval::DocumentView& v = pane->documentView();
    const Annotation a =
        v.pendingAnnotations.isEmpty() ? v.detail.annotations.last() : v.pendingAnnotations.last();
    QCOMPARE(a.text, kNote);
    QCOMPARE(a.page, 0);
    QVERIFY(qAbs(a.x - 0.8) < 0.01 && qAbs(a.y - 0.25) < 0.01);
    const QPointF pin = ui::PageMarksLayer::pinRect(a, view->pageRectInView(0)).center();
    QVERIFY(marks->layer().annotationAt(0, view->pageRectInView(0), pin));
}

// The highlight tool: a rectangle dragged in the left margin becomes a highlight, drawn in
// translucent yellow.
void TstApprovalMarksUi::dragHighlight(ui::ApprovalPane* pane) {
    ui::DocumentMarks* marks = pane->marks();
    ui::PdfPageView* view = pane->viewer()->pageView();
    marks->highlightAction()->trigger();
    QCOMPARE(marks->tool()->mode(), ui::PdfMarksTool::Mode::Highlight);
    const QPoint from = at(view, 0, 0.02, 0.40);
    const QPoint to = at(view, 0, 0.09, 0.44);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    const auto highlighted = [&] {
        for (const Annotation& a : marks->layer().annotations())
            if (a.kind == AnnotationKind::Highlight) return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(highlighted(), kNetTimeoutMs);
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QCoreApplication::sendEvent(view, &escape);
    QCOMPARE(marks->tool()->mode(), ui::PdfMarksTool::Mode::Browse);
    QVERIFY(!marks->highlightAction()->isChecked());
    QVERIFY(shareAround(view, (from + to) / 2, isYellowish) > 0.7);
}

void TstApprovalMarksUi::chooseSeal(ui::ApprovalPane* pane) {
    const QString bad = m_files.filePath(QStringLiteral("big.png"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(approval::kMaxSealBytes + 1, 'x'));
    }
    pane->sealChooser()->useFile(bad);
    QCOMPARE(pane->notice()->kind(), ui::ApprovalNotice::Kind::Error);
    QVERIFY(!pane->sealChooser()->hasImage());

    const QString path = m_files.filePath(QStringLiteral("seal.png"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(redPng(64, 64));
    }
    pane->actionBar()->chooseSealAction()->trigger();
    QPointer<QFileDialog> dialog = pane->sealChooser()->dialog();
    QVERIFY(dialog && dialog->isVisible());
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog.data())->accept(); // QFileDialog's own, as OK does
    QTRY_VERIFY_WITH_TIMEOUT(pane->sealChooser()->hasImage(), kNetTimeoutMs);
    QCOMPARE(pane->notice()->kind(), ui::ApprovalNotice::Kind::Success);
}

// Approve with "Place my seal" ticked: the dialog closes and the seal follows the mouse.
bool TstApprovalMarksUi::startSealedApproval(ui::ApprovalPane* pane) {
    pane->actionBar()->button(ActionKind::Approve)->click();
    QPointer<ui::ActionDialog> dialog = pane->actionDialog();
    if (!dialog || !dialog->sealBox() || !dialog->sealBox()->isEnabled()) return false;
    dialog->sealBox()->setChecked(true);
    dialog->opinionEdit()->insertPlainText(QStringLiteral("同意，盖章。"));
    dialog->okButton()->click();
    return pane->marks()->isPlacingSeal() &&
           pane->marks()->tool()->mode() == ui::PdfMarksTool::Mode::Seal;
}

void TstApprovalMarksUi::approveWithSeal(ui::ApprovalPane* pane) {
    ui::PdfPageView* view = pane->viewer()->pageView();
    // Esc first: nothing is approved.
    QVERIFY(startSealedApproval(pane));
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QCoreApplication::sendEvent(view, &escape);
    QVERIFY(!pane->marks()->isPlacingSeal());
    QVERIFY(pane->notice()->text().contains(QStringLiteral("cancelled")));
    QVERIFY(pane->documentView().pending.isEmpty());
    QVERIFY(pane->actionBar()->button(ActionKind::Approve)->isEnabled());

    QVERIFY(startSealedApproval(pane));
    const QPoint spot = at(view, 0, 0.6, 0.35);
    QTest::mouseMove(view->viewport(), spot);
    const auto reddish = [](QRgb c) { return qRed(c) > 200 && qGreen(c) < 160 && qBlue(c) < 160; };
    QVERIFY(shareAround(view, spot, reddish) > 0.7); // the preview
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, spot);
    QVERIFY(!pane->marks()->isPlacingSeal());
    QTRY_COMPARE_WITH_TIMEOUT(pane->documentView().seals.size(), 1, kNetTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->documentView().seals.at(0).pending &&
                                 pane->documentView().fromServer,
                             kNetTimeoutMs);
    const approval::SealPlacement placed = pane->documentView().seals.at(0).placement;
    QCOMPARE(placed.page, 0);
    // Centred on the click.
    const QRectF drawn = pane->marks()->layer().sealRect(placed, view->pageRectInView(0));
    QVERIFY2((drawn.center() - QPointF(spot)).manhattanLength() < 4,
             qPrintable(QStringLiteral("%1,%2").arg(drawn.center().x()).arg(drawn.center().y())));
    QTRY_VERIFY_WITH_TIMEOUT(shareAround(view, spot, isRed) > 0.7, kNetTimeoutMs);
    QVERIFY(pane->documentView().chainOk);
}

void TstApprovalMarksUi::exportBundle(ui::ApprovalPane* pane) {
    QVERIFY(pane->actionBar()->exportButton()->isEnabled());
    QCOMPARE(ui::BundleExporter::suggestedName(pane->documentView().detail.summary),
             pane->documentView().detail.summary.docNumber + QStringLiteral(".json"));
    pane->actionBar()->exportButton()->click();
    QPointer<QFileDialog> dialog = pane->exporter()->dialog();
    QVERIFY(dialog && dialog->isVisible());
    const QString path = m_files.filePath(QStringLiteral("bundle.json"));
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog.data())->accept(); // QFileDialog's own, as OK does
    QTRY_COMPARE_WITH_TIMEOUT(pane->notice()->kind(), ui::ApprovalNotice::Kind::Success,
                              kNetTimeoutMs);
    for (const char* name : {"bundle.json", "bundle.pdf", "bundle.report.html"})
        QVERIFY2(QFileInfo(m_files.filePath(QLatin1String(name))).size() > 0, name);
    QFile bundle(path);
    QVERIFY(bundle.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(bundle.readAll()).isObject());
}

// Right-click on one's own note: "Remove"; it disappears once the service has queued it.
void TstApprovalMarksUi::removeNote(ui::ApprovalPane* pane) {
    ui::DocumentMarks* marks = pane->marks();
    ui::PdfPageView* view = pane->viewer()->pageView();
    QTRY_VERIFY_WITH_TIMEOUT(pane->documentView().pendingAnnotations.isEmpty(), kNetTimeoutMs);
    const auto note = [&]() -> std::optional<Annotation> {
        for (const Annotation& a : marks->layer().annotations())
            if (a.text == kNote) return a;
        return std::nullopt;
    };
    QVERIFY(note() && note()->id > 0);
    const QPoint pin =
        ui::PageMarksLayer::pinRect(*note(), view->pageRectInView(0)).center().toPoint();
    std::unique_ptr<QMenu> menu(marks->tool()->contextMenu(pin, view));
    auto* remove = menu->findChild<QAction*>(QStringLiteral("removeAnnotationAction"));
    QVERIFY(remove);
    remove->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!note(), kNetTimeoutMs);
    // Elsewhere on the page there is nothing to remove.
    std::unique_ptr<QMenu> other(marks->tool()->contextMenu(at(view, 0, 0.5, 0.95), view));
    QVERIFY(!other->findChild<QAction*>(QStringLiteral("removeAnnotationAction")));
    QVERIFY(other->findChild<QAction*>(QStringLiteral("addNoteAction"))->isEnabled());
}

void TstApprovalMarksUi::marksInThePane() {
    test::UiTestSession session;
    QVERIFY(session.signIn(m_url, QStringLiteral("zhangwei")));
    ui::MainWindow* window = session.mainWindow();
    window->resize(1280, 900);
    ui::NavigationRail* rail = window->navigationRail();
    for (int row = 0; row < rail->count() && rail->currentKey() != QStringLiteral("approval");
         ++row)
        rail->setCurrentRow(row);
    ui::ApprovalPane* pane = window->approvalPane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->isAttached(), kNetTimeoutMs);
    ui::ApprovalInboxModel* todo = pane->model(View::Todo);
    QTRY_VERIFY_WITH_TIMEOUT(todo->serverAnswered() && todo->rowCount() == 1, kNetTimeoutMs);
    QCOMPARE(todo->summaryAt(0).title, kQuarterly);
    emit pane->inboxView()->activated(todo->index(0));
    QTRY_VERIFY_WITH_TIMEOUT(pane->documentView().fromServer && pane->viewer()->isLoaded(),
                             kNetTimeoutMs);
    pane->viewer()->pageView()->setZoomMode(ui::PdfPageView::ZoomMode::FitWidth);
    pane->viewer()->goToPage(0);

    addNote(pane);
    if (QTest::currentTestFailed()) return;
    dragHighlight(pane);
    if (QTest::currentTestFailed()) return;
    chooseSeal(pane);
    if (QTest::currentTestFailed()) return;
    approveWithSeal(pane);
    if (QTest::currentTestFailed()) return;
    test::screenshot(window, "approval_marks");
    exportBundle(pane);
    if (QTest::currentTestFailed()) return;
    removeNote(pane);
    if (QTest::currentTestFailed()) return;
    session.stop(); // the core first: it must not post to widgets that are being destroyed
}

QTEST_MAIN(TstApprovalMarksUi)
#include "tst_approval_marks_ui.moc"
