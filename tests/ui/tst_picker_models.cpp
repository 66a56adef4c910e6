// The people picker's models without a server: the selection's count, the chosen list's rules
// (limit, exclusions, units, preselection) and the check boxes over a small tree, each under
// QAbstractItemModelTester.
#include "contacts/PickedList.h"
#include "contacts/PickerCheckProxy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <limits>

using namespace zt;
using ui::PickedList;

namespace {

contacts::NodeInfo unit(qint64 id, const QString& name, int members,
                        contacts::NodeKind kind = contacts::NodeKind::Unit) {
    contacts::NodeInfo node;
    node.id = id;
    node.name = name;
    node.memberCount = members;
    node.kind = kind;
    return node;
}

contacts::PersonInfo person(qint64 id, const QString& name, qint64 userId = 0) {
    contacts::PersonInfo p;
    p.id = id;
    p.name = name;
    p.userId = userId;
    return p;
}

} // namespace

class TstPickerModels : public QObject {
    Q_OBJECT

private slots:
    void selectionCountsUnitsByMembers();
    void pickedListRules();
    void checkBoxesOverTree();
};

void TstPickerModels::selectionCountsUnitsByMembers() {
    ui::PickerSelection selection;
    QCOMPARE(selection.estimatedCount(), 0);
    QVERIFY(selection.isEmpty());
    selection.people << person(1, QStringLiteral("李娜")) << person(2, QStringLiteral("王芳"));
    selection.units << unit(10, QStringLiteral("办公室"), 12) << unit(11, QStringLiteral("局"), 30);
    QCOMPARE(selection.estimatedCount(), 44); // an upper bound: overlaps count twice
    selection.units << unit(12, QStringLiteral("省"), std::numeric_limits<int>::max());
    QCOMPARE(selection.estimatedCount(), std::numeric_limits<int>::max()); // no overflow
}

// The rules on their own, without a server: limit, exclusions, units, preselection.
void TstPickerModels::pickedListRules() {
    PickedList list;
    QAbstractItemModelTester tester(&list);
    QSignalSpy refused(&list, &PickedList::refused);
    list.setMaximum(13);
    QCOMPARE(list.addPerson(person(1, QStringLiteral("李娜"))), PickedList::Outcome::Added);
    QCOMPARE(list.addPerson(person(1, QStringLiteral("李娜"))), PickedList::Outcome::AlreadyChosen);
    QCOMPARE(list.addUnit(unit(10, QStringLiteral("办公室"), 12)), PickedList::Outcome::Added);
    QCOMPARE(list.estimatedCount(), 13);
    QCOMPARE(list.index(1).data().toString(), QStringLiteral("办公室 (12 people)"));
    QCOMPARE(list.addPerson(person(2, QStringLiteral("王芳"))), PickedList::Outcome::Refused);
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.last().at(0).toString().contains(QStringLiteral("王芳")),
             qPrintable(refused.last().at(0).toString()));
    // Regions are not units; empty units add nobody.
    QCOMPARE(list.addUnit(unit(20, QStringLiteral("浙江省"), 5, contacts::NodeKind::Division)),
             PickedList::Outcome::Refused);
    QCOMPARE(list.addUnit(unit(21, QStringLiteral("空科"), 0)), PickedList::Outcome::Refused);

    list.setExcluded({99});
    QCOMPARE(list.addPerson(person(3, QStringLiteral("张伟"), 99)), PickedList::Outcome::Refused);
    list.setAllowUnits(false); // drops the chosen unit
    QCOMPARE(list.rowCount(), 1);
    QCOMPARE(list.addUnit(unit(10, QStringLiteral("办公室"), 12)), PickedList::Outcome::Refused);

    // Preselection keeps what is allowed, even past the limit, which overLimit() then reports.
    list.setAllowUnits(true);
    ui::PickerSelection pre;
    pre.people << person(3, QStringLiteral("张伟"), 99) << person(4, QStringLiteral("曾丽"));
    pre.units << unit(10, QStringLiteral("办公室"), 12) << unit(10, QStringLiteral("办公室"), 12);
    list.setSelection(pre);
    QCOMPARE(list.rowCount(), 2); // the excluded one and the duplicate unit left out
    QCOMPARE(list.estimatedCount(), 13);
    list.setMaximum(5);
    QVERIFY(list.overLimit());
    list.removeUnit(10);
    QVERIFY(!list.overLimit());
    QCOMPARE(list.selection().people.value(0).name, QStringLiteral("曾丽"));
}

