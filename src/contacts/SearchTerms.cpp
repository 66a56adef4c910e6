#include "SearchTerms.h"

#include "ChineseText.h"
#include "NamePositions.h"
#include <algorithm>

#include <QRegularExpression>

namespace zt::contacts {

namespace {

constexpr int kMaxCombinations = 12;
constexpr int kMaxPlaceCombinations = 4; // place names are long: keep their index small

// Pinyin of a person's name is indexed from every character (晓明 → xiaoming). A place or unit
// name only from its start and after an administrative suffix (余杭区|教育局 → jiaoyuju), which is
// where people start typing, and keeps the index of 300,000 long names small.
bool startsWord(const QString& name, const QList<NamePosition>& positions, qsizetype i,
                NameKind kind) {
    if (kind == NameKind::Person || i == 0) return true;
    static const QString suffixes = QStringLiteral("省市区县镇乡道村");
    const NamePosition& previous = positions[i - 1];
    return previous.length == 1 && suffixes.contains(name.at(previous.start));
}

QList<QStringList> readingsPerPosition(const QString& name, NameKind kind) {
    QList<QStringList> out;
    for (const NamePosition& p : namePositions(name, kind))
        out << p.readings;
    return out;
}

// How many positions from `first` the latin query covers, reading by reading; 0 when it does not.
int coveredPositions(const QList<NamePosition>& positions, qsizetype first, const QString& latin,
                     bool initials) {
    QString rest = latin;
    int covered = 0;
    for (qsizetype i = first; i < positions.size() && !rest.isEmpty(); ++i) {
        bool advanced = false;
        for (const QString& reading : positions[i].readings) {
            QString r;
            for (const QString& syllable : reading.split(QLatin1Char(' ')))
                r += initials ? syllable.left(1) : syllable;
            if (rest.startsWith(r) || r.startsWith(rest)) {
                rest = rest.mid(qMin(r.size(), rest.size()));
                advanced = true;
                break;
            }
        }
        if (!advanced) return 0;
        ++covered;
    }
    return rest.isEmpty() ? covered : 0;
}

QStringList combinations(const QList<QStringList>& positions, bool initialsOnly) {
    QStringList result{QString()};
    for (const QStringList& readings : positions) {
        QStringList next;
        for (const QString& prefix : std::as_const(result))
            for (const QString& r : readings) {
                QString piece;
                for (const QString& syllable : r.split(QLatin1Char(' '))) // compound surnames
                    piece += initialsOnly ? syllable.left(1) : syllable;
                if (next.size() < kMaxCombinations && !next.contains(prefix + piece))
                    next << prefix + piece;
            }
        result = next;
    }
    result.removeAll(QString());
    return result;
}

QString latinOnly(const QString& text) {
    QString out;
    for (const QChar c : text)
        if (c.unicode() < 128 && c.isLetterOrNumber()) out += c.toLower();
    return out;
}

} // namespace

NameKeys nameKeys(const QString& name, NameKind kind) {
    const QList<QStringList> positions = readingsPerPosition(toSimplified(name), kind);
    return {combinations(positions, false), combinations(positions, true)};
}

// "上田村村委会" is searched for as 上田村: the committee suffix on 20,000 village names would
// only bloat the index.
QString withoutCommitteeSuffix(const QString& name) {
    static const QStringList suffixes{QStringLiteral("村民委员会"), QStringLiteral("居民委员会"),
                                      QStringLiteral("村委会"), QStringLiteral("居委会")};
    for (const QString& suffix : suffixes)
        if (name.endsWith(suffix) && name.size() > suffix.size())
            return name.left(name.size() - suffix.size());
    return name;
}

QString indexTokens(const QString& name, NameKind kind) {
    const QString simplified =
        kind == NameKind::Place ? withoutCommitteeSuffix(toSimplified(name)) : toSimplified(name);
    QStringList tokens = cjkTerms(simplified);
    const QList<NamePosition> positions = namePositions(simplified, kind);
    QList<QStringList> readings;
    for (const NamePosition& p : positions)
        readings << p.readings;
    for (qsizetype start = 0; start < positions.size(); ++start) {
        if (!startsWord(simplified, positions, start, kind)) continue;
        const QList<QStringList> tail = readings.mid(start);
        const int cap = kind == NameKind::Person ? kMaxCombinations : kMaxPlaceCombinations;
        tokens += combinations(tail, false).mid(0, cap);
        tokens += combinations(tail, true).mid(0, cap);
    }
    const QString latin = latinOnly(simplified);
    if (!latin.isEmpty()) tokens << latin;
    tokens.removeDuplicates();
    return tokens.join(QLatin1Char(' '));
}

QStringList pinyinKeys(const QString& name, NameKind kind) {
    QStringList keys;
    for (const QString& token : indexTokens(name, kind).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (std::all_of(token.begin(), token.end(),
                        [](QChar c) { return c >= QLatin1Char('a') && c <= QLatin1Char('z'); }))
            keys << token;
    return keys;
}

QString phoneTokens(const QString& phone) {
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit()) digits += c;
    QStringList tokens;
    for (qsizetype len = 4; len <= digits.size(); ++len)
        tokens << QLatin1Char('t') + digits.right(len);
    return tokens.join(QLatin1Char(' '));
}

ParsedQuery parseQuery(const QString& query) {
    ParsedQuery q;
    q.normalized = toSimplified(query.trimmed()).toLower();
    QString cjk;
    for (const uint cp : q.normalized.toUcs4())
        if (isCjk(char32_t(cp)))
            cjk += QString::fromUcs4(reinterpret_cast<const char32_t*>(&cp), 1);
    q.cjk = cjk;
    q.latin = latinOnly(q.normalized);
    QStringList parts = cjkQueryTerms(cjk);
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]{4,11}$"));
    if (digitsOnly.match(q.latin).hasMatch())
        parts << QLatin1Char('t') + q.latin; // phone suffix
    else if (!q.latin.isEmpty())
        parts << q.latin + QLatin1Char('*');
    q.match = parts.join(QLatin1Char(' '));
    return q;
}

