// The people picker offscreen against a real zhengtong-server with the demo directory, signed
// in as 张伟: search and pick by keyboard (pinyin and characters), whole units from the tree
// (Space) and from the units found with their member counts, the limit, removing from the
// chosen list, excluded people, searches kept apart from the contacts pane's. The picker's
// models are under QAbstractItemModelTester (tst_picker_models covers them without a server).
#include "ServerProcess.h"
#include "UiTestSession.h"
#include "contacts/ContactsPane.h"
#include "contacts/DirectoryTreeModel.h"
#include "contacts/PeopleModel.h"
#include "contacts/PeoplePicker.h"
#include "contacts/PickedList.h"
#include "contacts/PickerCheckProxy.h"
#include "shell/MainWindow.h"
#include "shell/NavigationRail.h"
#include "shell/Translator.h"

#include <QAbstractItemModelTester>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <memory>
#include <vector>

using namespace zt;
using contacts::DirectoryTreeModel;
using test::kUiNetTimeoutMs;
using ui::PeoplePicker;
using ui::PickedList;

namespace {

// A picker with a model tester on each of its own models. The testers go first: they must not
// outlive the models they watch.
struct OpenPicker {
    std::unique_ptr<PeoplePicker> dialog;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    PeoplePicker* operator->() const { return dialog.get(); }
};

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

// Latin letters as key presses; Chinese as an input method commits it (QTest has no keys
// for it).
void type(QWidget* widget, const QString& text) {
    bool latin = true;
    for (const QChar c : text)
        latin = latin && c.unicode() < 0x80;
    if (latin) {
        QTest::keyClicks(widget, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(widget, &commit);
}

// The child of parent whose node is called name (rows read "name (count)"), once loaded.
QModelIndex childNamed(const QAbstractItemModel* model, const QModelIndex& parent,
                       const QString& name) {
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex i = model->index(row, 0, parent);
        if (i.data().toString().section(QLatin1Char(' '), 0, 0) == name) return i;
    }
    return {};
}

} // namespace

class TstPeoplePicker : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void searchAndPickByKeyboard();
    void pickWholeUnitFromTree();
    void pickUnitFoundAndLimit();
    void removeFromChosenList();
    void excludedPersonNotPickable();
    void searchesStayApartFromContactsPane();
    void screenshotInChinese();

private:
    OpenPicker openPicker();
    void search(const OpenPicker& picker, const QString& text);
    int accountRow(const OpenPicker& picker, const QString& text, const QString& name);

    QTemporaryDir m_serverData;
    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<test::UiTestSession> m_session;
};

void TstPeoplePicker::initTestCase() {
    QVERIFY(m_serverData.isValid());
    m_server = std::make_unique<test::ServerProcess>(m_serverData.path());
    QVERIFY(m_server->start()); // the demo directory is seeded before it listens
    m_session = std::make_unique<test::UiTestSession>();
    QVERIFY(m_session->signIn(m_server->url().toString(), QStringLiteral("zhangwei")));
}

void TstPeoplePicker::cleanupTestCase() {
    m_session.reset(); // pickers are gone by now: they would post to a stopped core
    m_server.reset();
}

OpenPicker TstPeoplePicker::openPicker() {
    OpenPicker picker;
    picker.dialog = std::make_unique<PeoplePicker>(m_session->core(), m_session->mainWindow());
    // Not the tree's check boxes: a tester walks every row at every change and fetches all it
    // can, which on the lazy tree is the whole directory. checkBoxesOverTree() covers them.
    for (QAbstractItemModel* model : std::initializer_list<QAbstractItemModel*>{
             picker->picked(), picker->resultChecks(), picker->unitChecks()})
        picker.testers.push_back(std::make_unique<QAbstractItemModelTester>(model));
    picker->show();
    if (!QTest::qWaitForWindowExposed(picker.dialog.get())) qWarning("picker not exposed");
    if (!QTest::qWaitFor([&] { return picker->isAttached(); }, kUiNetTimeoutMs))
        qWarning("picker not attached");
    return picker;
}

