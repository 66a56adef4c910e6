#pragma once
// Toneless pinyin readings of Chinese characters (most common first), from the shipped
// hanzi-pinyin table, with surname readings for the polyphonic surnames (单 shan, 曾 zeng …).
#include <QHash>
#include <QStringList>

namespace zt::contacts {

class PinyinTable {
public:
    static const PinyinTable& instance(); // loads :/zhengtong/data/hanzi-pinyin.tsv once

    QStringList readings(char32_t ch) const { return m_readings.value(ch); }
    // Readings of the given character when it is the first character of a person's name.
    QStringList surnameReadings(char32_t ch) const;
    // Two-character surnames (欧阳, 尉迟 …) with their fixed reading as two syllables ("yu chi");
    // empty when not one.
    QString compoundSurnameReading(const QString& twoChars) const;
    qsizetype size() const { return m_readings.size(); }

private:
    PinyinTable();
    QHash<char32_t, QStringList> m_readings;
};

} // namespace zt::contacts
