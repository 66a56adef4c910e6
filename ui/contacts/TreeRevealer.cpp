#include "TreeRevealer.h"
#include "contacts/DirectoryTreeModel.h"

#include <QTimer>
#include <QTreeView>

namespace zt::ui {

using contacts::DirectoryTreeModel;

TreeRevealer::TreeRevealer(QTreeView* view, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_giveUp(new QTimer(this)) {
    m_giveUp->setSingleShot(true);
    m_giveUp->setInterval(kGiveUpMs);
    connect(m_giveUp, &QTimer::timeout, this, [this] {
        cancel();
        emit failed();
    });
}

void TreeRevealer::reveal(const QList<qint64>& path) {
    cancel();
    QAbstractItemModel* model = m_view->model();
    if (!model || path.isEmpty()) return emit failed();
    m_remaining = path;
    m_at = QPersistentModelIndex();
    // Each page that arrives may hold the next step; try again whenever rows appear.
    connect(model, &QAbstractItemModel::rowsInserted, this, &TreeRevealer::advance,
            Qt::QueuedConnection);
    m_giveUp->start();
    advance();
}

void TreeRevealer::cancel() {
    if (QAbstractItemModel* model = m_view->model())
        disconnect(model, &QAbstractItemModel::rowsInserted, this, &TreeRevealer::advance);
    m_remaining.clear();
    m_giveUp->stop();
}

QModelIndex TreeRevealer::childWithId(const QModelIndex& parent, qint64 id) const {
    const QAbstractItemModel* model = m_view->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex child = model->index(row, 0, parent);
        if (!child.data(DirectoryTreeModel::IsPersonRole).toBool() &&
            child.data(DirectoryTreeModel::IdRole).toLongLong() == id)
            return child;
    }
    return {};
}

void TreeRevealer::advance() {
    QAbstractItemModel* model = m_view->model();
    if (m_remaining.isEmpty() || !model) return; // finished, given up, or a stale queued call
    while (!m_remaining.isEmpty()) {
        const QModelIndex next = childWithId(m_at, m_remaining.front());
        if (!next.isValid()) {
            if (model->canFetchMore(m_at)) model->fetchMore(m_at); // the next page may hold it
            return;                                                // wait for rowsInserted
        }
        m_remaining.removeFirst();
        m_at = next;
        if (!m_remaining.isEmpty()) m_view->expand(next);
    }
    const QModelIndex target = m_at;
    cancel();
    m_view->setCurrentIndex(target);
    m_view->scrollTo(target, QAbstractItemView::PositionAtCenter);
    emit revealed(target);
}

} // namespace zt::ui
