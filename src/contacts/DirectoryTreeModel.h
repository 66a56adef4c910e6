#pragma once
// The organisation tree as a lazy model: a node's children (sub-units first, then its people)
// are fetched a page at a time when a view expands or scrolls, from the local cache at once and
// then from the server. Only what the user opened is in memory.
#include "DirectoryProtocol.h"

#include <QAbstractItemModel>
#include <QHash>
#include <memory>
#include <vector>

namespace zt::contacts {

class DirectoryService;

class DirectoryTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        IsPersonRole,
        KindRole,
        LevelRole,
        MemberCountRole,
        TitleRole
    };
    static constexpr int kPageSize = 100;

    explicit DirectoryTreeModel(QObject* parent = nullptr);
    ~DirectoryTreeModel() override;
    void attach(DirectoryService* service);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QHash<int, QByteArray> roleNames() const override;

    QList<NodeInfo> pathOf(const QModelIndex& index) const; // for breadcrumbs
    PersonInfo personAt(const QModelIndex& index) const;
    QString lastError() const { return m_lastError; }

signals:
    void requestChildren(qint64 node, int offset, int limit);
    void loadFailed(const QString& message);

public slots:
    void onChildrenLoaded(qint64 node, int offset, const zt::contacts::ChildrenResult& page,
                          bool fromServer);
    void onChildrenFailed(qint64 node, int offset, const QString& message);
    // Delta sync changed these listings: reload the ones the user has opened.
    void onDirectoryChanged(const QList<qint64>& listings);

private:
    struct Item;
    Item* itemOf(const QModelIndex& index) const;
    QModelIndex indexOf(Item* item) const;
    void applyPage(Item* parent, int offset, std::vector<std::unique_ptr<Item>> entries);
    void forget(Item* item);

    std::unique_ptr<Item> m_root;
    QHash<qint64, Item*> m_nodes; // node id → its item (each node appears once)
    QString m_lastError;
};

} // namespace zt::contacts
