#include "BubbleText.h"

#include <QPainter>
#include <QTextLayout>
#include <cmath>

namespace zt::ui {

BubbleText::BubbleText(const QString& text, const QFont& font, int maxWidth,
                       const QStringList& mentionMarks)
    : m_layout(std::make_unique<QTextLayout>(text, font))
    , m_links(findLinks(text)) {
    QList<QTextLayout::FormatRange> formats;
    for (const TextLink& link : m_links) {
        QTextCharFormat f;
        f.setForeground(QColor(0x1a, 0x5f, 0xb4));
        f.setFontUnderline(true);
        formats.append({link.start, link.length, f});
    }
    for (const QString& mark : mentionMarks) {
        if (mark.size() < 2) continue;
        for (qsizetype at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.size()))
            m_mentions.append({int(at), int(mark.size())});
    }
    for (const auto& [start, length] : m_mentions) {
        QTextCharFormat f;
        f.setForeground(QColor(0xc0, 0x50, 0x00));
        f.setFontWeight(QFont::Bold);
        formats.append({start, length, f});
    }
    // The same wrapping the bubble always had: at word boundaries, inside long words if need be.
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setFormats(formats); // before the layout: bold mentions are wider
    m_layout->beginLayout();
    qreal y = 0;
    qreal width = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(maxWidth);
        line.setPosition(QPointF(0, y));
        y += line.height();
        width = qMax(width, line.naturalTextWidth());
    }
    m_layout->endLayout();
    m_size = QSize(int(std::ceil(width)), int(std::ceil(y)));
}

BubbleText::~BubbleText() = default;

void BubbleText::draw(QPainter* painter, const QPoint& topLeft) const {
    m_layout->draw(painter, topLeft);
}

std::optional<QUrl> BubbleText::linkAt(const QPoint& point) const {
    if (m_links.isEmpty() || point.x() < 0 || point.y() < 0 || point.x() > m_size.width())
        return std::nullopt;
    for (int i = 0; i < m_layout->lineCount(); ++i) {
        const QTextLine line = m_layout->lineAt(i);
        if (point.y() < line.y() || point.y() >= line.y() + line.height()) continue;
        if (point.x() > line.naturalTextWidth()) return std::nullopt; // past the line's end
        // The character whose cell holds the point, not the nearest caret gap.
        const int at = line.xToCursor(point.x(), QTextLine::CursorOnCharacter);
        for (const TextLink& link : m_links)
            if (at >= link.start && at < link.start + link.length) return link.url;
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace zt::ui
