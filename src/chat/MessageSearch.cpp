#include "MessageSearch.h"
#include "MessageStore.h"
#include "contacts/ChineseText.h"
#include "store/Database.h"

#include <QRegularExpression>

namespace zt::chat {

namespace {

QString normalized(const QString& text) {
    return contacts::toSimplified(text).toLower();
}

// Every word of the query must be in the message: CJK runs as their pairs, Latin words as
// prefixes (FTS4 prefix queries; "k<conv>" restricts to one conversation).
QString matchExpression(const QString& query, qint64 conv) {
    const QString q = normalized(query);
    QStringList terms = contacts::cjkQueryTerms(q);
    static const QRegularExpression word(QStringLiteral("[a-z0-9]+"));
    for (auto it = word.globalMatch(q); it.hasNext();)
        terms.append(it.next().captured() + QLatin1Char('*'));
    if (terms.isEmpty()) return {};
    for (QString& t : terms)
        if (!t.endsWith(QLatin1Char('*'))) t = QLatin1Char('"') + t + QLatin1Char('"');
    if (conv > 0) terms.append(QStringLiteral("k%1").arg(conv));
    return terms.join(QLatin1Char(' '));
}

} // namespace

QList<QPair<int, int>> matchRanges(const QString& query, const QString& text) {
    QList<QPair<int, int>> out;
    const QStringList words = normalized(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString hay = normalized(text);
    if (hay.size() != text.size()) return out; // positions would not line up
    for (const QString& w : words)
        for (int at = hay.indexOf(w); at >= 0; at = hay.indexOf(w, at + int(w.size())))
            out.append({at, int(w.size())});
    std::sort(out.begin(), out.end());
    return out;
}

QList<SearchHit> searchMessages(store::Database& db, const QString& query, qint64 conv, int limit) {
    const QString match = matchExpression(query, conv);
    if (match.isEmpty() || limit <= 0) return {};
    const QStringList words = normalized(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Pairs of a run may match apart from each other: over-fetch, then keep real matches.
    auto st = db.prepare(QStringLiteral(
        "SELECT docid FROM chat_fts WHERE tokens MATCH ? ORDER BY docid DESC LIMIT ?"));
    st.bind(1, match).bind(2, limit * 3);
    QList<qint64> ids;
    while (st.next())
        ids.append(st.int64(0));
    MessageStore messages(db);
    QList<SearchHit> hits;
    for (qint64 id : ids) {
        auto m = messages.byLocalId(id);
        if (!m) continue;
        const QString hay = normalized(m->message.text);
        const bool all = std::all_of(words.begin(), words.end(),
                                     [&](const QString& w) { return hay.contains(w); });
        if (!all) continue;
        hits.append({*m, matchRanges(query, m->message.text)});
        if (hits.size() >= limit) break;
    }
    return hits;
}

} // namespace zt::chat
