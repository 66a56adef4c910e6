#include "MessagingText.h"

namespace zt::bench {

namespace {

QStringList words(const char* spaced) {
    return QString::fromUtf8(spaced).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const QStringList& people() {
    static const QStringList w = words("各位同事 张科长 李主任 王处长 各科室负责人 刘局长 陈书记 "
                                       "赵副主任 孙科员 周主任 吴部长 郑站长 小林 老黄");
    return w;
}
const QStringList& times() {
    static const QStringList w =
        words("今天下午三点 明天上午九点 本周五前 下周一 月底前 今天17点前 "
              "节后第一天 周三下午 后天上午十点 本月15日前");
    return w;
}
const QStringList& places() {
    static const QStringList w = words("三楼会议室 第一会议室 区政府大楼 行政服务中心 五楼小会议室 "
                                       "视频会议室 街道办事处 市民之家");
    return w;
}
const QStringList& meetings() {
    static const QStringList w =
        words("工作例会 专题会议 党组会议 防汛工作部署会 安全生产调度会 民生实事推进会 "
              "预算编制协调会 干部大会 座谈会 现场推进会");
    return w;
}
const QStringList& verbs() {
    static const QStringList w =
        words("报送 审核 签批 汇总 转发 落实 核对 上报 整理 归档 修改 会签");
    return w;
}
const QStringList& papers() {
    static const QStringList w =
        words("材料 工作总结 年度预算 统计报表 调研报告 会议纪要 请示文件 值班表 考核材料 "
              "整改方案 应急预案 通知 简报 台账 自查报告 督查清单");
    return w;
}
const QStringList& topics() {
    static const QStringList w =
        words("防汛防台 安全生产 疫情防控 乡村振兴 营商环境 数字化改革 垃圾分类 信访维稳 招商引资 "
              "共同富裕 基层治理 文明城市创建 党风廉政建设 项目审批 财政资金");
    return w;
}
// Words a few hundred messages in a million contain.
const QStringList& rare() {
    static const QStringList w = words("碳达峰 河长制 网格员 一网通办 最多跑一次 亩均论英雄 三服务 "
                                       "浙里办 老旧小区改造 未来社区 山海协作 枫桥经验");
    return w;
}
const QStringList& replies() {
    static const QStringList w =
        words("收到 好的 已阅 马上办 已报送 请审阅 明白 谢谢 辛苦了 收到，马上落实 好的，已转发");
    return w;
}
const QStringList& formats() {
    static const QStringList w = words("PDF Excel WPS OFD Word");
    return w;
}

} // namespace

const QString& OfficeText::pick(const QStringList& list) {
    const double u = double(m_random.below(1'000'000)) / 1e6;
    return list[qsizetype(u * u * double(list.size()))]; // about Zipf: the head is common
}

QString OfficeText::next() {
    const QString topic =
        m_random.below(1000) < 3 ? rare()[m_random.below(int(rare().size()))] : pick(topics());
    switch (m_random.below(8)) {
    case 0:
        return QStringLiteral("%1，%2在%3召开%4，请准时参加。")
            .arg(pick(people()), pick(times()), pick(places()), pick(meetings()));
    case 1:
        return QStringLiteral("请于%1%2%3%4。")
            .arg(pick(times()), pick(verbs()), topic, pick(papers()));
    case 2:
        return QStringLiteral("%1%2已%3，请%4审阅。")
            .arg(topic, pick(papers()), pick(verbs()), pick(people()));
    case 3:
    case 4:
        return pick(replies());
    case 5:
        return QStringLiteral("关于%1的%2，%3前务必%4到办公室。")
            .arg(topic, pick(papers()), pick(times()), pick(verbs()));
    case 6:
        return QStringLiteral("%1，%2%3的附件是%4格式，请查收并于%5%6。")
            .arg(pick(people()), topic, pick(papers()), pick(formats()), pick(times()),
                 pick(verbs()));
    default:
        return QStringLiteral("%1同志，%2工作请抓紧%3，%4要召开%5。")
            .arg(pick(people()), topic, pick(verbs()), pick(times()), pick(meetings()));
    }
}

QStringList officeQueries() {
    return words("会议 通知 材料 防汛 安全生产 值班表 预算 会议纪要 报送 张科长 李主任 请示文件 "
                 "乡村振兴 数字化改革 整改方案 应急预案 督查清单 财政资金 三楼会议室 视频会议 "
                 "明天上午 月底前 收到 辛苦 碳达峰 河长制 网格员 一网通办 最多跑一次 浙里办 "
                 "未来社区 枫桥经验 山海协作 excel pdf wps 会 报 工作总结 简报 干部大会 审核 "
                 "党组会议 调度会 量子计算 高铁站 人工智能 营商环境 督查 台账 老黄 座谈会") +
           QStringList{QStringLiteral("防汛 值班表"), QStringLiteral("会议 三楼"),
                       QStringLiteral("预算 审核"), QStringLiteral("pdf 查收")};
}

} // namespace zt::bench
