#include "AppIcon.h"

#include <QPainter>
#include <QPixmap>

namespace zt::ui {

namespace {

QPixmap drawIcon(int size, int badge) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xc0, 0x1c, 0x28)); // official red
    p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.2, size * 0.2);
    QFont font = p.font();
    font.setPixelSize(int(size * 0.62));
    font.setBold(true);
    p.setFont(font);
    p.setPen(QColor(0xff, 0xd7, 0x00));
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QStringLiteral("政"));
    if (badge > 0) { // a dot is enough at tray sizes; the count is in the tooltip
        const qreal d = size * 0.38;
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRectF(size - d, 0, d, d));
    }
    return pixmap;
}

} // namespace

QIcon appIcon(int badge) {
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(drawIcon(size, badge));
    return icon;
}

} // namespace zt::ui
