#pragma once
// The text inside a message bubble, laid out once with its links (underlined) and the mentions
// of me (bold, coloured). The same layout measures the bubble, paints it and answers "which link
// is under this point", so a click costs one layout of one message.
#include "LinkFinder.h"

#include <QList>
#include <QPoint>
#include <QSize>
#include <QStringList>
#include <memory>
#include <optional>

class QFont;
class QPainter;
class QTextLayout;

namespace zt::ui {

class BubbleText {
public:
    // mentionMarks: the "@Name" strings that stand out (mine, and "@All" when it is meant).
    BubbleText(const QString& text, const QFont& font, int maxWidth,
               const QStringList& mentionMarks = {});
    ~BubbleText();
    BubbleText(const BubbleText&) = delete;
    BubbleText& operator=(const BubbleText&) = delete;

    QSize size() const { return m_size; }
    void draw(QPainter* painter, const QPoint& topLeft) const;
    // A point relative to the text's top left.
    std::optional<QUrl> linkAt(const QPoint& point) const;
    const QList<TextLink>& links() const { return m_links; }
    // Where the mention marks were found, as (start, length).
    const QList<QPair<int, int>>& mentions() const { return m_mentions; }

private:
    std::unique_ptr<QTextLayout> m_layout;
    QList<TextLink> m_links;
    QList<QPair<int, int>> m_mentions;
    QSize m_size;
};

} // namespace zt::ui
