#pragma once
// How names become FTS4 tokens, and how a user's query becomes a MATCH expression.
// A name is indexed as its characters and character pairs, the full pinyin and the initials
// starting at every character (all readings of polyphonic characters, surname readings first),
// so 张三 is found by 张三, 三, zhangsan, zhangs, zhang s, zs and s.
#include <QString>
#include <QStringList>

namespace zt::contacts {

enum class NameKind { Person, Place };

struct NameKeys {
    QStringList fullPinyin; // from the first character, one per reading combination
    QStringList initials;   // likewise
};

NameKeys nameKeys(const QString& name, NameKind kind);

// Space-separated tokens for the index: characters, pairs, pinyin and initials from every position.
QString indexTokens(const QString& name, NameKind kind);
// The pinyin and initials tokens of indexTokens() alone (letters only), for a B-tree of prefixes:
// FTS4 expands a short prefix such as "zh*" over every matching term, which costs tens of ms.
QStringList pinyinKeys(const QString& name, NameKind kind);
// Tokens for the last 4..11 digits of a phone number ("t" + digits), so a suffix finds it.
QString phoneTokens(const QString& phone);

struct ParsedQuery {
    QString normalized; // simplified, lower case, trimmed
    QString cjk;        // the Chinese part
    QString latin;      // letters and digits, spaces removed
    QString match;      // FTS4 MATCH expression; empty when nothing searchable
};
ParsedQuery parseQuery(const QString& query);

// Rank classes, best first, for ordering candidates the index returned.
enum class MatchClass {
    ExactName,
    NamePrefix,
    NameContains,
    PinyinPrefix,
    PinyinInside,
    Initials,
    Other
};
MatchClass classify(const ParsedQuery& query, const QString& name, NameKind kind);

// Which characters of the name the query matched, as (start, length) in UTF-16 units.
QList<QPair<int, int>> highlightMarks(const ParsedQuery& query, const QString& name, NameKind kind);

} // namespace zt::contacts
