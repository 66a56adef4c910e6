// The DING widgets' models and words on their own (no server): the recipients table (names,
// empty times while not yet, in-place updates, sorting by time), the period's DINGs with their
// rates and handling time, the sent list, durations and percentages, and the chart's grouping of
// the units beyond ten into "Others". Every model runs under QAbstractItemModelTester.
#include "ding/DingRecipientsModel.h"
#include "ding/DingReportModel.h"
#include "ding/DingSentModel.h"
#include "ding/DingStatsView.h"
#include "ding/DingStatusView.h"
#include "ding/DingTexts.h"
#include "ding/DingUnitChart.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace zt;

namespace {

chat::DingRecipient recipient(qint64 user, qint64 delivered, qint64 read, qint64 confirmed) {
    return {user, delivered, read, confirmed};
}

chat::DingReportRow unitRow(qint64 id, const QString& name, int recipients, int delivered,
                            int confirmed) {
    chat::DingReportRow row;
    row.id = id;
    row.label = name;
    row.figures.recipients = recipients;
    row.figures.delivered = delivered;
    row.figures.confirmed = confirmed;
    row.figures.arrivalRate = double(delivered) / recipients;
    row.figures.confirmationRate = double(confirmed) / recipients;
    return row;
}

} // namespace

class TstDingModels : public QObject {
    Q_OBJECT

private slots:
    void modelsUnderTester();
    void textsAndChartGrouping();
    void statusViewRedoRests();
    void statsViewFigures();
};

void TstDingModels::modelsUnderTester() {
    ui::DingRecipientsModel recipients;
    QAbstractItemModelTester t1(&recipients,
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    recipients.setNameOf([](qint64 id) { return id == 2 ? QStringLiteral("李娜") : QString(); });
    recipients.setRecipients({recipient(2, 1000, 2000, 3000), recipient(3, 1000, 0, 0)});
    QCOMPARE(recipients.rowCount(), 2);
    QCOMPARE(recipients.columnCount(), 4);
    QCOMPARE(recipients.index(0, 0).data().toString(), QStringLiteral("李娜"));
    QCOMPARE(recipients.index(1, 0).data().toString(), QStringLiteral("User 3"));
    QCOMPARE(recipients.index(1, ui::DingRecipientsModel::ConfirmedColumn).data().toString(),
             QString());
    QCOMPARE(recipients.confirmed(), 1);
    QCOMPARE(recipients.delivered(), 2);
    recipients.setRecipients({recipient(2, 1000, 2000, 3000), recipient(3, 1000, 1500, 2500)});
    QCOMPARE(recipients.confirmed(), 2);
    recipients.setRecipients({recipient(4, 0, 0, 0)});

    // Sorted by confirmation time, those not yet there come first.
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&recipients);
    sorted.setSortRole(ui::DingRecipientsModel::SortRole);
    recipients.setRecipients({recipient(2, 1000, 2000, 3000), recipient(3, 1000, 0, 0)});
    sorted.sort(ui::DingRecipientsModel::ConfirmedColumn, Qt::AscendingOrder);
    QCOMPARE(sorted.index(0, 0).data(ui::DingRecipientsModel::UserIdRole).toLongLong(), 3);

    ui::DingReportModel report;
    QAbstractItemModelTester t2(&report, QAbstractItemModelTester::FailureReportingMode::QtTest);
    chat::DingReportRow row = unitRow(9, QStringLiteral("请报送值班表"), 4, 3, 2);
    row.figures.avgHandlingMs = 204'000;
    report.setRows({row});
    QCOMPARE(report.index(0, ui::DingReportModel::ArrivalColumn).data().toString(),
             QStringLiteral("75.0%"));
    QCOMPARE(report.index(0, ui::DingReportModel::ConfirmationColumn).data().toString(),
             QStringLiteral("50.0%"));
    QCOMPARE(report.index(0, ui::DingReportModel::HandlingColumn).data().toString(),
             QStringLiteral("3 min 24 s"));
    report.setRows({});

    ui::DingSentModel sent;
    QAbstractItemModelTester t3(&sent, QAbstractItemModelTester::FailureReportingMode::QtTest);
    chat::Ding d;
    d.localId = 1;
    d.cid = QStringLiteral("c1");
    d.text = QStringLiteral("通知");
    d.recipients = 3;
    sent.setDings({d});
    QCOMPARE(sent.rowOfCid(QStringLiteral("c1")), 0);
    QVERIFY(sent.index(0).data().toString().contains(QStringLiteral("Waiting")));
    sent.clear();
}

