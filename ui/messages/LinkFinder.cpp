#include "LinkFinder.h"

#include <QRegularExpression>

namespace zt::ui {

namespace {
// The characters an address may hold (RFC 3986). Chinese text puts full-width punctuation right
// after an address without a space: the address stops at any other character.
const QRegularExpression& linkPattern() {
    static const QRegularExpression re(
        QStringLiteral(R"(https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Sentence punctuation after an address belongs to the sentence ("see https://a.cn/x.").
bool trailingPunctuation(QChar c) {
    return QStringLiteral(".,;:!?'\"<>").contains(c);
}
} // namespace

QList<TextLink> findLinks(const QString& text) {
    QList<TextLink> links;
    auto it = linkPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        int length = int(m.capturedLength());
        const int start = int(m.capturedStart());
        while (length > 0 && trailingPunctuation(text.at(start + length - 1)))
            --length;
        // A closing bracket ends the address unless the address opened one ("…/wiki/A_(b)").
        const QString candidate = text.mid(start, length);
        if (candidate.endsWith(QLatin1Char(')')) &&
            candidate.count(QLatin1Char('(')) < candidate.count(QLatin1Char(')')))
            --length;
        const QUrl url(text.mid(start, length), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) continue;
        links.append({start, length, url});
    }
    return links;
}

} // namespace zt::ui
