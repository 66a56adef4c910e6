#include "NavigationRail.h"

namespace zt::ui {

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;
}

NavigationRail::NavigationRail(QWidget* parent)
    : QListWidget(parent) {
    setObjectName(QStringLiteral("navigationRail"));
    setAccessibleName(tr("Navigation"));
    setFlow(QListView::TopToBottom);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) emit paneSelected(row);
    });
}

int NavigationRail::addPane(const QString& key, const QString& title, const QIcon& icon) {
    auto* item = new QListWidgetItem(icon, title, this);
    item->setData(kKeyRole, key);
    item->setData(Qt::AccessibleTextRole, title);
    item->setToolTip(title);
    if (currentRow() < 0) setCurrentRow(0);
    return row(item);
}

QString NavigationRail::currentKey() const {
    return currentItem() ? currentItem()->data(kKeyRole).toString() : QString();
}

QSize NavigationRail::sizeHint() const {
    // Wide enough for the longest title in the current language, and no wider.
    const int width =
        sizeHintForColumn(0) + 2 * frameWidth() + fontMetrics().averageCharWidth() * 2;
    return {qMax(width, fontMetrics().averageCharWidth() * 12), QListWidget::sizeHint().height()};
}

} // namespace zt::ui
