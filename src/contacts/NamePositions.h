#pragma once
// A name split into pinyin positions: one per character, except that a compound surname (欧阳)
// is one position. Each carries its readings and where it sits in the name, for highlighting.
#include "SearchTerms.h"

#include <QList>
#include <QStringList>

namespace zt::contacts {

struct NamePosition {
    QStringList readings; // toneless; a compound surname's reading has a space ("ou yang")
    int start = 0;        // in UTF-16 units
    int length = 1;
};

inline constexpr int kMaxReadingsPerChar = 3;

QList<NamePosition> namePositions(const QString& simplifiedName, NameKind kind);

} // namespace zt::contacts
