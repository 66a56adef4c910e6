#include "DingStatsView.h"
#include "DingReportModel.h"
#include "DingTexts.h"
#include "DingUnitChart.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace zt::ui {

DingStatsView::DingStatsView(QWidget* parent)
    : QWidget(parent)
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_refresh(new QPushButton(tr("&Show"), this))
    , m_message(new QLabel(this))
    , m_chart(new DingUnitChart(this))
    , m_model(new DingReportModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this)) {
    setObjectName(QStringLiteral("dingStatsView"));
    m_period->setObjectName(QStringLiteral("dingPeriodBox"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Last 7 days"), Last7Days);
    m_period->addItem(tr("Last 30 days"), Last30Days);
    m_period->addItem(tr("From … to …"), Custom);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("dingFromEdit"));
    m_from->setAccessibleName(tr("From"));
    if (auto* edit = m_from->findChild<QLineEdit*>()) edit->setAccessibleName(tr("From"));
    m_from->setDate(QDate::currentDate().addDays(-6));
    m_to->setObjectName(QStringLiteral("dingToEdit"));
    m_to->setAccessibleName(tr("To"));
    if (auto* edit = m_to->findChild<QLineEdit*>()) edit->setAccessibleName(tr("To"));
    m_refresh->setObjectName(QStringLiteral("dingStatsRefresh"));
    m_message->setObjectName(QStringLiteral("dingStatsMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_refresh);
    bar->addStretch(1);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(DingReportModel::SortRole);
    m_table->setObjectName(QStringLiteral("dingReportTable"));
    m_table->setAccessibleName(tr("DINGs of the period"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DingReportModel::SentColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DingReportModel::TextColumn,
                                                      QHeaderView::Stretch);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(buildFigures());
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_period->currentData().toInt() == Custom;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        refresh();
    });
    connect(m_refresh, &QPushButton::clicked, this, &DingStatsView::refresh);
    clear();
}

QLabel* DingStatsView::figure(const char* name, const QString& accessibleName) {
    auto* label = new QLabel(this);
    label->setObjectName(QString::fromLatin1(name));
    label->setAccessibleName(accessibleName);
    QFont big = label->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    label->setFont(big);
    return label;
}

QWidget* DingStatsView::buildFigures() {
    auto* box = new QWidget(this);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_recipients = figure("dingFigureRecipients", tr("Recipients"));
    m_arrival = figure("dingFigureArrival", tr("Arrival rate"));
    m_confirmation = figure("dingFigureConfirmation", tr("Confirmation rate"));
    m_handling = figure("dingFigureHandling", tr("Average handling time"));
    const QList<std::pair<QLabel*, QString>> figures{{m_recipients, tr("Recipients")},
                                                     {m_arrival, tr("Arrival rate")},
                                                     {m_confirmation, tr("Confirmation rate")},
                                                     {m_handling, tr("Average handling time")}};
    for (int i = 0; i < figures.size(); ++i) {
        grid->addWidget(figures[i].first, 0, i, Qt::AlignHCenter);
        grid->addWidget(new QLabel(figures[i].second, box), 1, i, Qt::AlignHCenter);
    }
    return box;
}

void DingStatsView::setPeriod(Period period) {
    m_period->setCurrentIndex(m_period->findData(period)); // refreshes when it changes
}

void DingStatsView::setCustomRange(const QDate& from, const QDate& to) {
    const QSignalBlocker block(m_period);
    m_from->setDate(from);
    m_to->setDate(to);
    m_period->setCurrentIndex(m_period->findData(Custom));
    m_from->setEnabled(true);
    m_to->setEnabled(true);
}

std::pair<qint64, qint64> DingStatsView::range() const {
    const QDate today = QDate::currentDate();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    switch (Period(m_period->currentData().toInt())) {
    case Last7Days:
        return {today.addDays(-6).startOfDay().toMSecsSinceEpoch(), now};
    case Last30Days:
        return {today.addDays(-29).startOfDay().toMSecsSinceEpoch(), now};
    case Custom:
        break;
    }
    const QDate from = qMin(m_from->date(), m_to->date());
    const QDate to = qMax(m_from->date(), m_to->date());
    return {from.startOfDay().toMSecsSinceEpoch(), to.endOfDay().toMSecsSinceEpoch()};
}

void DingStatsView::refresh() {
    const auto [from, to] = range();
    m_message->setText(tr("Loading…"));
    m_message->setVisible(true);
    emit statsRequested(from, to);
}

void DingStatsView::setReport(const chat::DingReport& report) {
    m_report = report;
    const chat::DingFigures& t = report.total;
    m_recipients->setText(QString::number(t.recipients));
    m_arrival->setText(DingTexts::percent(t.arrivalRate));
    m_confirmation->setText(DingTexts::percent(t.confirmationRate));
    m_handling->setText(t.confirmed > 0 ? DingTexts::duration(t.avgHandlingMs) : tr("—"));
    m_chart->setUnits(report.units);
    m_model->setRows(report.dings);
    m_message->setText(report.dings.isEmpty() ? tr("You sent no DING in this period.") : QString());
    m_message->setVisible(report.dings.isEmpty());
}

void DingStatsView::showMessage(const QString& message) {
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void DingStatsView::clear() {
    m_report = {};
    for (QLabel* label : {m_recipients, m_arrival, m_confirmation, m_handling})
        label->setText(tr("—"));
    m_chart->setUnits({});
    m_model->setRows({});
    m_message->setVisible(false);
}

} // namespace zt::ui
