#include "UnitTemplates.h"

namespace zt::server {

namespace {

QString s(const char16_t* text) {
    return QString::fromUtf16(text);
}

QStringList sections(std::initializer_list<const char16_t*> names) {
    QStringList out;
    for (const char16_t* n : names)
        out << s(n);
    return out;
}

// Bureaus common to city and county governments; the province has 厅 and 委员会 instead.
QList<UnitTemplate> localBureaus(const QString& office) {
    const QStringList standard = sections({u"办公室", u"政策法规科", u"业务科"});
    return {
        {office, s(u"综合"), sections({u"秘书科", u"综合科", u"督查科"})},
        {s(u"发展和改革局"), s(u"发改"), standard},
        {s(u"经济和信息化局"), s(u"经信"), standard},
        {s(u"教育局"), s(u"教育"), sections({u"办公室", u"基础教育科", u"人事科"})},
        {s(u"科学技术局"), s(u"科技"), standard},
        {s(u"公安局"), s(u"公安"), sections({u"指挥中心", u"治安大队", u"刑侦大队"})},
        {s(u"民政局"), s(u"民政"), standard},
        {s(u"司法局"), s(u"司法"), standard},
        {s(u"财政局"), s(u"财政"), sections({u"办公室", u"预算科", u"国库科"})},
        {s(u"人力资源和社会保障局"), s(u"人社"), standard},
        {s(u"自然资源和规划局"), s(u"自然资源"), standard},
        {s(u"生态环境局"), s(u"生态环境"), standard},
        {s(u"住房和城乡建设局"), s(u"住建"), standard},
        {s(u"交通运输局"), s(u"交通"), standard},
        {s(u"水利局"), s(u"水利"), standard},
        {s(u"农业农村局"), s(u"农业农村"), standard},
        {s(u"商务局"), s(u"商务"), standard},
        {s(u"文化和广电旅游体育局"), s(u"文旅"), standard},
        {s(u"卫生健康局"), s(u"卫健"), sections({u"办公室", u"医政科", u"疾控科"})},
        {s(u"退役军人事务局"), s(u"退役军人"), standard},
        {s(u"应急管理局"), s(u"应急"), sections({u"办公室", u"应急指挥科", u"安全生产科"})},
        {s(u"审计局"), s(u"审计"), standard},
        {s(u"市场监督管理局"), s(u"市场监管"), standard},
        {s(u"统计局"), s(u"统计"), standard},
        {s(u"医疗保障局"), s(u"医保"), standard},
        {s(u"信访局"), s(u"信访"), standard},
        {s(u"数据资源管理局"), s(u"数据"), standard},
        {s(u"综合行政执法局"), s(u"执法"), standard},
        {s(u"机关事务管理中心"), s(u"综合"), standard},
        {s(u"保密办公室"), s(u"保密"), sections({u"综合科"}), true},
    };
}

} // namespace

const QList<UnitTemplate>& provinceUnits() {
    static const QList<UnitTemplate> units{
        {s(u"人民政府办公厅"), s(u"综合"), sections({u"秘书处", u"综合处", u"督查处"})},
        {s(u"发展和改革委员会"), s(u"发改"), sections({u"办公室", u"规划处"})},
        {s(u"教育厅"), s(u"教育"), sections({u"办公室", u"基础教育处"})},
        {s(u"公安厅"), s(u"公安"), sections({u"办公室", u"指挥中心"})},
        {s(u"财政厅"), s(u"财政"), sections({u"办公室", u"预算处"})},
        {s(u"卫生健康委员会"), s(u"卫健"), sections({u"办公室", u"医政医管处"})},
        {s(u"应急管理厅"), s(u"应急"), sections({u"办公室", u"应急指挥处"})},
        {s(u"民政厅"), s(u"民政"), sections({u"办公室"})},
        {s(u"大数据发展管理局"), s(u"数据"), sections({u"办公室", u"数据资源处"})},
    };
    return units;
}

const QList<UnitTemplate>& cityUnits() {
    static const QList<UnitTemplate> units = localBureaus(s(u"人民政府办公室"));
    return units;
}

const QList<UnitTemplate>& countyUnits() {
    static const QList<UnitTemplate> units = localBureaus(s(u"人民政府办公室"));
    return units;
}

const QList<UnitTemplate>& townshipUnits() {
    static const QList<UnitTemplate> units{
        {s(u"党政办公室"), s(u"综合"), {}},         {s(u"经济发展办公室"), s(u"发改"), {}},
        {s(u"社会事务管理办公室"), s(u"民政"), {}}, {s(u"平安建设办公室"), s(u"应急"), {}},
        {s(u"综合行政执法队"), s(u"执法"), {}},     {s(u"便民服务中心"), s(u"综合"), {}},
    };
    return units;
}

} // namespace zt::server
