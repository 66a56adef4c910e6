#pragma once
// The DINGs of a statistics period as a table: text, sent at, recipients, delivered, confirmed,
// arrival rate, confirmation rate and average handling time. SortRole gives the raw numbers.
#include "chat/DingReport.h"

#include <QAbstractTableModel>

namespace zt::ui {

class DingReportModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TextColumn,
        SentColumn,
        RecipientsColumn,
        DeliveredColumn,
        ConfirmedColumn,
        ArrivalColumn,
        ConfirmationColumn,
        HandlingColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, DingIdRole };

    explicit DingReportModel(QObject* parent = nullptr);

    void setRows(const QList<chat::DingReportRow>& rows);
    const QList<chat::DingReportRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const chat::DingReportRow& row, int column) const;
    static QVariant raw(const chat::DingReportRow& row, int column);

    QList<chat::DingReportRow> m_rows;
};

} // namespace zt::ui