// The check boxes over a small tree of the directory's shape, under a tester that watches every
// change: a unit › a department › people, and a region.
void TstPickerModels::checkBoxesOverTree() {
    enum { IdRole = Qt::UserRole + 1, PersonRole, MembersRole, KindRole, UserRole };
    QStandardItemModel source;
    const auto item = [](const QString& name, qint64 id, bool isPerson, int members = 0,
                         contacts::NodeKind kind = contacts::NodeKind::Unit, qint64 user = 0) {
        auto* i = new QStandardItem(name);
        i->setData(id, IdRole);
        i->setData(isPerson, PersonRole);
        i->setData(members, MembersRole);
        i->setData(int(kind), KindRole);
        i->setData(user, UserRole);
        return i;
    };
    QStandardItem* office = item(QStringLiteral("办公室"), 10, false, 3);
    QStandardItem* section =
        item(QStringLiteral("秘书科"), 11, false, 2, contacts::NodeKind::Department);
    section->appendRow(item(QStringLiteral("甲"), 1, true));
    section->appendRow(item(QStringLiteral("乙"), 2, true, 0, {}, 99));
    office->appendRow(section);
    office->appendRow(item(QStringLiteral("丙"), 3, true));
    source.appendRow(office);
    source.appendRow(item(QStringLiteral("浙江省"), 20, false, 3, contacts::NodeKind::Division));

    PickedList picked;
    ui::PickerCheckProxy checks(&picked, [](const QModelIndex& i) {
        ui::PickerCheckProxy::Row row;
        row.isPerson = i.data(PersonRole).toBool();
        const qint64 id = i.data(IdRole).toLongLong();
        const QString name = i.data().toString();
        if (row.isPerson)
            row.person = person(id, name, i.data(UserRole).toLongLong());
        else
            row.node = unit(id, name, i.data(MembersRole).toInt(),
                            contacts::NodeKind(i.data(KindRole).toInt()));
        return row;
    });
    checks.setSourceModel(&source);
    QAbstractItemModelTester tester(&checks);
    const QModelIndex officeAt = checks.index(0, 0);
    const QModelIndex sectionAt = checks.index(0, 0, officeAt);
    const QModelIndex jia = checks.index(0, 0, sectionAt);
    const QModelIndex yi = checks.index(1, 0, sectionAt);
    const QModelIndex bing = checks.index(1, 0, officeAt);
    QVERIFY(checks.flags(officeAt) & Qt::ItemIsUserCheckable);
    QVERIFY(!(checks.flags(checks.index(1, 0)) & Qt::ItemIsUserCheckable)); // a region
    QVERIFY(!checks.index(1, 0).data(Qt::CheckStateRole).isValid());

    QVERIFY(checks.setData(jia, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(jia.data(Qt::CheckStateRole).toInt(), Qt::Checked);
    picked.setExcluded({99});
    QVERIFY(!(checks.flags(yi) & Qt::ItemIsUserCheckable));
    QVERIFY(!yi.data(Qt::CheckStateRole).isValid());

    // The whole unit: everyone shown under it is checked with it and cannot be unchecked
    // alone; 甲, chosen by name too, still can.
    QVERIFY(checks.toggle(officeAt));
    QCOMPARE(picked.estimatedCount(), 4); // an upper bound: 甲 counts twice
    for (const QModelIndex& i : {sectionAt, bing}) {
        QCOMPARE(i.data(Qt::CheckStateRole).toInt(), Qt::Checked);
        QVERIFY(!(checks.flags(i) & Qt::ItemIsUserCheckable));
        QCOMPARE(i.data(Qt::ToolTipRole).toString(), QStringLiteral("Included with 办公室"));
    }
    QVERIFY(checks.flags(jia) & Qt::ItemIsUserCheckable);
    QVERIFY(!checks.toggle(bing));
    QVERIFY(checks.toggle(officeAt)); // taken out again
    QCOMPARE(bing.data(Qt::CheckStateRole).toInt(), Qt::Unchecked);

    picked.setMaximum(2);
    QVERIFY(!checks.setData(officeAt, Qt::Checked, Qt::CheckStateRole)); // 1 + 3 > 2
    QVERIFY(checks.setData(bing, Qt::Checked, Qt::CheckStateRole));      // 1 + 1
    QCOMPARE(picked.rowCount(), 2);
}

QTEST_MAIN(TstPickerModels)
#include "tst_picker_models.moc"
