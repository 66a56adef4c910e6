#pragma once
// Finds http(s) addresses in message text, so the bubble can show them as links. Plain text in,
// positions out: the delegate formats and hit-tests those ranges in the layout it already makes.
#include <QList>
#include <QString>
#include <QUrl>

namespace zt::ui {

struct TextLink {
    int start = 0; // in UTF-16 units of the text
    int length = 0;
    QUrl url;
};

QList<TextLink> findLinks(const QString& text);

} // namespace zt::ui
