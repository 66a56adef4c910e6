#pragma once
// Text search in one document over QPdfSearchModel: the hits of a page (to highlight them) and
// a current hit moved with next/previous, wrapping around the document. Pages are searched when
// first needed; the model keeps searching the rest in the background and count() grows. The
// first hit of a new search is sought a few pages at a time between events, so that a word found
// nowhere does not freeze the window while every page is read.
#include <QList>
#include <QObject>
#include <QRectF>

class QPdfDocument;
class QPdfSearchModel;
class QTimer;

namespace zt::ui {

class PdfSearch : public QObject {
    Q_OBJECT
public:
    struct Hit {
        int page = -1;
        int index = -1;      // on its page
        QList<QRectF> rects; // in page points, origin top left
        bool isValid() const { return page >= 0; }
    };

    explicit PdfSearch(QObject* parent = nullptr);

    void setDocument(QPdfDocument* document);
    static constexpr int kSeekBudgetMs = 30; // of searching before the event loop runs again

    // Starts a new search; the current hit becomes the first one at or after `fromPage` once
    // found (isSeeking() until then).
    void setText(const QString& text, int fromPage = 0);
    bool isSeeking() const { return m_seekLeft > 0; }
    QString text() const;
    QList<QRectF> hitsOnPage(int page) const; // every hit's rectangles on the page
    Hit current() const { return m_current; }
    int currentNumber() const; // 1-based among all hits, 0 without one
    int count() const;         // hits found so far

public slots:
    void next();
    void previous();

signals:
    void currentChanged(const zt::ui::PdfSearch::Hit& hit);
    void countChanged(int count);
    void seekingChanged(bool seeking);

private:
    Hit firstFrom(int page, int index, int step) const; // walks pages, wrapping around
    Hit hitAt(int page, int index) const;
    void setCurrent(const Hit& hit);
    void seekStep();

    QPdfSearchModel* m_model;
    QPdfDocument* m_document = nullptr;
    Hit m_current;
    QTimer* m_seekTimer;
    int m_seekPage = 0; // the next page to look at for a first hit
    int m_seekLeft = 0; // pages not looked at yet
};

} // namespace zt::ui
