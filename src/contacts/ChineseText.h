#pragma once
// Chinese text helpers for search: Traditional → Simplified (ICU's "Traditional-Simplified"
// transform), CJK detection, and the character/bigram segmentation our FTS4 index relies on
// (SQLCipher's SQLite 3.15 has no CJK-aware tokenizer).
#include <QString>
#include <QStringList>

namespace zt::contacts {

bool isCjk(char32_t ch);
bool containsCjk(const QString& text);

// 張三 → 张三, 臺州 → 台州; other text unchanged. Thread-safe.
QString toSimplified(const QString& text);

// Single characters and overlapping pairs of each run of CJK characters: 余杭区 → 余 杭 区 余杭
// 杭区.
QStringList cjkTerms(const QString& text);
// What a query must match for the text to contain it: pairs (or the lone character) of each run.
QStringList cjkQueryTerms(const QString& text);

} // namespace zt::contacts
