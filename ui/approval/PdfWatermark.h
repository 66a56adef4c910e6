#pragma once
// The screen watermark over a document: the viewer's name and id repeated diagonally across
// the area, semi-transparent. One tile is drawn once per text and reused as a brush, so painting
// costs a fill, not a text layout per tile.
#include <QPixmap>
#include <QString>

class QPainter;
class QRect;
class QFont;

namespace zt::ui {

class PdfWatermark {
public:
    static constexpr qreal kAngle = -30.0; // degrees
    static constexpr int kAlpha = 48;      // of 255
    static constexpr qreal kScale = 1.6;   // of the widget's font

    void setText(const QString& text);
    QString text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }
    // Fills `area` of the painter's device; the tiles stay fixed relative to the area.
    void paint(QPainter& painter, const QRect& area, const QFont& font, qreal devicePixelRatio);

private:
    QPixmap tile(const QFont& font, qreal devicePixelRatio);

    QString m_text;
    QPixmap m_tile;
    qreal m_tileRatio = 0;
    QString m_tileFont;
};

} // namespace zt::ui
