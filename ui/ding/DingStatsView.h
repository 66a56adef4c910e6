#pragma once
// Statistics of my DINGs over a period (last 7 days, last 30 days, or from–to): the totals as
// numbers (recipients, arrival rate, confirmation rate, average handling time), a bar chart per
// receiving unit, and the period's DINGs with their own figures. It asks for the figures with
// statsRequested(from, to) and shows what setReport() hands it.
#include "chat/DingReport.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace zt::ui {

class DingReportModel;
class DingUnitChart;

class DingStatsView : public QWidget {
    Q_OBJECT
public:
    enum Period { Last7Days, Last30Days, Custom };

    explicit DingStatsView(QWidget* parent = nullptr);

    void setPeriod(Period period);
    void setCustomRange(const QDate& from, const QDate& to); // and switches to Custom
    // The period as server ms: from the first day's midnight to now (or the last day's end).
    std::pair<qint64, qint64> range() const;
    const chat::DingReport& report() const { return m_report; }

    QComboBox* periodBox() const { return m_period; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QPushButton* refreshButton() const { return m_refresh; }
    QLabel* recipientsLabel() const { return m_recipients; }
    QLabel* arrivalLabel() const { return m_arrival; }
    QLabel* confirmationLabel() const { return m_confirmation; }
    QLabel* handlingLabel() const { return m_handling; }
    QLabel* messageLabel() const { return m_message; }
    DingUnitChart* chart() const { return m_chart; }
    DingReportModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

public slots:
    void refresh(); // emits statsRequested for the period chosen
    void setReport(const zt::chat::DingReport& report);
    void showMessage(const QString& message);
    void clear();

signals:
    void statsRequested(qint64 fromMs, qint64 toMs);

private:
    QWidget* buildFigures();
    QLabel* figure(const char* name, const QString& accessibleName);

    chat::DingReport m_report;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_refresh;
    QLabel* m_recipients = nullptr;
    QLabel* m_arrival = nullptr;
    QLabel* m_confirmation = nullptr;
    QLabel* m_handling = nullptr;
    QLabel* m_message;
    DingUnitChart* m_chart;
    DingReportModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_table;
};

} // namespace zt::ui
