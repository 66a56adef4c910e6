#include "PdfViewer.h"
#include "PdfLog.h"
#include "PdfPageView.h"
#include "PdfSearch.h"
#include "PdfThumbnailModel.h"

#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPdfDocument>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace zt::ui {

namespace {
constexpr int kThumbnailSpacing = 6;
constexpr int kSearchWidth = 180;

QString errorName(QPdfDocument::Error error) {
    switch (error) {
    case QPdfDocument::Error::FileNotFound:
        return PdfViewer::tr("the data cannot be read");
    case QPdfDocument::Error::InvalidFileFormat:
        return PdfViewer::tr("the file format is not recognised");
    case QPdfDocument::Error::DataNotYetAvailable:
        return PdfViewer::tr("the data is incomplete");
    default:
        return PdfViewer::tr("unknown error");
    }
}
} // namespace

PdfViewer::PdfViewer(QWidget* parent)
    : QWidget(parent)
    , m_search(new PdfSearch(this))
    , m_thumbnailModel(new PdfThumbnailModel(this))
    , m_view(new PdfPageView(this))
    , m_message(new QLabel(this))
    , m_stack(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("pdfViewer"));
    m_view->setSearch(m_search);
    m_message->setObjectName(QStringLiteral("pdfMessage"));
    m_message->setAccessibleName(tr("Document status"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);
    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(buildThumbnails());
    body->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_toolBar = buildToolBar();
    layout->addWidget(m_toolBar);
    layout->addLayout(body, 1);
    setFocusProxy(m_view);
    connectSignals();
    closeDocument();
}

PdfViewer::~PdfViewer() {
    closeDocument(); // the renderers stop before the document goes
}

QAction* PdfViewer::makeAction(QToolBar* bar, const QString& text, const QKeySequence& key,
                               const char* name) {
    auto* action = bar->addAction(text);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (!key.isEmpty())
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    QWidget::addAction(action); // the shortcut works wherever the focus is in the viewer
    return action;
}

QToolBar* PdfViewer::buildToolBar() {
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("pdfToolBar"));
    bar->setAccessibleName(tr("Document tools"));
    addZoomActions(bar);
    bar->addSeparator();
    addPageBox(bar);
    bar->addSeparator();
    addSearch(bar);
    bar->addSeparator();
    m_copy = makeAction(bar, tr("Copy"), QKeySequence::Copy, "pdfCopy");
    return bar;
}

