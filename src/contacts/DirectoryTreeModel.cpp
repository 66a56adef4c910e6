#include "DirectoryTreeModel.h"
#include "DirectoryService.h"

namespace zt::contacts {

struct DirectoryTreeModel::Item {
    Item* parent = nullptr;
    bool isPerson = false;
    NodeInfo node;     // when !isPerson
    PersonInfo person; // when isPerson
    std::vector<std::unique_ptr<Item>> children;
    int total = -1; // children the server has; -1 until the first page arrived
    bool loading = false;
    qint64 id() const { return isPerson ? person.id : node.id; }
};

DirectoryTreeModel::DirectoryTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Item>()) {
    m_nodes.insert(0, m_root.get());
}

DirectoryTreeModel::~DirectoryTreeModel() = default;

void DirectoryTreeModel::attach(DirectoryService* service) {
    m_root->loading = false; // a fetch asked for before there was a service went nowhere
    // Queued even on one thread: answers must never arrive inside fetchMore() or while the
    // model is in the middle of inserting rows.
    connect(this, &DirectoryTreeModel::requestChildren, service, &DirectoryService::loadChildren,
            Qt::QueuedConnection);
    connect(service, &DirectoryService::childrenLoaded, this,
            &DirectoryTreeModel::onChildrenLoaded);
    connect(service, &DirectoryService::childrenFailed, this,
            &DirectoryTreeModel::onChildrenFailed);
    connect(service, &DirectoryService::directoryChanged, this,
            [this](const QList<qint64>& listings) { onDirectoryChanged(listings); });
}

void DirectoryTreeModel::onDirectoryChanged(const QList<qint64>& listings) {
    for (const qint64 id : listings) {
        Item* item = m_nodes.value(id);
        if (!item || item->total < 0) continue; // never opened: nothing shown to refresh
        item->loading = true;
        const int loaded = qMax(int(item->children.size()), 1);
        for (int offset = 0; offset < loaded; offset += kPageSize)
            emit requestChildren(id, offset, kPageSize);
    }
}

DirectoryTreeModel::Item* DirectoryTreeModel::itemOf(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Item*>(index.internalPointer()) : m_root.get();
}

QModelIndex DirectoryTreeModel::indexOf(Item* item) const {
    if (!item || item == m_root.get()) return {};
    const auto& siblings = item->parent->children;
    for (size_t row = 0; row < siblings.size(); ++row)
        if (siblings[row].get() == item) return createIndex(int(row), 0, item);
    return {};
}

QModelIndex DirectoryTreeModel::index(int row, int column, const QModelIndex& parent) const {
    const Item* p = itemOf(parent);
    if (column != 0 || row < 0 || size_t(row) >= p->children.size()) return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex DirectoryTreeModel::parent(const QModelIndex& child) const {
    return child.isValid() ? indexOf(itemOf(child)->parent) : QModelIndex();
}

int DirectoryTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0) return 0;
    return int(itemOf(parent)->children.size());
}

int DirectoryTreeModel::columnCount(const QModelIndex&) const {
    return 1;
}

bool DirectoryTreeModel::hasChildren(const QModelIndex& parent) const {
    const Item* item = itemOf(parent);
    if (item == m_root.get()) return true;
    if (item->isPerson || parent.column() != 0) return false;
    return !item->children.empty() || item->node.childCount > 0 || item->node.memberCount > 0;
}

bool DirectoryTreeModel::canFetchMore(const QModelIndex& parent) const {
    const Item* item = itemOf(parent);
    if (item->isPerson || item->loading || !hasChildren(parent)) return false;
    return item->total < 0 || int(item->children.size()) < item->total;
}

void DirectoryTreeModel::fetchMore(const QModelIndex& parent) {
    Item* item = itemOf(parent);
    if (!canFetchMore(parent)) return;
    item->loading = true;
    emit requestChildren(item->node.id, int(item->children.size()), kPageSize);
}

QVariant DirectoryTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const Item* item = itemOf(index);
    const PositionInfo position = item->person.positions.value(0);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (item->isPerson)
            return position.title.isEmpty()
                       ? item->person.name
                       : item->person.name + QStringLiteral(" · ") + position.title;
        return item->node.memberCount > 0
                   ? QStringLiteral("%1 (%2)").arg(item->node.name).arg(item->node.memberCount)
                   : item->node.name;
    case IdRole:
        return item->id();
    case IsPersonRole:
        return item->isPerson;
    case KindRole:
        return item->isPerson ? -1 : int(item->node.kind);
    case LevelRole:
        return item->node.level;
    case MemberCountRole:
        return item->node.memberCount;
    case TitleRole:
        return position.title;
    default:
        return {};
    }
}

