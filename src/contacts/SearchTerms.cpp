#include "SearchTerms.h"
#include "ChineseText.h"
#include "Pinyin.h"

#include <QRegularExpression>

namespace zt::contacts {

namespace {

constexpr int kMaxReadingsPerChar = 3;
constexpr int kMaxCombinations = 12;

// Readings for each position of the name; compound surnames count as one position.
QList<QStringList> readingsPerPosition(const QString& name, NameKind kind) {
    const PinyinTable& table = PinyinTable::instance();
    QList<QStringList> out;
    const QList<uint> chars = name.toUcs4();
    qsizetype start = 0;
    if (kind == NameKind::Person && chars.size() >= 3) {
        const QString compound = table.compoundSurnameReading(name.left(2));
        if (!compound.isEmpty()) {
            out << QStringList{compound};
            start = 2;
        }
    }
    for (qsizetype i = start; i < chars.size(); ++i) {
        const char32_t ch = char32_t(chars[i]);
        QStringList r =
            (kind == NameKind::Person && i == 0) ? table.surnameReadings(ch) : table.readings(ch);
        if (r.isEmpty()) {
            const QString s = QString::fromUcs4(&ch, 1).toLower();
            if (s.front().isLetterOrNumber() && s.front().unicode() < 128)
                r << s;
            else
                continue; // punctuation and unknown characters add nothing to pinyin
        }
        out << r.mid(0, kMaxReadingsPerChar);
    }
    return out;
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

QString indexTokens(const QString& name, NameKind kind) {
    const QString simplified = toSimplified(name);
    QStringList tokens = cjkTerms(simplified);
    const QList<QStringList> positions = readingsPerPosition(simplified, kind);
    for (qsizetype start = 0; start < positions.size(); ++start) {
        const QList<QStringList> tail = positions.mid(start);
        tokens += combinations(tail, false);
        tokens += combinations(tail, true);
    }
    const QString latin = latinOnly(simplified);
    if (!latin.isEmpty()) tokens << latin;
    tokens.removeDuplicates();
    return tokens.join(QLatin1Char(' '));
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

} // namespace zt::contacts
