#pragma once
// Opens the lazy organisation tree along a path of node ids (root … target), fetching each level
// as it goes, then selects and shows the target. Used for "my unit" and for a unit found by search.
#include <QObject>
#include <QPersistentModelIndex>

class QTreeView;
class QTimer;

namespace zt::ui {

class TreeRevealer : public QObject {
    Q_OBJECT
public:
    static constexpr int kGiveUpMs = 15'000;
    explicit TreeRevealer(QTreeView* view, QObject* parent = nullptr);
    void reveal(const QList<qint64>& path);
    void cancel();

signals:
    void revealed(const QModelIndex& index);
    void failed();

private:
    void advance();
    QModelIndex childWithId(const QModelIndex& parent, qint64 id) const;

    QTreeView* m_view;
    QTimer* m_giveUp;
    QList<qint64> m_remaining;
    QPersistentModelIndex m_at; // the deepest node opened so far (invalid: the roots)
};

} // namespace zt::ui
