#include "ContactsPane.h"
#include "Breadcrumbs.h"
#include "DirectoryDelegate.h"
#include "DirectoryLink.h"
#include "PersonCard.h"
#include "PersonDelegate.h"
#include "SearchFilters.h"
#include "TreeRevealer.h"
#include "contacts/DirectoryTreeModel.h"
#include "contacts/PeopleModel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <utility>

namespace zt::ui {

using contacts::DirectoryTreeModel;
using contacts::PeopleModel;
using contacts::PersonInfo;

ContactsPane::ContactsPane(core::ClientCore* core, QWidget* parent)
    : QWidget(parent)
    , m_core(core)
    , m_link(new DirectoryLink(core, this))
    , m_starred(new PeopleModel(this))
    , m_recent(new PeopleModel(this))
    , m_frequent(new PeopleModel(this))
    , m_search(new QLineEdit(this))
    , m_filters(new SearchFilters(this))
    , m_debounce(new QTimer(this))
    , m_stack(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("contactsPane"));
    m_search->setObjectName(QStringLiteral("contactsSearch"));
    m_search->setAccessibleName(tr("Search the directory"));
    m_search->setPlaceholderText(tr("Name, pinyin, initials, unit or phone"));
    m_search->setClearButtonEnabled(true);
    m_search->setEnabled(false); // until a directory is attached
    m_search->installEventFilter(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs); // typing fast sends one query, not one per key
    m_stack->setObjectName(QStringLiteral("contactsStack"));
    m_stack->addWidget(buildBrowser());
    m_stack->addWidget(buildResults());
    // Created after the lists, so that Tab reaches the card's buttons last.
    m_card = new PersonCard(this);
    m_card->setMinimumWidth(260);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_filters);
    leftLayout->addWidget(m_stack, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("contactsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_card);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setFocusProxy(m_search); // Ctrl+<n> on the rail lands in the search box
    connectSignals();
}

QListView* ContactsPane::peopleView(const char* name, const QString& accessibleName) {
    auto* view = new QListView(this);
    view->setObjectName(QString::fromLatin1(name));
    view->setAccessibleName(accessibleName);
    view->setItemDelegate(new PersonDelegate(view));
    view->setUniformItemSizes(true); // rows are never measured one by one
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    return view;
}

QWidget* ContactsPane::buildBrowser() {
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("contactsTabs"));
    m_tabs->setAccessibleName(tr("Directory views"));
    auto* organisation = new QWidget(m_tabs);
    m_crumbs = new Breadcrumbs(organisation);
    m_treeView = new QTreeView(organisation);
    m_treeView->setObjectName(QStringLiteral("organisationTree"));
    m_treeView->setAccessibleName(tr("Organisation tree"));
    m_treeView->setHeaderHidden(true);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_treeView->setItemDelegate(new DirectoryDelegate(m_treeView));
    m_revealer = new TreeRevealer(m_treeView, this);
    m_myUnit = new QToolButton(organisation);
    m_myUnit->setObjectName(QStringLiteral("myUnitButton"));
    m_myUnit->setText(tr("My &unit"));
    m_myUnit->setToolTip(tr("Show your own unit in the tree"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_crumbs, 1);
    top->addWidget(m_myUnit);
    auto* layout = new QVBoxLayout(organisation);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_treeView, 1);
    m_starredView = peopleView("starredList", tr("Starred contacts"));
    m_starredView->setModel(m_starred);
    m_recentView = peopleView("recentList", tr("Recent contacts"));
    m_recentView->setModel(m_recent);
    m_tabs->addTab(organisation, tr("&Organisation"));
    m_tabs->addTab(m_starredView, tr("S&tarred"));
    m_tabs->addTab(m_recentView, tr("&Recent"));
    m_frequentView = peopleView("frequentList", tr("Frequent contacts"));
    m_frequentView->setModel(m_frequent);
    m_tabs->addTab(m_frequentView, tr("&Frequent"));
    return m_tabs;
}

QWidget* ContactsPane::buildResults() {
    auto* page = new QWidget(this);
    m_unitList = new QListWidget(page);
    m_unitList->setObjectName(QStringLiteral("unitResults"));
    m_unitList->setAccessibleName(tr("Units found"));
    m_unitList->setUniformItemSizes(true);
    m_unitList->setMaximumHeight(m_unitList->fontMetrics().height() * 5);
    m_resultsView = peopleView("peopleResults", tr("People found"));
    m_resultsView->installEventFilter(this);
    m_unitsLabel = new QLabel(tr("Units"), page);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_unitsLabel);
    layout->addWidget(m_unitList);
    layout->addWidget(new QLabel(tr("People"), page));
    layout->addWidget(m_resultsView, 1);
    return page;
}

