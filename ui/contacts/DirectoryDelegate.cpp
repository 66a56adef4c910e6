#include "DirectoryDelegate.h"
#include "Avatar.h"
#include "contacts/DirectoryTreeModel.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>

namespace zt::ui {

using contacts::DirectoryTreeModel;
using contacts::NodeKind;

namespace {
constexpr int kAvatarCacheLimit = 512;
}

void DirectoryDelegate::initStyleOption(QStyleOptionViewItem* option,
                                        const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
    const int size = style->pixelMetric(QStyle::PM_SmallIconSize, option, option->widget);
    if (index.data(DirectoryTreeModel::IsPersonRole).toBool()) {
        const QString name = index.data(Qt::DisplayRole).toString().section(QLatin1Char(' '), 0, 0);
        option->icon = personIcon(name, size);
    } else {
        option->icon = nodeIcon(style, index.data(DirectoryTreeModel::KindRole).toInt(),
                                index.data(DirectoryTreeModel::LevelRole).toInt());
    }
    option->decorationSize = QSize(size, size);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

QIcon DirectoryDelegate::nodeIcon(const QStyle* style, int kind, int level) const {
    switch (NodeKind(kind)) {
    case NodeKind::Division: // province and city: a network; county, township, village: a home
        return style->standardIcon(level <= 2 ? QStyle::SP_DriveNetIcon : QStyle::SP_DirHomeIcon);
    case NodeKind::Unit:
        return style->standardIcon(QStyle::SP_DirIcon);
    case NodeKind::Department:
        return style->standardIcon(QStyle::SP_FileDialogListView);
    }
    return {};
}

QIcon DirectoryDelegate::personIcon(const QString& name, int size) const {
    if (const auto it = m_avatars.constFind(name); it != m_avatars.cend()) return *it;
    if (m_avatars.size() > kAvatarCacheLimit) m_avatars.clear(); // only what is on screen matters
    QPixmap pixmap(size * 2, size * 2); // drawn at twice the size: sharp on high-DPI screens
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintAvatar(&painter, pixmap.rect(), name);
    painter.end();
    const QIcon icon(pixmap);
    m_avatars.insert(name, icon);
    return icon;
}

} // namespace zt::ui
