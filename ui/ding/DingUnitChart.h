#pragma once
// A small bar chart of how each receiving unit responds to my DINGs: per unit two bars, arrival
// rate and confirmation rate (in %). The ten units with the most recipients are shown by name;
// the rest are summed into "Others" (their rates from the summed counts).
#include "chat/DingReport.h"

#include <QChartView>

class QBarSeries;
class QBarSet;

namespace zt::ui {

class DingUnitChart : public QChartView {
    Q_OBJECT
public:
    static constexpr int kMaxUnits = 10;

    explicit DingUnitChart(QWidget* parent = nullptr);

    // Returns the rows shown: at most kMaxUnits, plus "Others" when there were more.
    static QList<chat::DingReportRow> grouped(const QList<chat::DingReportRow>& units);
    void setUnits(const QList<chat::DingReportRow>& units);

    QBarSeries* series() const { return m_series; }
    QStringList categories() const { return m_categories; }

private:
    QBarSeries* m_series = nullptr;
    QStringList m_categories;
};

} // namespace zt::ui
