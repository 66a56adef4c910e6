#include "NameGenerator.h"

#include <QList>
#include <QStringList>

namespace zt::server {

namespace {

struct Weighted {
    const char16_t* surname;
    int perTenThousand; // share of the population, roughly (census 2020 order)
};

// The most common surnames with approximate shares, then rarer ones search must handle.
const QList<Weighted>& surnames() {
    static const QList<Weighted> list{
        {u"王", 710}, {u"李", 700}, {u"张", 670}, {u"刘", 540}, {u"陈", 450}, {u"杨", 310},
        {u"黄", 220}, {u"赵", 200}, {u"吴", 200}, {u"周", 190}, {u"徐", 170}, {u"孙", 150},
        {u"马", 150}, {u"朱", 130}, {u"胡", 130}, {u"郭", 120}, {u"何", 120}, {u"林", 120},
        {u"高", 110}, {u"罗", 110}, {u"郑", 110}, {u"梁", 100}, {u"谢", 90},  {u"宋", 90},
        {u"唐", 80},  {u"许", 80},  {u"韩", 70},  {u"冯", 70},  {u"邓", 70},  {u"曹", 70},
        {u"彭", 70},  {u"曾", 65},  {u"肖", 60},  {u"田", 60},  {u"董", 60},  {u"潘", 55},
        {u"袁", 55},  {u"蔡", 50},  {u"蒋", 50},  {u"余", 50},  {u"于", 50},  {u"杜", 50},
        {u"叶", 48},  {u"程", 45},  {u"魏", 45},  {u"苏", 44},  {u"吕", 44},  {u"丁", 43},
        {u"任", 42},  {u"卢", 40},  {u"姚", 40},  {u"沈", 40},  {u"钟", 38},  {u"姜", 38},
        {u"崔", 36},  {u"谭", 35},  {u"陆", 35},  {u"范", 34},  {u"汪", 34},  {u"金", 32},
        {u"石", 30},  {u"廖", 30},  {u"贾", 30},  {u"夏", 30},  {u"韦", 29},  {u"方", 28},
        {u"单", 12},  {u"解", 8},   {u"仇", 6},   {u"区", 4},   {u"查", 8},   {u"朴", 4},
        {u"尉迟", 2}, {u"欧阳", 6}, {u"诸葛", 2}, {u"司马", 2}, {u"上官", 2},
    };
    return list;
}

const QString& givenChars() {
    static const QString chars = QStringLiteral(
        "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉鹏斌宇浩凯秀梅"
        "晓东志海波宁欣怡雪琳晨阳思远嘉豪子涵雨轩佳颖欣然梓萱一诺浩然宇航俊杰昊天文博"
        "丹婷慧琪倩莉蕾晶燕飞峰亮成林康健永春秋冬荣惠珍凤新利清德胜福祥智勤毅诚");
    return chars;
}

} // namespace

quint64 SeededRandom::next() {
    quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

QString NameGenerator::next() {
    static const int total = [] {
        int sum = 0;
        for (const Weighted& w : surnames())
            sum += w.perTenThousand;
        return sum;
    }();
    int pick = m_random.below(total);
    QString name;
    for (const Weighted& w : surnames()) {
        if (pick < w.perTenThousand) {
            name = QString::fromUtf16(w.surname);
            break;
        }
        pick -= w.perTenThousand;
    }
    const QString& chars = givenChars();
    const int length = m_random.below(100) < 35 ? 1 : 2; // one in three has a one-character name
    for (int i = 0; i < length; ++i)
        name += chars.at(m_random.below(int(chars.size())));
    return name;
}

QString NameGenerator::mobile() {
    ++m_phoneSerial;
    return QStringLiteral("100%1").arg(m_phoneSerial, 8, 10, QLatin1Char('0'));
}

} // namespace zt::server
