#pragma once
// The document viewer of the approval pane: a toolbar (zoom, page x / n, search with previous
// and next hit, copy), a strip of page thumbnails and the pages themselves, with the screen
// watermark over them. A document that cannot be shown (damaged, not a PDF, protected by a
// password) shows a message in place of the pages and is logged; nothing else happens.
// Copying text is a policy of the document's security level: setCopyAllowed(false) disables
// the copy action, so Ctrl+C does nothing.
#include <QByteArray>
#include <QPdfDocument>
#include <QWidget>

class QAction;
class QBuffer;
class QLabel;
class QLineEdit;
class QListView;
class QSpinBox;
class QStackedWidget;
class QTimer;
class QToolBar;

namespace zt::ui {

class PdfPageView;
class PdfSearch;
class PdfThumbnailModel;

class PdfViewer : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSearchDebounceMs = 250;

    explicit PdfViewer(QWidget* parent = nullptr);
    ~PdfViewer() override;

    // Both return whether the document can be shown; otherwise errorMessage() says why.
    // `name` only identifies the document in the log.
    bool openData(const QByteArray& bytes, const QString& name = {});
    bool openFile(const QString& path);
    void closeDocument();

    bool isLoaded() const { return m_document != nullptr; }
    QString errorMessage() const { return m_error; }
    int pageCount() const;
    int currentPage() const; // 0-based; -1 without a document
    qreal zoom() const;

    void setCopyAllowed(bool allowed);
    bool isCopyAllowed() const { return m_copyAllowed; }
    void setWatermark(const QString& text); // e.g. "张伟 zhangwei 2026-11-27"
    QString watermark() const;

    PdfPageView* pageView() const { return m_view; }
    QListView* thumbnailView() const { return m_thumbnails; }
    PdfThumbnailModel* thumbnailModel() const { return m_thumbnailModel; }
    PdfSearch* search() const { return m_search; }
    QSpinBox* pageBox() const { return m_pageBox; }
    QLineEdit* searchBox() const { return m_searchBox; }
    QLabel* messageLabel() const { return m_message; }
    QAction* copyAction() const { return m_copy; }
    QToolBar* toolBar() const { return m_toolBar; } // users of the viewer add their tools

public slots:
    void goToPage(int page); // 0-based
    void copySelection();    // does nothing unless copying is allowed

signals:
    void loaded(int pageCount);
    void failed(const QString& message);

private:
    QToolBar* buildToolBar();
    void addZoomActions(QToolBar* bar);
    void addPageBox(QToolBar* bar);
    void addSearch(QToolBar* bar);
    QAction* makeAction(QToolBar* bar, const QString& text, const QKeySequence& key,
                        const char* name);
    QListView* buildThumbnails();
    void connectSignals();
    void attach(QPdfDocument* document);
    void fail(const QString& message, const QString& logDetail);
    void failLoad(QPdfDocument::Error error, const QString& logDetail);
    void onCurrentPageChanged(int page);
    void onZoomChanged(qreal zoom);
    void updateCopyAction();
    void updateHitLabel();
    void updateControls();
    void runSearch();

    QByteArray m_bytes;
    QBuffer* m_buffer = nullptr;
    QPdfDocument* m_document = nullptr;
    QString m_error;
    bool m_copyAllowed = true;
    PdfSearch* m_search;
    PdfThumbnailModel* m_thumbnailModel;
    PdfPageView* m_view;
    QListView* m_thumbnails;
    QLabel* m_message;
    QStackedWidget* m_stack;
    QToolBar* m_toolBar = nullptr;
    QSpinBox* m_pageBox = nullptr;
    QLabel* m_pageTotal = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QLineEdit* m_searchBox = nullptr;
    QTimer* m_searchDebounce = nullptr;
    QLabel* m_hitLabel = nullptr;
    QAction* m_zoomIn = nullptr;
    QAction* m_zoomOut = nullptr;
    QAction* m_fitWidth = nullptr;
    QAction* m_fitPage = nullptr;
    QAction* m_previousHit = nullptr;
    QAction* m_nextHit = nullptr;
    QAction* m_copy = nullptr;
};

} // namespace zt::ui
