#include "DingUnitChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>
#include <algorithm>

namespace zt::ui {

DingUnitChart::DingUnitChart(QWidget* parent)
    : QChartView(parent) {
    setObjectName(QStringLiteral("dingUnitChart"));
    setAccessibleName(tr("Arrival and confirmation rate per unit"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    setChart(chart); // the view owns it
    setUnits({});
}

QList<chat::DingReportRow> DingUnitChart::grouped(const QList<chat::DingReportRow>& units) {
    QList<chat::DingReportRow> sorted = units;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const chat::DingReportRow& a, const chat::DingReportRow& b) {
                         return a.figures.recipients > b.figures.recipients;
                     });
    if (sorted.size() <= kMaxUnits) return sorted;
    chat::DingReportRow others;
    others.id = -1;
    others.label = tr("Others");
    for (qsizetype i = kMaxUnits; i < sorted.size(); ++i) {
        others.figures.recipients += sorted[i].figures.recipients;
        others.figures.delivered += sorted[i].figures.delivered;
        others.figures.confirmed += sorted[i].figures.confirmed;
    }
    if (others.figures.recipients > 0) {
        others.figures.arrivalRate = double(others.figures.delivered) / others.figures.recipients;
        others.figures.confirmationRate =
            double(others.figures.confirmed) / others.figures.recipients;
    }
    sorted.resize(kMaxUnits);
    sorted.append(others);
    return sorted;
}

void DingUnitChart::setUnits(const QList<chat::DingReportRow>& units) {
    QChart* c = chart();
    c->removeAllSeries(); // deletes the series and its sets
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_categories.clear();
    m_series = new QBarSeries;
    auto* arrival = new QBarSet(tr("Arrival rate (%)"));
    auto* confirmation = new QBarSet(tr("Confirmation rate (%)"));
    arrival->setColor(QColor(0x1e, 0x88, 0xe5));
    confirmation->setColor(QColor(0x43, 0xa0, 0x47));
    for (const chat::DingReportRow& row : grouped(units)) {
        m_categories << (row.label.isEmpty() ? tr("No unit") : row.label.left(12));
        *arrival << row.figures.arrivalRate * 100.0;
        *confirmation << row.figures.confirmationRate * 100.0;
    }
    m_series->append(arrival);
    m_series->append(confirmation);
    c->addSeries(m_series);
    auto* x = new QBarCategoryAxis;
    x->append(m_categories);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(6);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    m_series->attachAxis(x);
    m_series->attachAxis(y);
    c->setTitle(units.isEmpty() ? tr("No DINGs in this period") : QString());
}

} // namespace zt::ui