MatchClass classify(const ParsedQuery& query, const QString& name, NameKind kind) {
    const QString n = toSimplified(name).toLower();
    if (!query.cjk.isEmpty()) {
        if (n == query.normalized) return MatchClass::ExactName;
        if (n.startsWith(query.cjk)) return MatchClass::NamePrefix;
        if (n.contains(query.cjk)) return MatchClass::NameContains;
        return MatchClass::Other;
    }
    if (query.latin.isEmpty()) return MatchClass::Other;
    const NameKeys keys = nameKeys(name, kind);
    for (const QString& p : keys.fullPinyin)
        if (p.startsWith(query.latin)) return MatchClass::PinyinPrefix;
    for (const QString& p : keys.fullPinyin)
        if (p.contains(query.latin)) return MatchClass::PinyinInside;
    for (const QString& p : keys.initials)
        if (p.startsWith(query.latin)) return MatchClass::Initials;
    return MatchClass::Other;
}

QList<QPair<int, int>> highlightMarks(const ParsedQuery& query, const QString& name,
                                      NameKind kind) {
    const QString simplified = toSimplified(name);
    if (!query.cjk.isEmpty()) {
        const qsizetype at = simplified.indexOf(query.cjk);
        if (at < 0) return {};
        return {{int(at), int(query.cjk.size())}};
    }
    if (query.latin.isEmpty()) return {};
    const QList<NamePosition> positions = namePositions(simplified, kind);
    for (const bool initials : {false, true}) {
        for (qsizetype first = 0; first < positions.size(); ++first) {
            const int n = coveredPositions(positions, first, query.latin, initials);
            if (n > 0) {
                const NamePosition& last = positions[first + n - 1];
                return {
                    {positions[first].start, last.start + last.length - positions[first].start}};
            }
        }
    }
    return {};
}

} // namespace zt::contacts
