#include "PeoplePicker.h"
#include "DirectoryDelegate.h"
#include "DirectoryLink.h"
#include "PickedList.h"
#include "PickerCheckProxy.h"
#include "PickerPersonDelegate.h"
#include "contacts/DirectoryService.h"
#include "contacts/DirectoryTreeModel.h"
#include "contacts/PeopleModel.h"
#include "core/ClientCore.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <atomic>

namespace zt::ui {

using contacts::DirectoryService;
using contacts::DirectoryTreeModel;
using contacts::NodeInfo;
using contacts::PeopleModel;
using Row = PickerCheckProxy::Row;

PeoplePicker::PeoplePicker(core::ClientCore* core, QWidget* parent)
    : QDialog(parent)
    , m_link(new DirectoryLink(core))
    , m_tree(new DirectoryTreeModel)
    , m_results(new PeopleModel)
    , m_unitItems(new QStandardItemModel(this))
    , m_picked(new PickedList(this))
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("peoplePicker"));
    setWindowTitle(tr("Choose people"));
    createProxies();
    m_search->setObjectName(QStringLiteral("pickerSearch"));
    m_search->setAccessibleName(tr("Search people and units"));
    m_search->setPlaceholderText(tr("Name, pinyin, initials, unit or phone"));
    m_search->setClearButtonEnabled(true);
    m_search->setEnabled(false); // until the directory answers
    m_search->installEventFilter(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs); // typing fast sends one query, not one per key
    m_message->setObjectName(QStringLiteral("pickerMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildBrowser());
    splitter->addWidget(buildChosen());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("pickerOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connectSignals();
    updateSummary();
    resize(780, 540);
    attachModels(core);
}

PeoplePicker::~PeoplePicker() {
    // Calls queued to the core thread (attachModels) may still name the models and the link,
    // so they are deleted only after the core thread has run those.
    m_treeChecks->setSourceModel(nullptr);
    m_resultChecks->setSourceModel(nullptr);
    m_link->retire({m_tree, m_results, m_link});
}

namespace {

// Search answers reach every PeopleModel on the service, told apart by serial only, and each
// model counts its serials from 1: the picker's carry a tag in the high bits, so that the
// contacts pane and the picker never take each other's answers.
constexpr int kTagShift = 48;
constexpr quint64 kSerialMask = (quint64(1) << kTagShift) - 1;

quint64 nextSearchTag() {
    static std::atomic<quint64> next{0};
    return (++next % 0xffff + 1) << kTagShift; // never 0: the contacts pane's serials have none
}

} // namespace

// On the core thread, like DirectoryLink::attach, but with the picker's own search serials.
// The link stands in for the picker there: it is retired, not deleted, with the models.
void PeoplePicker::attachModels(core::ClientCore* core) {
    QMetaObject::invokeMethod(core, [core, link = m_link, tree = m_tree, results = m_results,
                                     tag = nextSearchTag()] {
        DirectoryService* service = core->directory();
        if (!service) return; // no account open: the picker stays disabled
        tree->attach(service);
        QObject::connect(
            results, &PeopleModel::requestSearch, service,
            [service, tag](quint64 serial, const contacts::SearchArgs& args) {
                service->search(serial | tag, args);
            },
            Qt::QueuedConnection);
        QObject::connect(
            service, &DirectoryService::searchResults, results,
            [results, tag](quint64 serial, const contacts::SearchResult& result, bool fromServer) {
                if ((serial & ~kSerialMask) == tag)
                    results->onSearchResults(serial & kSerialMask, result, fromServer);
            });
        QMetaObject::invokeMethod(
            link, [link] { emit link->attached(1); }, Qt::QueuedConnection);
    });
}

// How each model's rows become the people and units the check boxes stand for.
void PeoplePicker::createProxies() {
    m_treeChecks = new PickerCheckProxy(
        m_picked,
        [tree = m_tree](const QModelIndex& i) {
            Row row;
            row.isPerson = i.data(DirectoryTreeModel::IsPersonRole).toBool();
            if (row.isPerson) {
                row.person = tree->personAt(i);
            } else if (const QList<NodeInfo> path = tree->pathOf(i); !path.isEmpty()) {
                row.node = path.last(); // the path ends with the node itself
            }
            return row;
        },
        this);
    m_resultChecks = new PickerCheckProxy(
        m_picked,
        [results = m_results](const QModelIndex& i) {
            return Row{true, results->personAt(i.row()), {}};
        },
        this);
    m_unitChecks = new PickerCheckProxy(
        m_picked,
        [this](const QModelIndex& i) {
            return Row{false, {}, m_units.value(i.row())};
        },
        this);
    m_unitChecks->setSourceModel(m_unitItems);
}

QListView* PeoplePicker::listView(const char* name, const QString& accessibleName) {
    auto* view = new QListView(this);
    view->setObjectName(QString::fromLatin1(name));
    view->setAccessibleName(accessibleName);
    view->setUniformItemSizes(true); // rows are never measured one by one
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->installEventFilter(this);
    return view;
}

QWidget* PeoplePicker::buildBrowser() {
    m_treeView = new QTreeView(this);
    m_treeView->setObjectName(QStringLiteral("pickerTree"));
    m_treeView->setAccessibleName(tr("Organisation tree"));
    m_treeView->setHeaderHidden(true);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_treeView->setItemDelegate(new DirectoryDelegate(m_treeView));
    m_treeView->setModel(m_treeChecks);
    m_treeView->installEventFilter(this);
    m_stack->addWidget(m_treeView);

    auto* page = new QWidget(this);
    m_unitsView = listView("pickerUnitResults", tr("Units found"));
    m_unitsView->setModel(m_unitChecks);
    m_unitsView->setMaximumHeight(m_unitsView->fontMetrics().height() * 5);
    m_resultsView = listView("pickerPeopleResults", tr("People found"));
    m_resultsView->setItemDelegate(new PickerPersonDelegate(m_resultsView));
    m_resultsView->setModel(m_resultChecks);
    m_unitsLabel = new QLabel(tr("Whole units"), page);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_unitsLabel);
    pageLayout->addWidget(m_unitsView);
    pageLayout->addWidget(new QLabel(tr("People"), page));
    pageLayout->addWidget(m_resultsView, 1);
    m_stack->addWidget(page);
    showUnits(); // none yet: hidden

    auto* left = new QWidget(this);
    auto* layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);
    return left;
}