// Types text into a cleared search box and waits for the server's answer.
void TstPeoplePicker::search(const OpenPicker& picker, const QString& text) {
    picker->searchBox()->clear();
    type(picker->searchBox(), text);
    QVERIFY(picker->showsResults());
    QTRY_VERIFY_WITH_TIMEOUT(picker->results()->serverAnswered(), kUiNetTimeoutMs);
}

// Searches and returns the result row of the demo account called name, or -1.
int TstPeoplePicker::accountRow(const OpenPicker& picker, const QString& text,
                                const QString& name) {
    search(picker, text);
    if (QTest::currentTestFailed()) return -1;
    for (int row = 0; row < picker->results()->rowCount(); ++row) {
        const contacts::PersonInfo p = picker->results()->personAt(row);
        if (p.name == name && p.userId > 0) return row;
    }
    return -1;
}

// "lina", Down to her row and Enter picks 李娜 (the demo account: the directory may hold
// others of that name); "李娜" finds the same person and Enter does not add her twice; typing
// and Enter at once (before the debounce and the answer) adds once the answer is there.
void TstPeoplePicker::searchAndPickByKeyboard() {
    OpenPicker picker = openPicker();
    QVERIFY(picker->isAttached());
    QCOMPARE(test::unnamedFocusableControls(picker.dialog.get()).join(QLatin1Char(',')), QString());
    QVERIFY(!picker->okButton()->isEnabled()); // nobody chosen yet
    QLineEdit* box = picker->searchBox();
    const int row = accountRow(picker, QStringLiteral("lina"), QStringLiteral("李娜"));
    QVERIFY(row >= 0);
    QListView* results = picker->resultsView();
    for (int i = 0; i <= row; ++i) // the focus stays in the box
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(results->currentIndex().row(), row);
    if (row > 0) {
        QTest::keyClick(box, Qt::Key_Up);
        QCOMPARE(results->currentIndex().row(), row - 1);
        QTest::keyClick(box, Qt::Key_Down);
    }
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(picker->picked()->rowCount(), 1);
    const contacts::PersonInfo lina = picker->selection().people.value(0);
    QCOMPARE(lina.name, QStringLiteral("李娜"));
    QVERIFY(lina.userId > 0);
    QVERIFY(picker->isVisible()); // Enter in the search box never presses OK
    QVERIFY(picker->okButton()->isEnabled());
    QCOMPARE(picker->resultChecks()->index(row, 0).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    QCOMPARE(box->selectedText(), QStringLiteral("lina")); // the next name replaces it
    QVERIFY(picker->chosenView()->model()->index(0, 0).data().toString().startsWith(
        QStringLiteral("李娜")));
    QCOMPARE(picker->totalLabel()->text(), QStringLiteral("1 people selected"));
    test::screenshot(picker.dialog.get(), "picker_search");

    const int again = accountRow(picker, QStringLiteral("李娜"), QStringLiteral("李娜"));
    QVERIFY(again >= 0);
    QCOMPARE(picker->results()->personAt(again).id, lina.id);
    QCOMPARE(picker->resultChecks()->index(again, 0).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    picker->resultsView()->setCurrentIndex(picker->resultChecks()->index(again, 0));
    QTest::keyClick(box, Qt::Key_Enter);
    QCOMPARE(picker->picked()->rowCount(), 1); // already chosen

    box->clear();
    QTest::keyClicks(box, QStringLiteral("shanxiaoming"));
    QTest::keyClick(box, Qt::Key_Return); // before the debounce and the answer
    QTRY_COMPARE_WITH_TIMEOUT(picker->picked()->rowCount(), 2, kUiNetTimeoutMs);
    const contacts::PersonInfo shan = picker->selection().people.value(1);
    QCOMPARE(shan.name, QStringLiteral("单晓明"));
    QCOMPARE(box->selectedText(), QStringLiteral("shanxiaoming"));

    // Space in the results toggles: 单晓明 is taken out, and in again.
    QTRY_VERIFY_WITH_TIMEOUT(picker->results()->serverAnswered(), kUiNetTimeoutMs);
    int shanRow = 0;
    while (shanRow < results->model()->rowCount() &&
           picker->results()->personAt(shanRow).id != shan.id)
        ++shanRow;
    results->setCurrentIndex(results->model()->index(shanRow, 0));
    QTest::keyClick(results, Qt::Key_Space);
    QCOMPARE(picker->picked()->rowCount(), 1);
    QTest::keyClick(results, Qt::Key_Space);
    QCOMPARE(picker->picked()->rowCount(), 2);
}

// Space on a unit of the tree chooses it whole: the total grows by its member count, and the
// people and departments shown under it are checked with it and cannot be unchecked alone.
void TstPeoplePicker::pickWholeUnitFromTree() {
    OpenPicker picker = openPicker();
    QTreeView* view = picker->treeView();
    QAbstractItemModel* tree = view->model();
    QTRY_VERIFY_WITH_TIMEOUT(tree->rowCount() > 0, kUiNetTimeoutMs);
    const QModelIndex province = childNamed(tree, {}, QStringLiteral("浙江省"));
    QVERIFY(province.isValid());
    QVERIFY(!(tree->flags(province) & Qt::ItemIsUserCheckable)); // a region, not a unit
    view->expand(province);
    QModelIndex city;
    QTRY_VERIFY_WITH_TIMEOUT(
        (city = childNamed(tree, province, QStringLiteral("杭州市"))).isValid(), kUiNetTimeoutMs);
    view->expand(city);
    QModelIndex office;
    QTRY_VERIFY_WITH_TIMEOUT(
        (office = childNamed(tree, city, QStringLiteral("杭州市人民政府办公室"))).isValid(),
        kUiNetTimeoutMs);
    const int members = office.data(DirectoryTreeModel::MemberCountRole).toInt();
    QVERIFY(members > 1);
    QVERIFY(tree->flags(office) & Qt::ItemIsUserCheckable);
    QCOMPARE(office.data(Qt::CheckStateRole).toInt(), Qt::Unchecked);

    view->setFocus();
    view->setCurrentIndex(office);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(picker->picked()->estimatedCount(), members);
    QCOMPARE(office.data(Qt::CheckStateRole).toInt(), Qt::Checked);
    QCOMPARE(picker->selection().units.value(0).name, QStringLiteral("杭州市人民政府办公室"));
    QCOMPARE(picker->chosenView()->model()->index(0, 0).data().toString(),
             QStringLiteral("杭州市人民政府办公室 (%1 people)").arg(members));
    QCOMPARE(picker->totalLabel()->text(), QStringLiteral("%1 people selected").arg(members));

    view->expand(office);
    QTRY_VERIFY_WITH_TIMEOUT(tree->rowCount(office) > 0, kUiNetTimeoutMs);
    { QAbstractItemModelTester once(tree); } // one pass over what is loaded, no more fetching
    test::screenshot(picker.dialog.get(), "picker_tree_unit");
    const QModelIndex inside = tree->index(0, 0, office);
    QCOMPARE(inside.data(Qt::CheckStateRole).toInt(), Qt::Checked);
    QVERIFY(!(tree->flags(inside) & Qt::ItemIsUserCheckable));
    QVERIFY(
        inside.data(Qt::ToolTipRole).toString().contains(QStringLiteral("杭州市人民政府办公室")));

    QTest::keyClick(view, Qt::Key_Space); // on the unit again: no longer chosen
    QCOMPARE(picker->picked()->rowCount(), 0);
    QCOMPARE(inside.data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
}

// A unit found by name is checked in the units list; with a small limit it is refused with a
// message in the dialog; over the limit (the limit lowered after choosing) OK is disabled.
void TstPeoplePicker::pickUnitFoundAndLimit() {
    OpenPicker picker = openPicker();
    picker->setMaximum(3);
    search(picker, QStringLiteral("lina"));
    QTRY_VERIFY_WITH_TIMEOUT(picker->resultChecks()->rowCount() > 0, kUiNetTimeoutMs);
    QTest::keyClick(picker->searchBox(), Qt::Key_Return);
    QCOMPARE(picker->picked()->rowCount(), 1);

    search(picker, QStringLiteral("余杭区教育局"));
    QListView* units = picker->unitsView();
    QTRY_VERIFY_WITH_TIMEOUT(units->model()->rowCount() > 0, kUiNetTimeoutMs);
    QVERIFY(units->isVisible());
    const QModelIndex found = units->model()->index(0, 0);
    QVERIFY2(found.data().toString().startsWith(QStringLiteral("余杭区教育局 (")),
             qPrintable(found.data().toString()));
    QVERIFY(found.data(Qt::ToolTipRole).toString().contains(QLatin1String("people")));
    units->setFocus();
    units->setCurrentIndex(found);
    QTest::keyClick(units, Qt::Key_Space); // more than 3 people: refused
    QCOMPARE(picker->picked()->rowCount(), 1);
    QLabel* message = picker->messageLabel();
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("余杭区教育局")) &&
                 message->text().contains(QLatin1String("limit of 3")),
             qPrintable(message->text()));
    QVERIFY(picker->okButton()->isEnabled()); // what is chosen is still within the limit
    test::screenshot(picker.dialog.get(), "picker_limit");
    QCOMPARE(found.data(Qt::CheckStateRole).toInt(), Qt::Unchecked);

    picker->setMaximum(0); // no limit: Enter on the unit takes it
    QVERIFY(!message->isVisible());
    QTest::keyClick(units, Qt::Key_Return);
    QCOMPARE(picker->picked()->rowCount(), 2);
    QCOMPARE(found.data(Qt::CheckStateRole).toInt(), Qt::Checked);
    const int total = picker->picked()->estimatedCount();
    QCOMPARE(total, 1 + picker->selection().units.value(0).memberCount);
    QVERIFY(picker->isVisible()); // Enter in a list never presses OK

    picker->setMaximum(3);
    QVERIFY(!picker->okButton()->isEnabled());
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QString::number(total)), qPrintable(message->text()));
    picker->chosenView()->setFocus();
    picker->chosenView()->setCurrentIndex(picker->chosenView()->model()->index(1, 0));
    QTest::keyClick(picker->chosenView(), Qt::Key_Delete); // the unit
    QCOMPARE(picker->picked()->rowCount(), 1);
    QVERIFY(picker->okButton()->isEnabled());
    QVERIFY(!message->isVisible());

    picker->setAllowUnits(false); // the units found are no longer offered
    QCOMPARE(units->model()->rowCount(), 0);
    QVERIFY(!units->isVisible());
}

