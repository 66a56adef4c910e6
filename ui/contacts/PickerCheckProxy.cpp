#include "PickerCheckProxy.h"
#include "PickedList.h"

namespace zt::ui {

PickerCheckProxy::PickerCheckProxy(PickedList* picked, Resolver resolve, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_picked(picked)
    , m_resolve(std::move(resolve)) {
    // Any change can check or uncheck rows anywhere: a unit covers everyone shown under it.
    connect(m_picked, &PickedList::changed, this, [this] { announceChecks(); });
}

PickerCheckProxy::Row PickerCheckProxy::rowAt(const QModelIndex& index) const {
    if (!index.isValid() || !sourceModel()) return {};
    return m_resolve(mapToSource(index));
}

// The name of a chosen unit above this row (in the tree), or empty.
QString PickerCheckProxy::coveringUnit(const QModelIndex& index) const {
    for (QModelIndex i = index.parent(); i.isValid(); i = i.parent()) {
        const Row row = rowAt(i);
        if (!row.isPerson && m_picked->containsUnit(row.node.id)) return row.node.name;
    }
    return {};
}

PickerCheckProxy::Check PickerCheckProxy::checkOf(const QModelIndex& index) const {
    const Row row = rowAt(index);
    const bool chosen = row.isPerson ? m_picked->containsPerson(row.person.id)
                                     : m_picked->containsUnit(row.node.id);
    if (chosen) return {true, true, true, {}};
    if (row.isPerson && m_picked->isExcluded(row.person))
        return {false, false, false, tr("%1 cannot be chosen here.").arg(row.person.name)};
    if (const QString unit = coveringUnit(index); !unit.isEmpty())
        return {true, false, true, tr("Included with %1").arg(unit)};
    if (row.isPerson) return {row.person.id != 0, row.person.id != 0, false, {}};
    if (!m_picked->canChooseUnit(row.node)) return {};
    return {true, true, false,
            tr("Check to choose the whole unit (%Ln people)", nullptr, row.node.memberCount)};
}

Qt::ItemFlags PickerCheckProxy::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QIdentityProxyModel::flags(index) & ~Qt::ItemIsEditable;
    if (index.isValid() && checkOf(index).checkable) flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant PickerCheckProxy::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    if (role == Qt::CheckStateRole) {
        const Check check = checkOf(index);
        if (!check.shown) return {};
        return int(check.checked ? Qt::Checked : Qt::Unchecked);
    }
    if (role == Qt::ToolTipRole) {
        const QString why = checkOf(index).why;
        if (!why.isEmpty()) return why;
    }
    return QIdentityProxyModel::data(index, role);
}

bool PickerCheckProxy::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::CheckStateRole) return QIdentityProxyModel::setData(index, value, role);
    if (!index.isValid() || !checkOf(index).checkable) return false;
    return setChosen(index, value.toInt() == Qt::Checked);
}

bool PickerCheckProxy::setChosen(const QModelIndex& index, bool chosen) {
    const Row row = rowAt(index);
    if (!index.isValid()) return false;
    if (!chosen) {
        row.isPerson ? m_picked->removePerson(row.person.id) : m_picked->removeUnit(row.node.id);
        return true;
    }
    // Excluded people are asked for too: the PickedList then says why they cannot be chosen.
    const auto outcome =
        row.isPerson ? m_picked->addPerson(row.person) : m_picked->addUnit(row.node);
    return outcome != PickedList::Outcome::Refused;
}

bool PickerCheckProxy::toggle(const QModelIndex& index) {
    const Check check = checkOf(index);
    if (!check.checkable && !(rowAt(index).isPerson && !check.checked)) return false;
    return setChosen(index, !check.checked);
}

// Every row loaded so far, one range per parent: the lazy tree holds only what was opened.
void PickerCheckProxy::announceChecks(const QModelIndex& parent) {
    const int rows = rowCount(parent);
    if (rows == 0) return;
    emit dataChanged(index(0, 0, parent), index(rows - 1, 0, parent),
                     {Qt::CheckStateRole, Qt::ToolTipRole});
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = index(row, 0, parent);
        if (rowCount(child) > 0) announceChecks(child);
    }
}

} // namespace zt::ui
