#include "DingReportModel.h"
#include "DingTexts.h"

namespace zt::ui {

DingReportModel::DingReportModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void DingReportModel::setRows(const QList<chat::DingReportRow>& rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int DingReportModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DingReportModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DingReportModel::raw(const chat::DingReportRow& row, int column) {
    const chat::DingFigures& f = row.figures;
    switch (column) {
    case TextColumn:
        return row.label;
    case SentColumn:
        return row.timeMs;
    case RecipientsColumn:
        return f.recipients;
    case DeliveredColumn:
        return f.delivered;
    case ConfirmedColumn:
        return f.confirmed;
    case ArrivalColumn:
        return f.arrivalRate;
    case ConfirmationColumn:
        return f.confirmationRate;
    case HandlingColumn:
        return f.avgHandlingMs;
    default:
        return {};
    }
}

QVariant DingReportModel::display(const chat::DingReportRow& row, int column) const {
    const chat::DingFigures& f = row.figures;
    switch (column) {
    case TextColumn:
        return row.label.simplified().left(80);
    case SentColumn:
        return DingTexts::time(row.timeMs);
    case ArrivalColumn:
        return DingTexts::percent(f.arrivalRate);
    case ConfirmationColumn:
        return DingTexts::percent(f.confirmationRate);
    case HandlingColumn:
        return f.confirmed > 0 ? DingTexts::duration(f.avgHandlingMs) : QString();
    default:
        return raw(row, column);
    }
}

QVariant DingReportModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const chat::DingReportRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? QVariant(row.label) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == TextColumn ? QVariant()
                                            : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case SortRole:
        return raw(row, index.column());
    case DingIdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant DingReportModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TextColumn:
        return tr("DING");
    case SentColumn:
        return tr("Sent");
    case RecipientsColumn:
        return tr("Recipients");
    case DeliveredColumn:
        return tr("Delivered");
    case ConfirmedColumn:
        return tr("Confirmed");
    case ArrivalColumn:
        return tr("Arrival rate");
    case ConfirmationColumn:
        return tr("Confirmation rate");
    case HandlingColumn:
        return tr("Average handling time");
    default:
        return {};
    }
}

} // namespace zt::ui
