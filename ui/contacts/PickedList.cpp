#include "PickedList.h"

#include <QLocale>
#include <limits>

namespace zt::ui {

using contacts::NodeInfo;
using contacts::NodeKind;
using contacts::PersonInfo;

PickedList::PickedList(QObject* parent)
    : QAbstractListModel(parent) {
}

void PickedList::setMaximum(int maximum) {
    m_maximum = qMax(0, maximum);
    emit changed(); // over or under the limit now, without any entry having changed
}

void PickedList::setAllowUnits(bool allow) {
    m_allowUnits = allow;
    if (!allow) removeWhere([](const Entry& e) { return e.isUnit; });
    emit changed();
}

void PickedList::setExcluded(const QSet<qint64>& userIds) {
    m_excluded = userIds;
    removeWhere([this](const Entry& e) { return !e.isUnit && isExcluded(e.person); });
    emit changed();
}

bool PickedList::isExcluded(const PersonInfo& person) const {
    return person.userId != 0 && m_excluded.contains(person.userId);
}

// Whole units and departments, not regions: a region holds every unit in it, which is never
// what "everyone in the unit" means. A unit without members would add nobody.
bool PickedList::canChooseUnit(const NodeInfo& node) const {
    return m_allowUnits && node.id != 0 && node.kind != NodeKind::Division && node.memberCount > 0;
}

PickedList::Outcome PickedList::addPerson(const PersonInfo& person) {
    if (person.id == 0) return Outcome::Refused;
    if (m_people.contains(person.id)) return Outcome::AlreadyChosen;
    if (isExcluded(person)) {
        emit refused(tr("%1 cannot be chosen here.").arg(person.name));
        return Outcome::Refused;
    }
    if (!fits(1, person.name)) return Outcome::Refused;
    append(Entry{false, person, {}});
    return Outcome::Added;
}

PickedList::Outcome PickedList::addUnit(const NodeInfo& unit) {
    if (m_units.contains(unit.id)) return Outcome::AlreadyChosen;
    if (!canChooseUnit(unit)) {
        emit refused(m_allowUnits ? tr("%1 cannot be chosen as a whole unit.").arg(unit.name)
                                  : tr("Only people can be chosen here, not whole units."));
        return Outcome::Refused;
    }
    if (!fits(unit.memberCount, unit.name)) return Outcome::Refused;
    append(Entry{true, {}, unit});
    return Outcome::Added;
}

bool PickedList::fits(qint64 more, const QString& name) {
    if (m_maximum <= 0 || m_count + more <= m_maximum) return true;
    const QLocale locale;
    emit refused(tr("Cannot add %1: that would make %2 people, more than the limit of %3.")
                     .arg(name, locale.toString(m_count + more), locale.toString(m_maximum)));
    return false;
}

void PickedList::append(const Entry& entry) {
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries << entry;
    (entry.isUnit ? m_units : m_people).insert(entry.id());
    m_count += entry.count();
    endInsertRows();
    emit changed();
}

template <typename Pred> void PickedList::removeWhere(Pred pred) {
    bool removed = false;
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        const Entry& entry = m_entries[row];
        if (!pred(entry)) continue;
        beginRemoveRows({}, row, row);
        (entry.isUnit ? m_units : m_people).remove(entry.id());
        m_count -= entry.count();
        m_entries.removeAt(row);
        endRemoveRows();
        removed = true;
    }
    if (removed) emit changed();
}

void PickedList::removePerson(qint64 personId) {
    removeWhere([personId](const Entry& e) { return !e.isUnit && e.person.id == personId; });
}

void PickedList::removeUnit(qint64 unitId) {
    removeWhere([unitId](const Entry& e) { return e.isUnit && e.unit.id == unitId; });
}

void PickedList::removeAt(int row) {
    if (row < 0 || row >= m_entries.size()) return;
    const Entry entry = m_entries[row];
    entry.isUnit ? removeUnit(entry.id()) : removePerson(entry.id());
}

void PickedList::clear() {
    removeWhere([](const Entry&) { return true; });
}

PickerSelection PickedList::selection() const {
    PickerSelection selection;
    for (const Entry& entry : m_entries) {
        if (entry.isUnit)
            selection.units << entry.unit;
        else
            selection.people << entry.person;
    }
    return selection;
}

void PickedList::setSelection(const PickerSelection& selection) {
    beginResetModel();
    m_entries.clear();
    m_people.clear();
    m_units.clear();
    m_count = 0;
    auto take = [this](const Entry& entry) {
        QSet<qint64>& ids = entry.isUnit ? m_units : m_people;
        if (ids.contains(entry.id())) return; // listed twice by the caller
        ids.insert(entry.id());
        m_entries << entry;
        m_count += entry.count();
    };
    for (const PersonInfo& person : selection.people)
        if (person.id != 0 && !isExcluded(person)) take(Entry{false, person, {}});
    for (const NodeInfo& unit : selection.units)
        if (canChooseUnit(unit)) take(Entry{true, {}, unit});
    endResetModel();
    emit changed();
}

int PickedList::estimatedCount() const {
    return int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

int PickedList::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString PickedList::unitLabel(const NodeInfo& unit) {
    return tr("%1 (%Ln people)", nullptr, unit.memberCount).arg(unit.name);
}

QString PickedList::displayText(const Entry& entry) const {
    if (entry.isUnit) return unitLabel(entry.unit);
    const QString unit = entry.person.positions.value(0).unitName;
    return unit.isEmpty() ? entry.person.name : entry.person.name + QStringLiteral(" · ") + unit;
}

QVariant PickedList::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size()) return {};
    const Entry& entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(entry);
    case Qt::ToolTipRole:
        return entry.isUnit ? tr("Everyone in this unit and its departments")
                            : entry.person.positions.value(0).title;
    case IsUnitRole:
        return entry.isUnit;
    case IdRole:
        return entry.id();
    case NameRole:
        return entry.isUnit ? entry.unit.name : entry.person.name;
    case CountRole:
        return int(entry.count());
    default:
        return {};
    }
}

QHash<int, QByteArray> PickedList::roleNames() const {
    auto roles = QAbstractListModel::roleNames();
    roles.insert(IsUnitRole, "isUnit");
    roles.insert(IdRole, "id");
    roles.insert(NameRole, "name");
    roles.insert(CountRole, "count");
    return roles;
}

} // namespace zt::ui