// The Remove button takes the selected entry; Remove all empties the list.
void TstPeoplePicker::removeFromChosenList() {
    OpenPicker picker = openPicker();
    ui::PickerSelection pre;
    pre.people << person(1, QStringLiteral("甲")) << person(2, QStringLiteral("乙"))
               << person(3, QStringLiteral("丙"));
    picker->setPreselected(pre);
    QCOMPARE(picker->picked()->rowCount(), 3);
    QListView* chosen = picker->chosenView();
    QVERIFY(!picker->removeButton()->isEnabled()); // nothing selected
    chosen->setCurrentIndex(chosen->model()->index(1, 0));
    QVERIFY(picker->removeButton()->isEnabled());
    picker->removeButton()->click();
    QCOMPARE(picker->picked()->rowCount(), 2);
    QCOMPARE(picker->selection().people.value(1).name, QStringLiteral("丙"));
    QCOMPARE(chosen->currentIndex().row(), 1); // the next one, ready for another click
    picker->findChild<QPushButton*>(QStringLiteral("pickerClear"))->click();
    QCOMPARE(picker->picked()->rowCount(), 0);
    QCOMPARE(picker->totalLabel()->text(), QStringLiteral("0 people selected"));
}

// An excluded account (here 王芳) shows in the results without a check box and cannot be added;
// asking says why. Preselecting her does not bring her in either.
void TstPeoplePicker::excludedPersonNotPickable() {
    OpenPicker picker = openPicker();
    const int at = accountRow(picker, QStringLiteral("wangfang"), QStringLiteral("王芳"));
    QVERIFY(at >= 0);
    const contacts::PersonInfo wangfang = picker->results()->personAt(at);
    picker->setExcluded({wangfang.userId});
    const QModelIndex row = picker->resultChecks()->index(at, 0);
    QVERIFY(!(row.flags() & Qt::ItemIsUserCheckable));
    QVERIFY(!row.data(Qt::CheckStateRole).isValid());
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("王芳")));

    QListView* results = picker->resultsView();
    results->setCurrentIndex(row);
    QTest::keyClick(picker->searchBox(), Qt::Key_Return);
    QCOMPARE(picker->picked()->rowCount(), 0);
    QVERIFY(picker->messageLabel()->isVisible());
    QVERIFY2(picker->messageLabel()->text().contains(QStringLiteral("王芳")),
             qPrintable(picker->messageLabel()->text()));
    results->scrollTo(row);
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualRect(row).center());
    QCOMPARE(picker->picked()->rowCount(), 0);

    ui::PickerSelection pre;
    pre.people << wangfang;
    picker->setPreselected(pre);
    QCOMPARE(picker->picked()->rowCount(), 0);
    picker->setExcluded({});
    QVERIFY(row.flags() & Qt::ItemIsUserCheckable);
    // A click anywhere on the row toggles it.
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualRect(row).center());
    QCOMPARE(picker->picked()->rowCount(), 1);
    picker->setExcluded({wangfang.userId}); // excluding drops her from the chosen list
    QCOMPARE(picker->picked()->rowCount(), 0);
}

