#pragma once
// The reusable people picker (选人): chat groups, DING, approvals and meetings choose their
// recipients with it. Left: search as you type and the organisation tree, people checkable and
// units choosable whole; right: the chosen people and units, each removable, and a running
// total. Callers set the title (setWindowTitle), a limit (DING and groups use 2,000), whether
// whole units are allowed, who is preselected and who is excluded (say, the sender).
#include "PickerSelection.h"

#include <QDialog>
#include <QList>
#include <QSet>

class QAbstractItemView;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTimer;
class QTreeView;

namespace zt::core {
class ClientCore;
}
namespace zt::contacts {
class DirectoryTreeModel;
class PeopleModel;
} // namespace zt::contacts

namespace zt::ui {

class DirectoryLink;
class PickedList;
class PickerCheckProxy;

class PeoplePicker : public QDialog {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 150; // as in the contacts pane
    static constexpr int kResultLimit = 50;

    // The account open in core must stay open while the picker is shown.
    explicit PeoplePicker(core::ClientCore* core, QWidget* parent = nullptr);
    ~PeoplePicker() override;

    void setMaximum(int maximum); // at most this many people (units by member count); 0: any
    int maximum() const;
    void setAllowUnits(bool allow); // default true
    bool allowUnits() const;
    void setPreselected(const PickerSelection& selection);
    void setExcluded(const QSet<qint64>& userIds); // account ids (PersonInfo::userId)
    PickerSelection selection() const;

    bool isAttached() const { return m_attached; } // the directory answers: search and tree work
    bool showsResults() const;
    QLineEdit* searchBox() const { return m_search; }
    QTreeView* treeView() const { return m_treeView; }
    QListView* resultsView() const { return m_resultsView; }
    QListView* unitsView() const { return m_unitsView; }
    QListView* chosenView() const { return m_chosenView; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* totalLabel() const { return m_total; }
    QPushButton* okButton() const { return m_ok; }
    QPushButton* removeButton() const { return m_remove; }
    PickedList* picked() const { return m_picked; }
    contacts::PeopleModel* results() const { return m_results; }
    contacts::DirectoryTreeModel* tree() const { return m_tree; }
    PickerCheckProxy* treeChecks() const { return m_treeChecks; }
    PickerCheckProxy* resultChecks() const { return m_resultChecks; }
    PickerCheckProxy* unitChecks() const { return m_unitChecks; }

signals:
    void attached();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildBrowser();
    QWidget* buildChosen();
    QListView* listView(const char* name, const QString& accessibleName);
    void attachModels(core::ClientCore* core);
    void createProxies();
    void connectSignals();
    void onAttached();
    void onTextChanged(const QString& text);
    void runSearch();
    void onResults(bool fromServer);
    void showUnits();
    void updateSummary();
    void showMessage(const QString& message);
    void removeCurrent();
    bool handleSearchKey(int key);
    bool handleViewKey(QAbstractItemView* view, int key);
    void moveResult(int step);
    void addCurrentResult();

    DirectoryLink* m_link;                // no parent: retired with the models, see the destructor
    contacts::DirectoryTreeModel* m_tree; // no parent, as above
    contacts::PeopleModel* m_results;     // no parent, as above
    QStandardItemModel* m_unitItems;
    QList<contacts::NodeInfo> m_units; // the units found, row for row with m_unitItems
    PickedList* m_picked;
    PickerCheckProxy* m_treeChecks = nullptr;
    PickerCheckProxy* m_resultChecks = nullptr;
    PickerCheckProxy* m_unitChecks = nullptr;
    bool m_attached = false;
    bool m_answered = true;    // the results shown belong to the text in the search box
    bool m_addPending = false; // Enter came before the answer
    QLineEdit* m_search;
    QTimer* m_debounce;
    QStackedWidget* m_stack;
    QTreeView* m_treeView = nullptr;
    QListView* m_resultsView = nullptr;
    QListView* m_unitsView = nullptr;
    QLabel* m_unitsLabel = nullptr;
    QListView* m_chosenView = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_clear = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_message;
    QPushButton* m_ok = nullptr;
};

} // namespace zt::ui
