#pragma once
// The people picker's chosen entries, people and whole units, in the order they were chosen.
// The picker's rules live here (nobody excluded, units only when allowed, the limit), so that
// every way of choosing (tree, search, keyboard, preselection) obeys them alike.
#include "PickerSelection.h"

#include <QAbstractListModel>
#include <QSet>

namespace zt::ui {

class PickedList : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IsUnitRole = Qt::UserRole + 1, IdRole, NameRole, CountRole };
    enum class Outcome { Added, AlreadyChosen, Refused };

    explicit PickedList(QObject* parent = nullptr);
    static QString unitLabel(const contacts::NodeInfo& unit); // "办公室 (12 people)"

    void setMaximum(int maximum); // 0: no limit
    int maximum() const { return m_maximum; }
    void setAllowUnits(bool allow); // false also drops the units already chosen
    bool allowUnits() const { return m_allowUnits; }
    void setExcluded(const QSet<qint64>& userIds); // also drops those already chosen
    bool isExcluded(const contacts::PersonInfo& person) const;
    bool canChooseUnit(const contacts::NodeInfo& node) const;

    // Refusals (excluded, units not allowed, over the limit) emit refused() with the reason.
    Outcome addPerson(const contacts::PersonInfo& person);
    Outcome addUnit(const contacts::NodeInfo& unit);
    void removePerson(qint64 personId);
    void removeUnit(qint64 unitId);
    void removeAt(int row);
    void clear();
    bool containsPerson(qint64 personId) const { return m_people.contains(personId); }
    bool containsUnit(qint64 unitId) const { return m_units.contains(unitId); }

    PickerSelection selection() const;
    // Exclusions and allowUnits apply, the limit does not: a caller may preselect more than
    // the limit, and the picker then asks the user to remove some (see overLimit()).
    void setSelection(const PickerSelection& selection);
    int estimatedCount() const; // an upper bound, see PickerSelection::estimatedCount()
    bool overLimit() const { return m_maximum > 0 && m_count > m_maximum; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void changed(); // after every addition or removal
    void refused(const QString& message);

private:
    struct Entry {
        bool isUnit = false;
        contacts::PersonInfo person;
        contacts::NodeInfo unit;
        qint64 id() const { return isUnit ? unit.id : person.id; }
        qint64 count() const { return isUnit ? qMax(0, unit.memberCount) : 1; }
    };
    bool fits(qint64 more, const QString& name);
    void append(const Entry& entry);
    template <typename Pred> void removeWhere(Pred pred);
    QString displayText(const Entry& entry) const;

    QList<Entry> m_entries;
    QSet<qint64> m_people; // person ids chosen one by one
    QSet<qint64> m_units;  // node ids chosen whole
    QSet<qint64> m_excluded;
    qint64 m_count = 0; // running estimatedCount(), wide for the same reason as there
    int m_maximum = 0;
    bool m_allowUnits = true;
};

} // namespace zt::ui
