#include "PdfWatermark.h"

#include <QFontMetrics>
#include <QPainter>
#include <QRect>
#include <QtMath>

namespace zt::ui {

void PdfWatermark::setText(const QString& text) {
    if (text == m_text) return;
    m_text = text;
    m_tile = QPixmap();
}

QPixmap PdfWatermark::tile(const QFont& baseFont, qreal ratio) {
    QFont font = baseFont;
    if (baseFont.pointSizeF() > 0)
        font.setPointSizeF(baseFont.pointSizeF() * kScale);
    else
        font.setPixelSize(int(baseFont.pixelSize() * kScale));
    if (!m_tile.isNull() && m_tileRatio == ratio && m_tileFont == font.toString()) return m_tile;
    const QFontMetrics metrics(font);
    const int textWidth = metrics.horizontalAdvance(m_text);
    // The rotated text's bounding box plus generous gaps between repetitions.
    const qreal radians = qDegreesToRadians(qAbs(kAngle));
    const int width = int(textWidth * qCos(radians)) + metrics.height() * 6;
    const int height = int(textWidth * qSin(radians)) + metrics.height() * 5;
    QPixmap tile(QSize(width, height) * ratio);
    tile.setDevicePixelRatio(ratio);
    tile.fill(Qt::transparent);
    QPainter painter(&tile);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(font);
    painter.setPen(QColor(96, 96, 96, kAlpha));
    painter.translate(width / 2.0, height / 2.0);
    painter.rotate(kAngle);
    painter.drawText(QPointF(-textWidth / 2.0, metrics.ascent() / 2.0), m_text);
    painter.end();
    m_tile = tile;
    m_tileRatio = ratio;
    m_tileFont = font.toString();
    return m_tile;
}

void PdfWatermark::paint(QPainter& painter, const QRect& area, const QFont& font, qreal ratio) {
    if (m_text.isEmpty() || area.isEmpty()) return;
    painter.save();
    painter.setBrushOrigin(area.topLeft());
    painter.fillRect(area, QBrush(tile(font, ratio)));
    painter.restore();
}

} // namespace zt::ui
