#include "DingRecipientsModel.h"

#include <algorithm>

namespace zt::ui {

DingRecipientsModel::DingRecipientsModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void DingRecipientsModel::setNameOf(NameOf nameOf) {
    m_nameOf = std::move(nameOf);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn));
}

// The same people again (a fresh status of the same DING) only change in place, so that a view
// keeps its selection and scroll position; anyone else resets.
void DingRecipientsModel::setRecipients(const QList<chat::DingRecipient>& recipients) {
    bool samePeople = recipients.size() == m_rows.size() && !m_rows.isEmpty();
    for (qsizetype i = 0; samePeople && i < recipients.size(); ++i)
        samePeople = recipients[i].user == m_rows[i].user;
    if (samePeople) {
        m_rows = recipients;
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = recipients;
    endResetModel();
}

void DingRecipientsModel::clear() {
    setRecipients({});
}

int DingRecipientsModel::delivered() const {
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const chat::DingRecipient& r) { return r.deliveredMs > 0; }));
}

int DingRecipientsModel::read() const {
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const chat::DingRecipient& r) { return r.readMs > 0; }));
}

int DingRecipientsModel::confirmed() const {
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const chat::DingRecipient& r) { return r.confirmedMs > 0; }));
}

int DingRecipientsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DingRecipientsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 DingRecipientsModel::timeOf(const chat::DingRecipient& r, int column) {
    switch (column) {
    case DeliveredColumn:
        return r.deliveredMs;
    case ReadColumn:
        return r.readMs;
    case ConfirmedColumn:
        return r.confirmedMs;
    default:
        return 0;
    }
}

QVariant DingRecipientsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const chat::DingRecipient& r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column == NameColumn ? DingTexts::name(m_nameOf, r.user)
                                    : DingTexts::time(timeOf(r, column));
    case SortRole:
        if (column == NameColumn) return DingTexts::name(m_nameOf, r.user);
        return timeOf(r, column);
    case UserIdRole:
        return r.user;
    case Qt::AccessibleTextRole:
        if (column != NameColumn && timeOf(r, column) <= 0) return tr("Not yet");
        return data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant DingRecipientsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn:
        return tr("Recipient");
    case DeliveredColumn:
        return tr("Delivered at");
    case ReadColumn:
        return tr("Read at");
    case ConfirmedColumn:
        return tr("Confirmed at");
    default:
        return {};
    }
}

} // namespace zt::ui
