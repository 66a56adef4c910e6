#include "NamePositions.h"
#include "Pinyin.h"

namespace zt::contacts {

QList<NamePosition> namePositions(const QString& name, NameKind kind) {
    const PinyinTable& table = PinyinTable::instance();
    QList<NamePosition> out;
    const QList<uint> chars = name.toUcs4();
    qsizetype first = 0;
    int offset = 0;
    if (kind == NameKind::Person && chars.size() >= 3) {
        const QString compound = table.compoundSurnameReading(name.left(2));
        if (!compound.isEmpty()) {
            out << NamePosition{{compound}, 0, 2};
            first = 2;
            offset = 2;
        }
    }
    for (qsizetype i = first; i < chars.size(); ++i) {
        const char32_t ch = char32_t(chars[i]);
        const int width = ch > 0xFFFF ? 2 : 1;
        QStringList r =
            (kind == NameKind::Person && i == 0) ? table.surnameReadings(ch) : table.readings(ch);
        if (r.isEmpty()) {
            const QString s = QString::fromUcs4(&ch, 1).toLower();
            if (s.front().unicode() < 128 && s.front().isLetterOrNumber()) r << s;
        }
        if (!r.isEmpty()) // punctuation and unknown characters add nothing to pinyin
            out << NamePosition{r.mid(0, kMaxReadingsPerChar), offset, width};
        offset += width;
    }
    return out;
}

} // namespace zt::contacts