// Both search through the same service, whose answers reach every results model: the contacts
// pane keeps its own results however many searches the picker makes.
void TstPeoplePicker::searchesStayApartFromContactsPane() {
    ui::MainWindow* window = m_session->mainWindow();
    window->navigationRail()->setCurrentRow(1);
    ui::ContactsPane* pane = window->contactsPane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->searchBox()->isEnabled(), kUiNetTimeoutMs);
    QTest::keyClicks(pane->searchBox(), QStringLiteral("shanxiaoming"));
    QTRY_VERIFY_WITH_TIMEOUT(pane->results()->serverAnswered(), kUiNetTimeoutMs);
    QCOMPARE(pane->results()->personAt(0).name, QStringLiteral("单晓明"));

    OpenPicker picker = openPicker();
    for (const char* query : {"lina", "wangfang", "zengli", "zhangwei", "lina", "wangfang"}) {
        search(picker, QString::fromLatin1(query));
        QVERIFY(picker->results()->rowCount() > 0);
        QVERIFY(picker->results()->personAt(0).name != QStringLiteral("单晓明"));
        QCOMPARE(pane->results()->personAt(0).name, QStringLiteral("单晓明"));
    }
    pane->searchBox()->clear();
}

// Opt-in (ZT_SCREENSHOT_DIR): the picker in Chinese, with a person, a unit and a refusal.
void TstPeoplePicker::screenshotInChinese() {
    if (qEnvironmentVariableIsEmpty("ZT_SCREENSHOT_DIR")) QSKIP("no ZT_SCREENSHOT_DIR");
    ui::Translator translator;
    translator.install(QStringLiteral("zh_CN")); // before the picker builds its texts
    OpenPicker picker = openPicker();
    ui::PickerSelection pre;
    pre.people << person(1, QStringLiteral("李娜"));
    pre.units << unit(2, QStringLiteral("余杭区教育局"), 18);
    picker->setPreselected(pre);
    picker->setMaximum(19);
    search(picker, QStringLiteral("lina"));
    QTRY_VERIFY_WITH_TIMEOUT(picker->resultChecks()->rowCount() > 1, kUiNetTimeoutMs);
    picker->resultsView()->setCurrentIndex(picker->resultChecks()->index(1, 0));
    QTest::keyClick(picker->searchBox(), Qt::Key_Return); // 20 > 19: refused
    QVERIFY(picker->messageLabel()->isVisible());
    test::screenshot(picker.dialog.get(), "picker_zh_CN");
}

QTEST_MAIN(TstPeoplePicker)
#include "tst_people_picker.moc"
