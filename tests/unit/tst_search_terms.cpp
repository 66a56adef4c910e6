// Chinese search: every way section 3 of the contacts issue says a name must be found, checked
// through a real FTS4 table built with our tokens.
#include "contacts/ChineseText.h"
#include "contacts/Pinyin.h"
#include "contacts/SearchTerms.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace zt::contacts;
using zt::store::Database;

class TestSearchTerms : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pinyinTableLoaded();
    void traditionalBecomesSimplified();
    void finds_data();
    void finds();
    void doesNotFindWrongThings_data();
    void doesNotFindWrongThings();
    void ranksExactBeforePrefixBeforePinyinBeforeInitials();
    void highlightsWhatMatched_data();
    void highlightsWhatMatched();

private:
    QStringList search(const QString& query);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSearchTerms::initTestCase() {
    auto opened = Database::open(m_dir.filePath(QStringLiteral("fts.db")));
    QVERIFY(opened.db);
    m_db = std::move(opened.db);
    m_db->exec(
        QStringLiteral("CREATE VIRTUAL TABLE idx USING fts4(name, tokens, prefix=\"1,2,3\")"));
    const QList<QPair<QString, NameKind>> names{
        {QStringLiteral("张三"), NameKind::Person},
        {QStringLiteral("单晓明"), NameKind::Person},
        {QStringLiteral("曾丽"), NameKind::Person},
        {QStringLiteral("解小东"), NameKind::Person},
        {QStringLiteral("仇建国"), NameKind::Person},
        {QStringLiteral("区志强"), NameKind::Person},
        {QStringLiteral("查文"), NameKind::Person},
        {QStringLiteral("朴成浩"), NameKind::Person},
        {QStringLiteral("尉迟恭"), NameKind::Person},
        {QStringLiteral("欧阳娜娜"), NameKind::Person},
        {QStringLiteral("张三丰"), NameKind::Person},
        {QStringLiteral("李张三"), NameKind::Person},
        {QStringLiteral("余杭区"), NameKind::Place},
        {QStringLiteral("台州市"), NameKind::Place},
        {QStringLiteral("杭州市教育局"), NameKind::Place},
    };
    for (const auto& [name, kind] : names)
        m_db->prepare(QStringLiteral("INSERT INTO idx(name, tokens) VALUES(?, ?)"))
            .bind(1, name)
            .bind(2, indexTokens(name, kind))
            .run();
    m_db->prepare(QStringLiteral("INSERT INTO idx(name, tokens) VALUES(?, ?)"))
        .bind(1, QStringLiteral("王电话"))
        .bind(2, indexTokens(QStringLiteral("王电话"), NameKind::Person) + QLatin1Char(' ') +
                     phoneTokens(QStringLiteral("138-0000-4321")))
        .run();
}

QStringList TestSearchTerms::search(const QString& query) {
    const ParsedQuery q = parseQuery(query);
    QStringList out;
    if (q.match.isEmpty()) return out;
    auto st = m_db->prepare(QStringLiteral("SELECT name FROM idx WHERE tokens MATCH ?"));
    st.bind(1, q.match);
    while (st.next())
        out << st.text(0);
    return out;
}

void TestSearchTerms::pinyinTableLoaded() {
    QVERIFY(PinyinTable::instance().size() > 21'000);
    QCOMPARE(PinyinTable::instance().readings(U'行').value(0), QStringLiteral("xing"));
    QCOMPARE(PinyinTable::instance().surnameReadings(U'单').value(0), QStringLiteral("shan"));
}

void TestSearchTerms::traditionalBecomesSimplified() {
    QCOMPARE(toSimplified(QStringLiteral("張三")), QStringLiteral("张三"));
    QCOMPARE(toSimplified(QStringLiteral("臺州")), QStringLiteral("台州"));
    QCOMPARE(toSimplified(QStringLiteral("abc")), QStringLiteral("abc"));
}

void TestSearchTerms::finds_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* tag, const QString& q, const QString& e) {
        QTest::newRow(tag) << q << e;
    };
    row("full name", QStringLiteral("张三"), QStringLiteral("张三"));
    row("part of name", QStringLiteral("三"), QStringLiteral("张三"));
    row("given name", QStringLiteral("晓明"), QStringLiteral("单晓明"));
    row("full pinyin", QStringLiteral("zhangsan"), QStringLiteral("张三"));
    row("initials", QStringLiteral("zs"), QStringLiteral("张三"));
    row("mixed", QStringLiteral("zhangs"), QStringLiteral("张三"));
    row("mixed with space", QStringLiteral("zhang s"), QStringLiteral("张三"));
    row("upper case", QStringLiteral("ZhangSan"), QStringLiteral("张三"));
    row("given name pinyin", QStringLiteral("xiaoming"), QStringLiteral("单晓明"));
    row("单 as shan", QStringLiteral("shanxiaoming"), QStringLiteral("单晓明"));
    row("单 initials", QStringLiteral("sxm"), QStringLiteral("单晓明"));
    row("曾 as zeng", QStringLiteral("zengli"), QStringLiteral("曾丽"));
    row("解 as xie", QStringLiteral("xiexiaodong"), QStringLiteral("解小东"));
    row("仇 as qiu", QStringLiteral("qiujianguo"), QStringLiteral("仇建国"));
    row("区 as ou", QStringLiteral("ouzhiqiang"), QStringLiteral("区志强"));
    row("查 as zha", QStringLiteral("zhawen"), QStringLiteral("查文"));
    row("朴 as piao", QStringLiteral("piaochenghao"), QStringLiteral("朴成浩"));
    row("尉迟 as yuchi", QStringLiteral("yuchigong"), QStringLiteral("尉迟恭"));
    row("尉迟 initials", QStringLiteral("ycg"), QStringLiteral("尉迟恭"));
    row("欧阳", QStringLiteral("ouyangnana"), QStringLiteral("欧阳娜娜"));
    row("traditional name", QStringLiteral("張三"), QStringLiteral("张三"));
    row("traditional place", QStringLiteral("臺州"), QStringLiteral("台州市"));
    row("division", QStringLiteral("余杭"), QStringLiteral("余杭区"));
    row("division pinyin", QStringLiteral("yuhang"), QStringLiteral("余杭区"));
    row("division initials", QStringLiteral("yh"), QStringLiteral("余杭区"));
    row("unit part", QStringLiteral("教育局"), QStringLiteral("杭州市教育局"));
    row("unit pinyin inside", QStringLiteral("jiaoyu"), QStringLiteral("杭州市教育局"));
    row("phone suffix", QStringLiteral("4321"), QStringLiteral("王电话"));
    row("longer phone suffix", QStringLiteral("00004321"), QStringLiteral("王电话"));
}

