#pragma once
// The avatar placeholder: the surname in a coloured circle. The colour follows from the name,
// so a person keeps the same colour in every list and on the card.
#include <QColor>
#include <QString>

class QPainter;
class QRect;

namespace zt::ui {

QColor avatarColor(const QString& name);
void paintAvatar(QPainter* painter, const QRect& rect, const QString& name);

} // namespace zt::ui