void ContactsPane::connectSignals() {
    connect(m_search, &QLineEdit::textChanged, this, &ContactsPane::onTextChanged);
    connect(m_debounce, &QTimer::timeout, this, &ContactsPane::runSearch);
    connect(m_filters, &SearchFilters::changed, this, [this] {
        // A line, rank or role alone browses: everyone matching, in tree order.
        onTextChanged(m_search->text());
        runSearch();
    });
    connect(m_unitList, &QListWidget::itemActivated, this, &ContactsPane::onUnitClicked);
    connect(m_unitList, &QListWidget::itemClicked, this, &ContactsPane::onUnitClicked);
    connect(m_crumbs, &Breadcrumbs::crumbClicked, this, &ContactsPane::onCrumbClicked);
    connect(m_myUnit, &QToolButton::clicked, m_link, &DirectoryLink::findMyUnit);
    connect(m_link, &DirectoryLink::pathResolved, this, &ContactsPane::onPathResolved);
    connect(m_revealer, &TreeRevealer::revealed, m_treeView,
            [this] { m_treeView->setFocus(Qt::OtherFocusReason); });
    for (auto [view, model] :
         {std::pair{m_starredView, m_starred}, std::pair{m_recentView, m_recent},
          std::pair{m_frequentView, m_frequent}}) {
        connect(view, &QListView::clicked, this,
                [this, model](const QModelIndex& i) { openRow(model, i.row()); });
        connect(view, &QListView::activated, this,
                [this, model](const QModelIndex& i) { openRow(model, i.row()); });
    }
    const auto openResult = [this](const QModelIndex& i) { openRow(m_results, i.row()); };
    connect(m_resultsView, &QListView::clicked, this, openResult);
    connect(m_resultsView, &QListView::activated, this, openResult);
    connect(m_card, &PersonCard::messageRequested, this, &ContactsPane::messageRequested);
    connect(m_card, &PersonCard::starToggled, this, &ContactsPane::onStarToggled);
    connect(m_link, &DirectoryLink::attached, this, &ContactsPane::onAttached);
    connect(m_link, &DirectoryLink::personLoaded, this, &ContactsPane::onPersonLoaded);
    connect(m_link, &DirectoryLink::starredLoaded, this, &ContactsPane::onStarredLoaded);
    connect(m_link, &DirectoryLink::recentLoaded, m_recent, &PeopleModel::setPeople);
    connect(m_link, &DirectoryLink::frequentLoaded, m_frequent, &PeopleModel::setPeople);
}

bool ContactsPane::showsResults() const {
    return m_stack->currentIndex() == 1;
}

void ContactsPane::attach() {
    detach(); // a new sign-in: nothing of the previous account stays
    m_tree = new DirectoryTreeModel(this);
    m_results = new PeopleModel(this);
    m_link->attach(++m_generation, m_tree, m_results);
}

void ContactsPane::onAttached(quint64 generation) {
    if (generation != m_generation) return; // signed out or in again meanwhile
    setTreeModel(m_tree);
    m_resultsView->setModel(m_results);
    connect(m_results, &PeopleModel::resultsChanged, this, &ContactsPane::showUnits);
    m_search->setEnabled(true);
    m_link->loadStarred();
    m_link->loadRecent();
    if (!m_search->text().trimmed().isEmpty()) runSearch();
}

void ContactsPane::detach() {
    ++m_generation;
    m_search->setEnabled(false);
    m_debounce->stop();
    setTreeModel(nullptr);
    m_resultsView->setModel(nullptr);
    if (m_tree || m_results) m_link->retire({m_tree, m_results});
    m_tree = nullptr;
    m_results = nullptr;
    m_starred->setPeople({});
    m_recent->setPeople({});
    m_frequent->setPeople({});
    m_starredIds.clear();
    m_starredKnown = false;
    m_unitList->clear();
    m_crumbs->setPath({});
    m_card->clear();
}

void ContactsPane::setTreeModel(DirectoryTreeModel* model) {
    QItemSelectionModel* old = m_treeView->selectionModel();
    m_treeView->setModel(model); // the view does not delete its old selection model
    delete old;
    if (!model) return;
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ContactsPane::onTreeCurrentChanged);
    if (model->canFetchMore({})) model->fetchMore({}); // the roots, now that a service listens
}

void ContactsPane::onTextChanged(const QString& text) {
    const bool empty = text.trimmed().isEmpty();
    m_stack->setCurrentIndex(empty && !m_filters->browses() ? 0 : 1);
    if (empty) {
        m_debounce->stop();
        runSearch(); // clears at once
        return;
    }
    m_debounce->start(); // restarts: only the last keystroke's text is searched
}

