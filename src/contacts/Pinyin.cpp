#include "Pinyin.h"

#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPinyin, "zt.contacts.pinyin")

namespace zt::contacts {

namespace {

// Surnames whose reading differs from (or is rarer than) the character's common reading.
const QHash<char32_t, QString>& surnameOverrides() {
    static const QHash<char32_t, QString> table{
        {U'单', QStringLiteral("shan")},  {U'曾', QStringLiteral("zeng")},
        {U'解', QStringLiteral("xie")},   {U'仇', QStringLiteral("qiu")},
        {U'区', QStringLiteral("ou")},    {U'查', QStringLiteral("zha")},
        {U'朴', QStringLiteral("piao")},  {U'尉', QStringLiteral("yu")},
        {U'覃', QStringLiteral("qin")},   {U'繁', QStringLiteral("po")},
        {U'盖', QStringLiteral("ge")},    {U'缪', QStringLiteral("miao")},
        {U'乐', QStringLiteral("yue")},   {U'翟', QStringLiteral("zhai")},
        {U'种', QStringLiteral("chong")}, {U'秘', QStringLiteral("bi")},
        {U'冼', QStringLiteral("xian")},  {U'沈', QStringLiteral("shen")},
        {U'长', QStringLiteral("zhang")}, {U'万', QStringLiteral("wan")},
        {U'柏', QStringLiteral("bai")},
    };
    return table;
}

const QHash<QString, QString>& compoundSurnames() {
    static const QHash<QString, QString> table{
        {QStringLiteral("欧阳"), QStringLiteral("ou yang")},
        {QStringLiteral("尉迟"), QStringLiteral("yu chi")},
        {QStringLiteral("万俟"), QStringLiteral("mo qi")},
        {QStringLiteral("长孙"), QStringLiteral("zhang sun")},
        {QStringLiteral("司马"), QStringLiteral("si ma")},
        {QStringLiteral("上官"), QStringLiteral("shang guan")},
        {QStringLiteral("诸葛"), QStringLiteral("zhu ge")},
        {QStringLiteral("东方"), QStringLiteral("dong fang")},
        {QStringLiteral("皇甫"), QStringLiteral("huang fu")},
        {QStringLiteral("令狐"), QStringLiteral("ling hu")},
        {QStringLiteral("慕容"), QStringLiteral("mu rong")},
        {QStringLiteral("司徒"), QStringLiteral("si tu")},
        {QStringLiteral("夏侯"), QStringLiteral("xia hou")},
        {QStringLiteral("澹台"), QStringLiteral("tan tai")},
    };
    return table;
}

} // namespace

const PinyinTable& PinyinTable::instance() {
    static const PinyinTable table;
    return table;
}

PinyinTable::PinyinTable() {
    QFile f(QStringLiteral(":/zhengtong/data/hanzi-pinyin.tsv"));
    if (!f.open(QIODevice::ReadOnly)) {
        qCCritical(lcPinyin) << "pinyin table missing from resources: pinyin search disabled";
        return;
    }
    m_readings.reserve(21'200);
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab <= 0) continue;
        const QList<uint> ucs4 = line.left(tab).toUcs4();
        if (ucs4.size() == 1)
            m_readings.insert(char32_t(ucs4.first()), line.mid(tab + 1).split(QLatin1Char(',')));
    }
}

QStringList PinyinTable::surnameReadings(char32_t ch) const {
    QStringList out = readings(ch);
    if (const auto it = surnameOverrides().constFind(ch); it != surnameOverrides().constEnd()) {
        out.removeAll(*it);
        out.prepend(*it);
    }
    return out;
}

QString PinyinTable::compoundSurnameReading(const QString& twoChars) const {
    return compoundSurnames().value(twoChars);
}

} // namespace zt::contacts