QWidget* PeoplePicker::buildChosen() {
    auto* right = new QWidget(this);
    auto* heading = new QLabel(tr("C&hosen"), right);
    m_chosenView = listView("pickerChosen", tr("Chosen people and units"));
    m_chosenView->setModel(m_picked);
    heading->setBuddy(m_chosenView);
    m_remove = new QPushButton(tr("&Remove"), right);
    m_remove->setObjectName(QStringLiteral("pickerRemove"));
    m_remove->setAccessibleName(tr("Remove the selected entry"));
    m_remove->setToolTip(tr("Remove the selected entry (Delete)"));
    m_clear = new QPushButton(tr("Remove &all"), right);
    m_clear->setObjectName(QStringLiteral("pickerClear"));
    m_clear->setAccessibleName(tr("Remove all chosen entries"));
    m_total = new QLabel(right);
    m_total->setObjectName(QStringLiteral("pickerTotal"));
    m_total->setToolTip(tr("Whole units count with all their members; someone chosen both alone "
                           "and with a unit is counted twice."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(right);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_chosenView, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_total);
    return right;
}

void PeoplePicker::connectSignals() {
    connect(m_search, &QLineEdit::textChanged, this, &PeoplePicker::onTextChanged);
    connect(m_debounce, &QTimer::timeout, this, &PeoplePicker::runSearch);
    connect(m_link, &DirectoryLink::attached, this, &PeoplePicker::onAttached);
    connect(m_results, &PeopleModel::resultsChanged, this, &PeoplePicker::onResults);
    // The whole row of a result is the click target; the tree and the units found toggle
    // through their check boxes (a click on the row there selects or expands).
    connect(m_resultsView, &QListView::clicked, m_resultChecks, &PickerCheckProxy::toggle);
    connect(m_treeView, &QTreeView::activated, this, [this](const QModelIndex& i) {
        // A double click on a person; where one click activates, it already hit the check box.
        const bool singleClick = m_treeView->style()->styleHint(
            QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_treeView);
        if (!singleClick && m_treeChecks->rowAt(i).isPerson) m_treeChecks->toggle(i);
    });
    connect(m_chosenView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PeoplePicker::updateSummary);
    connect(m_remove, &QPushButton::clicked, this, &PeoplePicker::removeCurrent);
    connect(m_clear, &QPushButton::clicked, m_picked, &PickedList::clear);
    connect(m_picked, &PickedList::changed, this, &PeoplePicker::updateSummary);
    connect(m_picked, &PickedList::refused, this, &PeoplePicker::showMessage);
}

void PeoplePicker::setMaximum(int maximum) {
    m_picked->setMaximum(maximum);
}

int PeoplePicker::maximum() const {
    return m_picked->maximum();
}

void PeoplePicker::setAllowUnits(bool allow) {
    m_picked->setAllowUnits(allow);
    showUnits();
}

bool PeoplePicker::allowUnits() const {
    return m_picked->allowUnits();
}

void PeoplePicker::setPreselected(const PickerSelection& selection) {
    m_picked->setSelection(selection);
}

void PeoplePicker::setExcluded(const QSet<qint64>& userIds) {
    m_picked->setExcluded(userIds);
}

PickerSelection PeoplePicker::selection() const {
    return m_picked->selection();
}

bool PeoplePicker::showsResults() const {
    return m_stack->currentIndex() == 1;
}

void PeoplePicker::onAttached() {
    m_attached = true;
    m_treeChecks->setSourceModel(m_tree);
    m_resultChecks->setSourceModel(m_results);
    if (m_treeChecks->canFetchMore({})) m_treeChecks->fetchMore({}); // the roots
    m_search->setEnabled(true);
    m_search->setFocus(Qt::OtherFocusReason);
    if (!m_search->text().trimmed().isEmpty()) runSearch();
    emit attached();
}

void PeoplePicker::onTextChanged(const QString& text) {
    const bool empty = text.trimmed().isEmpty();
    m_stack->setCurrentIndex(empty ? 0 : 1);
    m_addPending = false; // an Enter belonged to the text before
    if (empty) {
        m_debounce->stop();
        runSearch(); // clears at once
        return;
    }
    m_debounce->start(); // restarts: only the last keystroke's text is searched
}

void PeoplePicker::runSearch() {
    m_debounce->stop();
    if (!m_attached) return;
    contacts::SearchArgs args;
    args.query = m_search->text().trimmed();
    args.limit = kResultLimit;
    m_answered = args.query.isEmpty(); // an empty query clears without asking anyone
    m_results->search(args);           // supersedes the previous query: its answers are dropped
    if (args.query.isEmpty()) showUnits();
}

void PeoplePicker::onResults(bool fromServer) {
    // The local cache may know nobody yet: only the server's answer, or someone found, counts.
    m_answered = fromServer || m_results->rowCount() > 0;
    showUnits();
    // Enter pressed before the answer came: add once there is someone, or the server has spoken.
    if (m_addPending && (m_results->rowCount() > 0 || fromServer)) {
        m_addPending = false;
        addCurrentResult();
    }
}

void PeoplePicker::showUnits() {
    m_unitItems->removeRows(0, m_unitItems->rowCount()); // before m_units: rows name its entries
    m_units.clear();
    const QList<NodeInfo> found = showsResults() ? m_results->units() : QList<NodeInfo>{};
    for (const NodeInfo& unit : found) {
        if (!m_picked->canChooseUnit(unit)) continue; // regions, empty units, or units not allowed
        m_units << unit;
        m_unitItems->appendRow(new QStandardItem(PickedList::unitLabel(unit)));
    }
    m_unitsView->setVisible(!m_units.isEmpty());
    m_unitsLabel->setVisible(!m_units.isEmpty());
}

void PeoplePicker::updateSummary() {
    const QLocale locale;
    const int count = m_picked->estimatedCount();
    m_total->setText(tr("%Ln people selected", nullptr, count));
    const bool over = m_picked->overLimit();
    // A refusal stays until the next change; being over the limit is said as long as it lasts.
    showMessage(over ? tr("%1 people selected, more than the limit of %2. Remove some to continue.")
                           .arg(locale.toString(count), locale.toString(m_picked->maximum()))
                     : QString());
    m_ok->setEnabled(!over && m_picked->rowCount() > 0);
    m_remove->setEnabled(m_chosenView->currentIndex().isValid());
    m_clear->setEnabled(m_picked->rowCount() > 0);
}

void PeoplePicker::showMessage(const QString& message) {
    if (message == m_message->text() && m_message->isVisible() == !message.isEmpty()) return;
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    if (message.isEmpty()) return;
    QAccessibleEvent alert(m_message, QAccessible::Alert); // screen readers say it at once
    QAccessible::updateAccessibility(&alert);
}

void PeoplePicker::removeCurrent() {
    const int row = m_chosenView->currentIndex().row();
    if (row < 0) return;
    m_picked->removeAt(row);
    const int rows = m_picked->rowCount();
    if (rows > 0) m_chosenView->setCurrentIndex(m_picked->index(qMin(row, rows - 1)));
    updateSummary();
}

void PeoplePicker::moveResult(int step) {
    const int rows = m_resultChecks->rowCount();
    if (rows == 0) return;
    const int current = m_resultsView->currentIndex().row();
    const int next = current < 0 ? (step > 0 ? 0 : rows - 1) : qBound(0, current + step, rows - 1);
    m_resultsView->setCurrentIndex(m_resultChecks->index(next, 0));
}

void PeoplePicker::addCurrentResult() {
    if (m_resultChecks->rowCount() == 0) return;
    const QModelIndex index =
        m_resultChecks->index(qMax(0, m_resultsView->currentIndex().row()), 0);
    m_resultsView->setCurrentIndex(index);
    if (m_resultChecks->setChosen(index, true)) m_search->selectAll(); // the next name replaces it
}

bool PeoplePicker::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress) return QDialog::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (watched == m_search) return handleSearchKey(key);
    if (auto* view = qobject_cast<QAbstractItemView*>(watched)) return handleViewKey(view, key);
    return QDialog::eventFilter(watched, event);
}

