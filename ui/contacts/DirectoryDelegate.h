#pragma once
// Icons for the organisation tree, by what a row is: a region (province and city differ from
// county and below), a unit, a department or a person (their avatar). Drawn from the style's
// standard icons and painted avatars, so no image files are needed.
#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

namespace zt::ui {

class DirectoryDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    QIcon nodeIcon(const QStyle* style, int kind, int level) const;
    QIcon personIcon(const QString& name, int size) const;

    mutable QHash<QString, QIcon> m_avatars; // by name; bounded in personIcon()
};

} // namespace zt::ui