void TstDingModels::textsAndChartGrouping() {
    QCOMPARE(ui::DingTexts::duration(204'000), QStringLiteral("3 min 24 s"));
    QCOMPARE(ui::DingTexts::duration(0), QStringLiteral("0 s"));
    QCOMPARE(ui::DingTexts::duration(7'500'000), QStringLiteral("2 h 5 min"));
    QCOMPARE(ui::DingTexts::percent(0.5), QStringLiteral("50.0%"));
    QList<chat::DingReportRow> units;
    for (int i = 1; i <= 13; ++i)
        units << unitRow(i, QStringLiteral("单位%1").arg(i), i, i, i / 2);
    const QList<chat::DingReportRow> shown = ui::DingUnitChart::grouped(units);
    QCOMPARE(shown.size(), ui::DingUnitChart::kMaxUnits + 1);
    QCOMPARE(shown.first().label, QStringLiteral("单位13")); // the most recipients first
    QCOMPARE(shown.last().label, QStringLiteral("Others"));
    QCOMPARE(shown.last().figures.recipients, 1 + 2 + 3);
    QCOMPARE(shown.last().figures.confirmed, 0 + 1 + 1);
    ui::DingUnitChart chart;
    chart.setUnits(units);
    QCOMPARE(chart.series()->count(), 2);
    QCOMPARE(chart.series()->barSets().at(0)->count(), ui::DingUnitChart::kMaxUnits + 1);
}

// Re-DING rests for the interval after the last send, then wakes up by itself; with everyone
// confirmed there is nobody to remind.
void TstDingModels::statusViewRedoRests() {
    ui::DingStatusView view;
    view.setRedoIntervalMs(300);
    chat::Ding d;
    d.localId = 1;
    d.id = 9;
    d.text = QStringLiteral("请报送");
    d.sentMs = QDateTime::currentMSecsSinceEpoch();
    d.recipients = 2;
    d.state = chat::DeliveryState::Sent;
    view.setStatus(d, {recipient(2, 1, 0, 0), recipient(3, 1, 1, 1)});
    QCOMPARE(view.countsLabel()->text(),
             QStringLiteral("Confirmed 1/2 · Delivered 2/2 · Read 1/2"));
    QVERIFY(!view.redoButton()->isEnabled());
    QVERIFY(view.redoButton()->toolTip().startsWith(QStringLiteral("You can re-DING from")));
    QTRY_VERIFY_WITH_TIMEOUT(view.redoButton()->isEnabled(), 3'000);
    view.setStatus(d, {recipient(2, 1, 1, 1), recipient(3, 1, 1, 1)});
    QVERIFY(!view.redoButton()->isEnabled());
    QCOMPARE(view.redoButton()->toolTip(), QStringLiteral("Everyone has confirmed"));
    d.id = 0; // not yet taken by the server
    view.setStatus(d, {});
    QCOMPARE(view.sentLabel()->text(), QStringLiteral("Waiting to reach the server…"));
    QVERIFY(!view.redoButton()->isEnabled());
}

void TstDingModels::statsViewFigures() {
    ui::DingStatsView view;
    QSignalSpy asked(&view, &ui::DingStatsView::statsRequested);
    view.setPeriod(ui::DingStatsView::Last30Days);
    QCOMPARE(asked.count(), 1);
    const auto [from, to] = view.range();
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(from).date(), QDate::currentDate().addDays(-29));
    QVERIFY(to >= from);
    chat::DingReport report;
    report.total = unitRow(0, {}, 4, 3, 2).figures;
    report.total.avgHandlingMs = 204'000;
    report.units = {unitRow(1, QStringLiteral("余杭区教育局"), 4, 3, 2)};
    report.dings = {unitRow(9, QStringLiteral("请报送"), 4, 3, 2)};
    view.setReport(report);
    QCOMPARE(view.recipientsLabel()->text(), QStringLiteral("4"));
    QCOMPARE(view.arrivalLabel()->text(), QStringLiteral("75.0%"));
    QCOMPARE(view.confirmationLabel()->text(), QStringLiteral("50.0%"));
    QCOMPARE(view.handlingLabel()->text(), QStringLiteral("3 min 24 s"));
    QCOMPARE(view.chart()->categories(), QStringList{QStringLiteral("余杭区教育局")});
    QCOMPARE(view.chart()->series()->barSets().at(0)->at(0), 75.0);
    QCOMPARE(view.model()->rowCount(), 1);
}

QTEST_MAIN(TstDingModels)
#include "tst_ding_models.moc"