// Up and Down walk the results without leaving the box, Enter adds the current (or first)
// one, Esc clears the search. Enter is always taken while there is text: it must not press OK.
bool PeoplePicker::handleSearchKey(int key) {
    const bool searching = !m_search->text().trimmed().isEmpty();
    switch (key) {
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (searching) {
            moveResult(key == Qt::Key_Down ? 1 : -1);
        } else {
            if (key == Qt::Key_Up) return false;
            m_treeView->setFocus(Qt::OtherFocusReason); // Down goes into the tree
        }
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!searching) return false;
        if (m_debounce->isActive()) runSearch(); // typed faster than the debounce
        if (m_answered)
            addCurrentResult();
        else
            m_addPending = true; // onResults() adds
        return true;
    case Qt::Key_Escape:
        if (!searching) return false;
        m_search->clear();
        return true;
    default:
        return false;
    }
}

// In the lists Enter toggles the current row (views pass Enter on to the dialog, which would
// press OK); Delete removes from the chosen list; Space toggles through the delegates.
bool PeoplePicker::handleViewKey(QAbstractItemView* view, int key) {
    const QModelIndex current = view->currentIndex();
    if (view == m_chosenView) {
        if (key != Qt::Key_Delete && key != Qt::Key_Backspace) return false;
        removeCurrent();
        return true;
    }
    if (key == Qt::Key_Escape && view != m_treeView && showsResults()) {
        m_search->setFocus(Qt::OtherFocusReason);
        m_search->selectAll();
        return true;
    }
    if (key != Qt::Key_Return && key != Qt::Key_Enter) return false;
    auto* checks = qobject_cast<PickerCheckProxy*>(view->model());
    if (!current.isValid() || !checks) return true;
    if (!checks->toggle(current) && view == m_treeView && !checks->rowAt(current).isPerson)
        m_treeView->setExpanded(current, !m_treeView->isExpanded(current));
    return true;
}

} // namespace zt::ui