void PdfViewer::addZoomActions(QToolBar* bar) {
    m_zoomOut = makeAction(bar, tr("Zoom out"), QKeySequence::ZoomOut, "pdfZoomOut");
    m_zoomLabel = new QLabel(bar);
    m_zoomLabel->setObjectName(QStringLiteral("pdfZoomLabel"));
    m_zoomLabel->setAccessibleName(tr("Zoom"));
    m_zoomLabel->setMinimumWidth(
        m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("800 %")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    bar->addWidget(m_zoomLabel);
    m_zoomIn = makeAction(bar, tr("Zoom in"), QKeySequence::ZoomIn, "pdfZoomIn");
    m_fitWidth = makeAction(bar, tr("Fit width"), {}, "pdfFitWidth");
    m_fitPage = makeAction(bar, tr("Fit page"), {}, "pdfFitPage");
    m_fitWidth->setCheckable(true);
    m_fitPage->setCheckable(true);
}

void PdfViewer::addPageBox(QToolBar* bar) {
    m_pageBox = new QSpinBox(bar);
    m_pageBox->setObjectName(QStringLiteral("pdfPageBox"));
    m_pageBox->setAccessibleName(tr("Page number"));
    m_pageBox->setKeyboardTracking(false); // go when the number is complete, not per digit
    m_pageBox->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_pageBox->setAlignment(Qt::AlignRight);
    bar->addWidget(new QLabel(tr("Page"), bar));
    bar->addWidget(m_pageBox);
    m_pageTotal = new QLabel(bar);
    m_pageTotal->setObjectName(QStringLiteral("pdfPageTotal"));
    bar->addWidget(m_pageTotal);
}

void PdfViewer::addSearch(QToolBar* bar) {
    m_searchBox = new QLineEdit(bar);
    m_searchBox->setObjectName(QStringLiteral("pdfSearch"));
    m_searchBox->setAccessibleName(tr("Search in the document"));
    m_searchBox->setPlaceholderText(tr("Search"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMaximumWidth(kSearchWidth);
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(kSearchDebounceMs);
    bar->addWidget(m_searchBox);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_searchBox, [this] {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });
    QWidget::addAction(find);
    m_previousHit = makeAction(bar, tr("Previous hit"), QKeySequence::FindPrevious, "pdfPrevHit");
    m_nextHit = makeAction(bar, tr("Next hit"), QKeySequence::FindNext, "pdfNextHit");
    m_hitLabel = new QLabel(bar);
    m_hitLabel->setObjectName(QStringLiteral("pdfHitLabel"));
    bar->addWidget(m_hitLabel);
}

QListView* PdfViewer::buildThumbnails() {
    m_thumbnails = new QListView(this);
    m_thumbnails->setObjectName(QStringLiteral("pdfThumbnails"));
    m_thumbnails->setAccessibleName(tr("Page thumbnails"));
    m_thumbnails->setModel(m_thumbnailModel);
    m_thumbnails->setUniformItemSizes(true); // no row is measured, so none is rendered unseen
    m_thumbnails->setSpacing(kThumbnailSpacing);
    m_thumbnails->setIconSize(m_thumbnailModel->thumbnailSize(0));
    m_thumbnails->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_thumbnails->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_thumbnails->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Icon mode puts each page's number under its thumbnail; one column, top to bottom.
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setResizeMode(QListView::Adjust);
    m_thumbnails->setFixedWidth(PdfThumbnailModel::kWidth + 4 * kThumbnailSpacing +
                                m_thumbnails->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    m_thumbnailModel->setDevicePixelRatio(devicePixelRatioF());
    QPalette palette = m_thumbnails->palette(); // white pages stand out on the pages' backdrop
    palette.setColor(QPalette::Base, palette.color(QPalette::Dark));
    m_thumbnails->setPalette(palette);
    return m_thumbnails;
}

void PdfViewer::connectSignals() {
    connect(m_zoomIn, &QAction::triggered, m_view, &PdfPageView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_view, &PdfPageView::zoomOut);
    connect(m_fitWidth, &QAction::triggered, m_view,
            [this] { m_view->setZoomMode(PdfPageView::ZoomMode::FitWidth); });
    connect(m_fitPage, &QAction::triggered, m_view,
            [this] { m_view->setZoomMode(PdfPageView::ZoomMode::FitPage); });
    connect(m_view, &PdfPageView::zoomChanged, this, &PdfViewer::onZoomChanged);
    connect(m_view, &PdfPageView::currentPageChanged, this, &PdfViewer::onCurrentPageChanged);
    connect(m_view, &PdfPageView::selectionChanged, this, &PdfViewer::updateCopyAction);
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int page) { goToPage(page - 1); });
    connect(m_thumbnails, &QListView::clicked, this,
            [this](const QModelIndex& index) { goToPage(index.row()); });
    connect(m_thumbnails, &QListView::activated, this,
            [this](const QModelIndex& index) { goToPage(index.row()); });
    // Typing fast searches once, not once per key: a word found nowhere reads every page.
    connect(m_searchBox, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, &PdfViewer::runSearch);
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] {
        if (m_searchDebounce->isActive()) return runSearch();
        m_search->next();
    });
    connect(m_nextHit, &QAction::triggered, m_search, &PdfSearch::next);
    connect(m_previousHit, &QAction::triggered, m_search, &PdfSearch::previous);
    connect(m_search, &PdfSearch::currentChanged, m_view, &PdfPageView::showHit);
    connect(m_search, &PdfSearch::currentChanged, this, &PdfViewer::updateHitLabel);
    connect(m_search, &PdfSearch::countChanged, this, &PdfViewer::updateHitLabel);
    connect(m_search, &PdfSearch::seekingChanged, this, &PdfViewer::updateHitLabel);
    connect(m_copy, &QAction::triggered, this, &PdfViewer::copySelection);
}

bool PdfViewer::openFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        closeDocument();
        fail(tr("The document cannot be opened: %1").arg(file.errorString()),
             QStringLiteral("%1: %2").arg(path, file.errorString()));
        return false;
    }
    return openData(file.readAll(), path);
}

bool PdfViewer::openData(const QByteArray& data, const QString& name) {
    const QByteArray bytes = data; // data may be m_bytes, which closing clears
    closeDocument();
    const QString logName = name.isEmpty() ? QStringLiteral("(data)") : name;
    if (bytes.isEmpty()) {
        fail(tr("This document is damaged or not a PDF (%1).").arg(tr("it is empty")),
             QStringLiteral("%1: empty").arg(logName));
        return false;
    }
    m_bytes = bytes;
    m_buffer = new QBuffer(&m_bytes, this);
    m_buffer->open(QIODevice::ReadOnly);
    auto* document = new QPdfDocument(this);
    document->load(m_buffer); // synchronous for a buffer: every byte is there
    const int pages = document->status() == QPdfDocument::Status::Ready ? document->pageCount() : 0;
    if (pages > 0) {
        attach(document);
        qCInfo(lcPdf).noquote() << logName << "opened," << pages << "pages";
        return true;
    }
    const QPdfDocument::Error error = document->error();
    const QString status = QVariant::fromValue(document->status()).toString();
    delete document;
    failLoad(error, QStringLiteral("%1: status %2, error %3, %4 pages")
                        .arg(logName, status, QVariant::fromValue(error).toString())
                        .arg(pages));
    return false;
}