void ContactsPane::runSearch() {
    if (!m_results) return;
    contacts::SearchArgs args;
    args.query = m_search->text().trimmed();
    args.limit = kResultLimit;
    m_filters->applyTo(args);
    if (m_filters->onlySelectedUnit()) args.region = selectedNode();
    m_results->search(args); // supersedes the previous query: its answers are dropped
    if (args.query.isEmpty()) showUnits();
}

void ContactsPane::showUnits() {
    m_unitList->clear();
    const QList<contacts::NodeInfo> units =
        m_results ? m_results->units() : QList<contacts::NodeInfo>{};
    for (const contacts::NodeInfo& unit : units) {
        auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DirIcon), unit.name);
        item->setData(Qt::UserRole, unit.id);
        m_unitList->addItem(item);
    }
    m_unitList->setVisible(!units.isEmpty());
    m_unitsLabel->setVisible(!units.isEmpty());
}

void ContactsPane::onUnitClicked(QListWidgetItem* item) {
    if (item) m_link->resolvePath(item->data(Qt::UserRole).toLongLong());
}

// The path of a unit (found by search, or "my unit") arrived: open the tree down to it.
void ContactsPane::onPathResolved(qint64, const QList<qint64>& ids) {
    if (ids.isEmpty() || !m_tree) return;
    m_search->clear();
    m_tabs->setCurrentIndex(OrganisationTab);
    m_revealer->reveal(ids);
}

qint64 ContactsPane::selectedNode() const {
    QModelIndex index = m_treeView->currentIndex();
    if (index.data(DirectoryTreeModel::IsPersonRole).toBool()) index = index.parent();
    return index.isValid() ? index.data(DirectoryTreeModel::IdRole).toLongLong() : 0;
}

void ContactsPane::onTreeCurrentChanged() {
    const QModelIndex current = m_treeView->currentIndex();
    m_crumbs->setPath(m_tree->pathOf(current));
    if (current.data(DirectoryTreeModel::IsPersonRole).toBool())
        openPerson(m_tree->personAt(current));
}

void ContactsPane::onCrumbClicked(int depth) {
    QList<QModelIndex> chain; // the nodes above the current row, root first
    for (QModelIndex i = m_treeView->currentIndex(); i.isValid(); i = i.parent())
        if (!i.data(DirectoryTreeModel::IsPersonRole).toBool()) chain.prepend(i);
    if (depth < 0 || depth >= chain.size()) return;
    m_treeView->setCurrentIndex(chain[depth]);
    m_treeView->scrollTo(chain[depth]);
}

void ContactsPane::openRow(PeopleModel* model, int row) {
    if (model && row >= 0 && row < model->rowCount()) openPerson(model->personAt(row));
}

void ContactsPane::openPerson(const PersonInfo& person) {
    if (person.id == 0) return;
    const bool again = person.id == m_card->person().id;          // a click followed by Enter, say
    m_card->showPerson(person, m_starredIds.contains(person.id)); // at once; fresher data follows
    m_link->loadPerson(person.id);
    if (!again) m_link->markContacted(person.id);
}

void ContactsPane::onPersonLoaded(const PersonInfo& person, bool starred, bool) {
    if (person.id != m_card->person().id) return; // the user has moved on
    // The star list is newer than a person request that was in flight when the star changed.
    m_card->showPerson(person, m_starredKnown ? m_starredIds.contains(person.id) : starred);
}

void ContactsPane::onStarredLoaded(const QList<PersonInfo>& people) {
    m_starred->setPeople(people);
    m_starredIds.clear();
    for (const PersonInfo& p : people)
        m_starredIds.insert(p.id);
    m_starredKnown = true;
    if (m_card->person().id) m_card->setStarred(m_starredIds.contains(m_card->person().id));
}

void ContactsPane::onStarToggled(qint64 personId, bool starred) {
    m_link->setStarred(personId, starred); // answers with starredLoaded
}

bool ContactsPane::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress) return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (watched == m_search) return handleSearchKey(key);
    if (watched == m_resultsView && key == Qt::Key_Escape) {
        m_search->clear();
        m_search->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

// Down moves into the results, Enter opens the current (or first) one, Esc clears the search.
bool ContactsPane::handleSearchKey(int key) {
    const bool hasRows = showsResults() && m_results && m_results->rowCount() > 0;
    switch (key) {
    case Qt::Key_Down:
        if (!hasRows) return false;
        m_resultsView->setFocus(Qt::OtherFocusReason);
        if (!m_resultsView->currentIndex().isValid())
            m_resultsView->setCurrentIndex(m_results->index(0));
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!hasRows) return false;
        openRow(m_results, qMax(0, m_resultsView->currentIndex().row()));
        return true;
    case Qt::Key_Escape:
        if (m_search->text().isEmpty()) return false;
        m_search->clear();
        return true;
    default:
        return false;
    }
}

} // namespace zt::ui
