#include "Avatar.h"

#include <QPainter>
#include <QRect>

namespace zt::ui {

QColor avatarColor(const QString& name) {
    // Muted hues that keep white text readable; qHash is seeded per process, so not used here.
    static const QColor palette[] = {QColor(0x3b, 0x6e, 0xa5), QColor(0x2e, 0x8b, 0x57),
                                     QColor(0xa0, 0x52, 0x2d), QColor(0x6a, 0x5a, 0xcd),
                                     QColor(0xb2, 0x22, 0x22), QColor(0x00, 0x80, 0x80),
                                     QColor(0x8b, 0x45, 0x13), QColor(0x48, 0x3d, 0x8b)};
    uint sum = 0;
    for (const QChar c : name)
        sum = sum * 31 + c.unicode();
    return palette[sum % (sizeof(palette) / sizeof(palette[0]))];
}

void paintAvatar(QPainter* painter, const QRect& rect, const QString& name) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(avatarColor(name));
    painter->drawEllipse(rect);
    QFont font = painter->font();
    font.setPixelSize(qMax(8, rect.height() * 9 / 20));
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(rect, Qt::AlignCenter, name.left(1));
    painter->restore();
}

} // namespace zt::ui