void PdfViewer::failLoad(QPdfDocument::Error error, const QString& logDetail) {
    if (error == QPdfDocument::Error::IncorrectPassword)
        fail(tr("This document is protected by a password and cannot be shown."), logDetail);
    else if (error == QPdfDocument::Error::UnsupportedSecurityScheme)
        fail(tr("This document uses an unsupported security scheme and cannot be shown."),
             logDetail);
    else
        fail(tr("This document is damaged or not a PDF (%1).").arg(errorName(error)), logDetail);
}

void PdfViewer::runSearch() {
    m_searchDebounce->stop();
    m_search->setText(m_searchBox->text(), qMax(0, currentPage()));
}

void PdfViewer::attach(QPdfDocument* document) {
    m_document = document;
    m_error.clear();
    m_thumbnailModel->setDocument(document);
    m_thumbnails->setIconSize(m_thumbnailModel->thumbnailSize(0));
    m_search->setDocument(document);
    m_view->setDocument(document);
    m_stack->setCurrentWidget(m_view);
    updateControls();
    onCurrentPageChanged(m_view->currentPage());
    emit loaded(document->pageCount());
}

void PdfViewer::closeDocument() {
    // Views and renderers let go of the document before it is deleted.
    m_view->setDocument(nullptr);
    m_thumbnailModel->setDocument(nullptr);
    m_search->setDocument(nullptr);
    m_searchBox->clear();
    m_searchDebounce->stop();
    delete m_document;
    m_document = nullptr;
    delete m_buffer;
    m_buffer = nullptr;
    m_bytes.clear();
    m_error.clear();
    m_message->clear();
    m_stack->setCurrentWidget(m_view);
    updateControls();
}

void PdfViewer::fail(const QString& message, const QString& logDetail) {
    m_error = message;
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    qCWarning(lcPdf).noquote() << "cannot show document" << logDetail;
    updateControls();
    emit failed(message);
}

void PdfViewer::updateControls() {
    const bool loaded = m_document != nullptr;
    for (QAction* action : {m_zoomIn, m_zoomOut, m_fitWidth, m_fitPage, m_previousHit, m_nextHit})
        action->setEnabled(loaded);
    m_searchBox->setEnabled(loaded);
    m_pageBox->setEnabled(loaded);
    const QSignalBlocker block(m_pageBox);
    m_pageBox->setRange(loaded ? 1 : 0, loaded ? pageCount() : 0);
    m_pageBox->setSpecialValueText(loaded ? QString() : QStringLiteral(" ")); // no "0" when empty
    m_pageTotal->setText(loaded ? tr("of %1").arg(pageCount()) : QString());
    onZoomChanged(m_view->zoom());
    updateHitLabel();
    updateCopyAction();
}

int PdfViewer::pageCount() const {
    return m_document ? m_view->pageCount() : 0;
}

int PdfViewer::currentPage() const {
    return m_document ? m_view->currentPage() : -1;
}

qreal PdfViewer::zoom() const {
    return m_view->zoom();
}

void PdfViewer::goToPage(int page) {
    if (m_document) m_view->goToPage(page);
}

void PdfViewer::onCurrentPageChanged(int page) {
    if (page < 0) return;
    {
        const QSignalBlocker block(m_pageBox);
        m_pageBox->setValue(page + 1);
    }
    const QModelIndex index = m_thumbnailModel->index(page);
    m_thumbnails->setCurrentIndex(index);
    m_thumbnails->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void PdfViewer::onZoomChanged(qreal zoom) {
    m_zoomLabel->setText(m_document ? tr("%1 %").arg(qRound(zoom * 100)) : QString());
    m_fitWidth->setChecked(m_view->zoomMode() == PdfPageView::ZoomMode::FitWidth);
    m_fitPage->setChecked(m_view->zoomMode() == PdfPageView::ZoomMode::FitPage);
}

void PdfViewer::updateHitLabel() {
    const bool searching = m_document && !m_search->text().isEmpty();
    if (!searching) return m_hitLabel->clear();
    if (m_search->isSeeking() && !m_search->current().isValid())
        return m_hitLabel->setText(tr("Searching…"));
    const int count = m_search->count();
    m_hitLabel->setText(count == 0 ? tr("No hits")
                                   : tr("%1 of %2").arg(m_search->currentNumber()).arg(count));
}

void PdfViewer::setCopyAllowed(bool allowed) {
    m_copyAllowed = allowed;
    updateCopyAction();
}

void PdfViewer::updateCopyAction() {
    m_copy->setEnabled(m_copyAllowed && m_document && m_view->hasSelection());
    m_copy->setToolTip(m_copyAllowed ? tr("Copy the selected text")
                                     : tr("Copying is not allowed for this document"));
}

void PdfViewer::copySelection() {
    if (!m_copyAllowed || !m_document || !m_view->hasSelection()) return;
    QGuiApplication::clipboard()->setText(m_view->selectedText());
}

void PdfViewer::setWatermark(const QString& text) {
    m_view->setWatermark(text);
}

QString PdfViewer::watermark() const {
    return m_view->watermark();
}

} // namespace zt::ui