QHash<int, QByteArray> DirectoryTreeModel::roleNames() const {
    auto roles = QAbstractItemModel::roleNames();
    roles.insert(IdRole, "id");
    roles.insert(IsPersonRole, "isPerson");
    roles.insert(KindRole, "kind");
    roles.insert(LevelRole, "level");
    roles.insert(MemberCountRole, "memberCount");
    roles.insert(TitleRole, "title");
    return roles;
}

QList<NodeInfo> DirectoryTreeModel::pathOf(const QModelIndex& index) const {
    QList<NodeInfo> path;
    for (const Item* item = itemOf(index); item && item != m_root.get(); item = item->parent)
        if (!item->isPerson) path.prepend(item->node);
    return path;
}

PersonInfo DirectoryTreeModel::personAt(const QModelIndex& index) const {
    const Item* item = itemOf(index);
    return item->isPerson ? item->person : PersonInfo{};
}

void DirectoryTreeModel::onChildrenLoaded(qint64 node, int offset, const ChildrenResult& page,
                                          bool fromServer) {
    Item* parent = m_nodes.value(node);
    if (!parent) return; // no longer in the tree
    std::vector<std::unique_ptr<Item>> entries;
    for (const NodeInfo& n : page.nodes) {
        auto item = std::make_unique<Item>();
        item->node = n;
        entries.push_back(std::move(item));
    }
    for (const PersonInfo& p : page.people) {
        auto item = std::make_unique<Item>();
        item->isPerson = true;
        item->person = p;
        entries.push_back(std::move(item));
    }
    parent->total = page.totalNodes + page.totalPeople;
    if (fromServer) parent->loading = false;
    applyPage(parent, offset, std::move(entries));
    if (fromServer && parent->children.size() > size_t(parent->total)) { // the listing shrank
        beginRemoveRows(indexOf(parent), parent->total, int(parent->children.size()) - 1);
        for (size_t r = size_t(parent->total); r < parent->children.size(); ++r)
            forget(parent->children[r].get());
        parent->children.resize(size_t(parent->total));
        endRemoveRows();
    }
}

void DirectoryTreeModel::onChildrenFailed(qint64 node, int, const QString& message) {
    if (Item* parent = m_nodes.value(node)) parent->loading = false;
    m_lastError = message;
    emit loadFailed(message);
}

// Rows the view already shows are updated in place when the fresh page agrees with the cached
// one; where it differs, the rest of the listing is replaced.
void DirectoryTreeModel::applyPage(Item* parent, int offset,
                                   std::vector<std::unique_ptr<Item>> entries) {
    const QModelIndex parentIndex = indexOf(parent);
    if (size_t(offset) > parent->children.size()) return; // an answer to an older request
    size_t pos = size_t(offset);
    size_t next = 0;
    for (; next < entries.size() && pos < parent->children.size(); ++next, ++pos) {
        Item* existing = parent->children[pos].get();
        const Item* fresh = entries[next].get();
        if (existing->isPerson != fresh->isPerson || existing->id() != fresh->id()) break;
        existing->node = fresh->node;
        existing->person = fresh->person;
        const QModelIndex i = index(int(pos), 0, parentIndex);
        emit dataChanged(i, i);
    }
    if (next < entries.size() && pos < parent->children.size()) {
        beginRemoveRows(parentIndex, int(pos), int(parent->children.size()) - 1);
        for (size_t r = pos; r < parent->children.size(); ++r)
            forget(parent->children[r].get());
        parent->children.resize(pos);
        endRemoveRows();
    }
    if (next >= entries.size()) return;
    beginInsertRows(parentIndex, int(pos), int(pos + entries.size() - next) - 1);
    for (; next < entries.size(); ++next) {
        entries[next]->parent = parent;
        if (!entries[next]->isPerson) m_nodes.insert(entries[next]->node.id, entries[next].get());
        parent->children.push_back(std::move(entries[next]));
    }
    endInsertRows();
}

void DirectoryTreeModel::forget(Item* item) {
    if (!item->isPerson) m_nodes.remove(item->node.id);
    for (const auto& child : item->children)
        forget(child.get());
}

} // namespace zt::contacts