void TestSearchTerms::finds() {
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const QStringList hits = search(query);
    QVERIFY2(hits.contains(expected),
             qPrintable(query + QStringLiteral(" → ") + hits.join(QLatin1Char(','))));
}

void TestSearchTerms::doesNotFindWrongThings_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("absent");
    QTest::newRow("other person") << QStringLiteral("zengli") << QStringLiteral("张三");
    QTest::newRow("chars not adjacent") << QStringLiteral("张丰") << QStringLiteral("张三丰");
    QTest::newRow("wrong phone") << QStringLiteral("9999") << QStringLiteral("王电话");
}

void TestSearchTerms::doesNotFindWrongThings() {
    QFETCH(QString, query);
    QFETCH(QString, absent);
    QVERIFY(!search(query).contains(absent));
}

void TestSearchTerms::ranksExactBeforePrefixBeforePinyinBeforeInitials() {
    const ParsedQuery q = parseQuery(QStringLiteral("张三"));
    QCOMPARE(classify(q, QStringLiteral("张三"), NameKind::Person), MatchClass::ExactName);
    QCOMPARE(classify(q, QStringLiteral("张三丰"), NameKind::Person), MatchClass::NamePrefix);
    QCOMPARE(classify(q, QStringLiteral("李张三"), NameKind::Person), MatchClass::NameContains);
    QCOMPARE(
        classify(parseQuery(QStringLiteral("zhangs")), QStringLiteral("张三"), NameKind::Person),
        MatchClass::PinyinPrefix);
    QCOMPARE(
        classify(parseQuery(QStringLiteral("sanfeng")), QStringLiteral("张三丰"), NameKind::Person),
        MatchClass::PinyinInside);
    QCOMPARE(
        classify(parseQuery(QStringLiteral("zsf")), QStringLiteral("张三丰"), NameKind::Person),
        MatchClass::Initials);
    QVERIFY(MatchClass::ExactName < MatchClass::NamePrefix &&
            MatchClass::PinyinPrefix < MatchClass::Initials);
}

void TestSearchTerms::highlightsWhatMatched_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("length");
    QTest::newRow("chinese") << QStringLiteral("晓明") << QStringLiteral("单晓明") << 1 << 2;
    QTest::newRow("traditional") << QStringLiteral("曉明") << QStringLiteral("单晓明") << 1 << 2;
    QTest::newRow("pinyin prefix")
        << QStringLiteral("zhangs") << QStringLiteral("张三丰") << 0 << 2;
    QTest::newRow("pinyin inside")
        << QStringLiteral("sanfeng") << QStringLiteral("张三丰") << 1 << 2;
    QTest::newRow("initials") << QStringLiteral("zsf") << QStringLiteral("张三丰") << 0 << 3;
    QTest::newRow("compound surname")
        << QStringLiteral("yuchi") << QStringLiteral("尉迟恭") << 0 << 2;
    QTest::newRow("no match") << QStringLiteral("wang") << QStringLiteral("张三") << -1 << 0;
}

void TestSearchTerms::highlightsWhatMatched() {
    QFETCH(QString, query);
    QFETCH(QString, name);
    QFETCH(int, start);
    QFETCH(int, length);
    const auto marks = highlightMarks(parseQuery(query), name, NameKind::Person);
    if (start < 0) {
        QVERIFY(marks.isEmpty());
        return;
    }
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.first(), qMakePair(start, length));
}

QTEST_GUILESS_MAIN(TestSearchTerms)
#include "tst_search_terms.moc"
