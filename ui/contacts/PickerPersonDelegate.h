#pragma once
// A person row of the picker's search results: a check box, then the row as PersonDelegate
// paints it (avatar, the matched characters in bold, unit · title). The whole row is the
// click target (the picker toggles on click); Space toggles through editorEvent as usual.
#include "PersonDelegate.h"

namespace zt::ui {

class PickerPersonDelegate : public PersonDelegate {
    Q_OBJECT
public:
    using PersonDelegate::PersonDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    // PersonDelegate draws the row's background through the style: without this the style
    // would draw a second check box over the avatar.
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    static int stripWidth(const QStyleOptionViewItem& option);
};

} // namespace zt::ui
