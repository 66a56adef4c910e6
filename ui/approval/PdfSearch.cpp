#include "PdfSearch.h"

#include <QElapsedTimer>
#include <QPdfDocument>
#include <QPdfSearchModel>
#include <QTimer>

namespace zt::ui {

PdfSearch::PdfSearch(QObject* parent)
    : QObject(parent)
    , m_model(new QPdfSearchModel(this))
    , m_seekTimer(new QTimer(this)) {
    m_seekTimer->setSingleShot(true);
    m_seekTimer->setInterval(0);
    connect(m_seekTimer, &QTimer::timeout, this, &PdfSearch::seekStep);
    const auto recount = [this] { emit countChanged(count()); };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, recount);
    connect(m_model, &QAbstractItemModel::modelReset, this, recount);
}

void PdfSearch::setDocument(QPdfDocument* document) {
    m_document = document;
    m_seekTimer->stop();
    m_seekLeft = 0;
    m_model->setSearchString({});
    m_model->setDocument(document);
    setCurrent({});
    emit countChanged(0);
}

QString PdfSearch::text() const {
    return m_model->searchString();
}

void PdfSearch::setText(const QString& text, int fromPage) {
    if (text == m_model->searchString()) return;
    m_model->setSearchString(text);
    setCurrent({});
    const int pages = m_document && !text.isEmpty() ? m_document->pageCount() : 0;
    m_seekPage = pages > 0 ? qBound(0, fromPage, pages - 1) : 0;
    m_seekLeft = pages;
    m_seekTimer->stop();
    if (pages > 0) seekStep();
    emit countChanged(count());
}

void PdfSearch::seekStep() {
    QElapsedTimer budget;
    budget.start();
    const int pages = m_document->pageCount();
    while (m_seekLeft > 0 && budget.elapsed() < kSeekBudgetMs) {
        const Hit hit = hitAt(m_seekPage, 0);
        --m_seekLeft;
        m_seekPage = (m_seekPage + 1) % pages;
        if (hit.isValid()) {
            m_seekLeft = 0;
            setCurrent(hit);
        }
    }
    if (m_seekLeft > 0) return m_seekTimer->start();
    emit seekingChanged(false);
}

QList<QRectF> PdfSearch::hitsOnPage(int page) const {
    QList<QRectF> rects;
    if (!m_document || m_model->searchString().isEmpty()) return rects;
    const QList<QPdfLink> hits = m_model->resultsOnPage(page);
    for (const QPdfLink& hit : hits)
        rects += hit.rectangles();
    return rects;
}

int PdfSearch::count() const {
    return m_model->rowCount({});
}

int PdfSearch::currentNumber() const {
    if (!m_current.isValid()) return 0;
    int before = 0;
    for (int page = 0; page < m_current.page; ++page)
        before += int(m_model->resultsOnPage(page).size());
    return before + m_current.index + 1;
}

PdfSearch::Hit PdfSearch::hitAt(int page, int index) const {
    const QList<QPdfLink> hits = m_model->resultsOnPage(page);
    if (index < 0 || index >= hits.size()) return {};
    return {page, index, hits[index].rectangles()};
}

PdfSearch::Hit PdfSearch::firstFrom(int page, int index, int step) const {
    const int pages = m_document ? m_document->pageCount() : 0;
    // At most every page once, plus the start page again for hits before `index` on it.
    for (int walked = 0; walked <= pages && pages > 0; ++walked) {
        const int onPage = int(m_model->resultsOnPage(page).size());
        if (index < 0) index = onPage - 1; // entering a page backwards: its last hit
        if (index >= 0 && index < onPage) return hitAt(page, index);
        page = (page + step + pages) % pages;
        index = step > 0 ? 0 : -1;
    }
    return {};
}

void PdfSearch::next() {
    if (!m_current.isValid()) return; // also while seeking: the first hit is not there yet
    setCurrent(firstFrom(m_current.page, m_current.index + 1, 1));
}

void PdfSearch::previous() {
    if (!m_current.isValid()) return;
    const Hit& c = m_current;
    const int pages = m_document->pageCount();
    setCurrent(c.index > 0 ? hitAt(c.page, c.index - 1)
                           : firstFrom((c.page - 1 + pages) % pages, -1, -1));
}

void PdfSearch::setCurrent(const Hit& hit) {
    m_current = hit;
    emit currentChanged(m_current);
}

} // namespace zt::ui
