#include "PickerPersonDelegate.h"

#include <QApplication>
#include <QPainter>

namespace zt::ui {

namespace {
constexpr int kPadding = 6;

QStyle* styleOf(const QStyleOptionViewItem& option) {
    return option.widget ? option.widget->style() : QApplication::style();
}
} // namespace

int PickerPersonDelegate::stripWidth(const QStyleOptionViewItem& option) {
    return styleOf(option)->pixelMetric(QStyle::PM_IndicatorWidth, &option, option.widget) +
           2 * kPadding;
}

void PickerPersonDelegate::initStyleOption(QStyleOptionViewItem* option,
                                           const QModelIndex& index) const {
    PersonDelegate::initStyleOption(option, index);
    option->features &= ~QStyleOptionViewItem::HasCheckIndicator;
}

QSize PickerPersonDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const {
    return PersonDelegate::sizeHint(option, index) + QSize(stripWidth(option), 0);
}

void PickerPersonDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    QStyle* style = styleOf(option);
    const int strip = stripWidth(option);
    QStyleOptionViewItem background = option; // the selection colour under the check box too
    initStyleOption(&background, index);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, option.widget);

    const QVariant state = index.data(Qt::CheckStateRole);
    if (state.isValid()) {
        QStyleOptionViewItem check = option;
        const int w = style->pixelMetric(QStyle::PM_IndicatorWidth, &option, option.widget);
        const int h = style->pixelMetric(QStyle::PM_IndicatorHeight, &option, option.widget);
        check.rect = QRect(option.rect.left() + kPadding, option.rect.center().y() - h / 2, w, h);
        check.state &= ~(QStyle::State_On | QStyle::State_Off | QStyle::State_HasFocus);
        check.state |= state.toInt() == Qt::Checked ? QStyle::State_On : QStyle::State_Off;
        if (!(index.flags() & Qt::ItemIsUserCheckable)) check.state &= ~QStyle::State_Enabled;
        style->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &check, painter, option.widget);
    }
    QStyleOptionViewItem rest = option;
    rest.rect.setLeft(option.rect.left() + strip);
    PersonDelegate::paint(painter, rest, index);
}

} // namespace zt::ui
