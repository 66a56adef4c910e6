#pragma once
// Realistic office chat in Chinese for the messaging benchmarks: sentences built from the words
// and phrases of government offices, common ones far more often than rare ones (fixed seed).
#include "server/directory/NameGenerator.h"

#include <QString>
#include <QStringList>

namespace zt::bench {

class OfficeText {
public:
    explicit OfficeText(quint64 seed)
        : m_random(seed) {}
    QString next(); // one chat message, 2..60 characters

private:
    const QString& pick(const QStringList& words); // skewed: early words are the common ones
    server::SeededRandom m_random;
};

// Search queries as people type them: common and rare words, a name, two-word queries, Latin
// words, single characters and words that never occur.
QStringList officeQueries();

} // namespace zt::bench
