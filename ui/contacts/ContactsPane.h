#pragma once
// The contacts pane (政务通讯录): search with filters, the organisation tree with breadcrumbs,
// starred and recent contacts on the left; the card of the chosen person on the right.
// Models live here on the GUI thread; the directory service they ask lives on the core thread.
#include "contacts/DirectoryProtocol.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolButton;
class QTreeView;

namespace zt::core {
class ClientCore;
}
namespace zt::contacts {
class DirectoryTreeModel;
class PeopleModel;
} // namespace zt::contacts

namespace zt::ui {

class Breadcrumbs;
class DirectoryLink;
class PersonCard;
class SearchFilters;
class TreeRevealer;

class ContactsPane : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 150;
    static constexpr int kResultLimit = 50;
    enum Tab { OrganisationTab, StarredTab, RecentTab, FrequentTab };

    explicit ContactsPane(core::ClientCore* core, QWidget* parent = nullptr);

    QLineEdit* searchBox() const { return m_search; }
    QListView* resultsView() const { return m_resultsView; }
    QTreeView* treeView() const { return m_treeView; }
    QToolButton* myUnitButton() const { return m_myUnit; }
    QTabWidget* tabs() const { return m_tabs; }
    PersonCard* card() const { return m_card; }
    Breadcrumbs* breadcrumbs() const { return m_crumbs; }
    contacts::PeopleModel* results() const { return m_results; }
    contacts::PeopleModel* starred() const { return m_starred; }
    contacts::PeopleModel* frequent() const { return m_frequent; }
    contacts::DirectoryTreeModel* tree() const { return m_tree; }
    bool showsResults() const;

public slots:
    // Call after ClientCore::ready(): fresh models, connected to the service that now exists.
    void attach();
    // After signing out: forget everything shown and accept no more input.
    void detach();
    void openPerson(const contacts::PersonInfo& person);

signals:
    void messageRequested(qint64 userId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildBrowser();
    QWidget* buildResults();
    QListView* peopleView(const char* name, const QString& accessibleName);
    void connectSignals();
    void onAttached(quint64 generation);
    void setTreeModel(contacts::DirectoryTreeModel* model);
    void runSearch();
    void onTextChanged(const QString& text);
    void showUnits();
    void onUnitClicked(QListWidgetItem* item);
    void onPathResolved(qint64 node, const QList<qint64>& ids);
    void onTreeCurrentChanged();
    void onCrumbClicked(int depth);
    void onPersonLoaded(const contacts::PersonInfo& person, bool starred, bool fromServer);
    void onStarredLoaded(const QList<contacts::PersonInfo>& people);
    void onStarToggled(qint64 personId, bool starred);
    void openRow(contacts::PeopleModel* model, int row);
    qint64 selectedNode() const;
    bool handleSearchKey(int key);

    core::ClientCore* m_core;
    DirectoryLink* m_link;
    quint64 m_generation = 0; // which attach() the shown models belong to
    contacts::DirectoryTreeModel* m_tree = nullptr;
    contacts::PeopleModel* m_results = nullptr;
    contacts::PeopleModel* m_starred;
    contacts::PeopleModel* m_recent;
    contacts::PeopleModel* m_frequent;
    QSet<qint64> m_starredIds;
    bool m_starredKnown = false;
    QLineEdit* m_search;
    SearchFilters* m_filters;
    QTimer* m_debounce;
    QStackedWidget* m_stack;
    QTabWidget* m_tabs;
    Breadcrumbs* m_crumbs;
    QTreeView* m_treeView;
    QToolButton* m_myUnit;
    TreeRevealer* m_revealer;
    QListView* m_starredView;
    QListView* m_recentView;
    QListView* m_frequentView;
    QLabel* m_unitsLabel;
    QListWidget* m_unitList;
    QListView* m_resultsView;
    PersonCard* m_card;
};

} // namespace zt::ui
