#pragma once
// Paints a person row of a PeopleModel: avatar, the name with the matched characters in bold
// accent colour, and "unit · title" below. All rows have the same height, so the list view can
// lay out thousands of rows without measuring each one.
#include <QStyledItemDelegate>

namespace zt::ui {

class PersonDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void paintName(QPainter* painter, const QStyleOptionViewItem& option, const QRect& rect,
                   const QModelIndex& index) const;
};

} // namespace zt::ui
