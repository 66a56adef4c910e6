// The directory through the real server: tree and paging, search as civil servants type it,
// ranking, filters, and the visibility policy (masked mobiles, hidden units).
#include "RawClient.h"
#include "ServerProcess.h"
#include "TestClient.h"
#include "contacts/DirectoryProtocol.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;
using contacts::ChildrenResult;
using contacts::SearchResult;

namespace {

ChildrenResult listChildren(test::RawClient& c, qint64 node, int offset = 0, int limit = 100) {
    const QJsonObject res =
        c.request(contacts::op::Children, contacts::ChildrenArgs{node, offset, limit}.toJson());
    return ChildrenResult::fromJson(res[QStringLiteral("result")].toObject());
}

SearchResult search(test::RawClient& c, const contacts::SearchArgs& args) {
    const QJsonObject res = c.request(contacts::op::Search, args.toJson());
    return SearchResult::fromJson(res[QStringLiteral("result")].toObject());
}

contacts::SearchArgs query(const QString& q, qint64 region = 0, const QString& line = {}) {
    contacts::SearchArgs args;
    args.query = q;
    args.region = region;
    args.line = line;
    args.limit = 100;
    return args;
}

SearchResult search(test::RawClient& c, const QString& q) {
    return search(c, query(q));
}

qint64 childNamed(const ChildrenResult& r, const QString& name) {
    for (const auto& n : r.nodes)
        if (n.name == name) return n.id;
    return 0;
}

bool login(test::RawClient& c, const QUrl& url, const QString& user) {
    return c.open(url) && c.hello() && c.login(user, test::kDemoPassword);
}

} // namespace

class TestDirectory : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void treeHasTheRealDivisions();
    void childrenArePagedAcrossNodesAndPeople();
    void findsPeopleAsTheyAreTyped_data();
    void findsPeopleAsTheyAreTyped();
    void ranksExactNameFirst();
    void filtersByRegionAndLine();
    void browsesByLineAndRoleWithoutText();
    void findsUnitsAndDivisions();
    void masksMobilesOutsideOwnUnit();
    void hiddenUnitsAreInvisibleToOutsiders();
    void policyIsConfigurable();
    void badArgumentsAreRefused();

private:
    QTemporaryDir m_data;
    std::unique_ptr<test::ServerProcess> m_server;
    test::RawClient m_lina;
    qint64 m_yuhang = 0;
};

void TestDirectory::initTestCase() {
    m_server = std::make_unique<test::ServerProcess>(m_data.path());
    QVERIFY(m_server->start());
    QVERIFY(login(m_lina, m_server->url(), QStringLiteral("lina")));
}

void TestDirectory::treeHasTheRealDivisions() {
    const ChildrenResult roots = listChildren(m_lina, 0);
    QCOMPARE(roots.nodes.size(), 1);
    QCOMPARE(roots.nodes[0].name, QStringLiteral("浙江省"));
    const ChildrenResult province = listChildren(m_lina, roots.nodes[0].id);
    const qint64 hangzhou = childNamed(province, QStringLiteral("杭州市"));
    QVERIFY(hangzhou);
    const qint64 bureau = childNamed(province, QStringLiteral("浙江省教育厅"));
    QVERIFY(bureau);
    for (const auto& n : province.nodes) // every unit's people counted, at every level
        QVERIFY2(n.memberCount > 0, qPrintable(n.name));
    int cities = 0;
    for (const auto& n : province.nodes)
        cities += n.kind == contacts::NodeKind::Division ? 1 : 0;
    QCOMPARE(cities, 11);
    const ChildrenResult city = listChildren(m_lina, hangzhou);
    m_yuhang = childNamed(city, QStringLiteral("余杭区"));
    QVERIFY(m_yuhang);
    const ChildrenResult county = listChildren(m_lina, m_yuhang);
    QCOMPARE(county.path.size(), 3); // 浙江省 › 杭州市 › 余杭区
    QCOMPARE(county.path.last().name, QStringLiteral("余杭区"));
    QVERIFY(childNamed(county, QStringLiteral("余杭区教育局")));
    const auto yuhang = std::find_if(city.nodes.begin(), city.nodes.end(),
                                     [&](auto& n) { return n.id == m_yuhang; });
    QVERIFY(yuhang->memberCount > 1000); // the demo county is staffed
    QCOMPARE(yuhang->level, 3);
}

void TestDirectory::childrenArePagedAcrossNodesAndPeople() {
    const qint64 bureau =
        childNamed(listChildren(m_lina, m_yuhang), QStringLiteral("余杭区教育局"));
    const ChildrenResult all = listChildren(m_lina, bureau, 0, 500);
    QVERIFY(all.totalNodes >= 3 && all.totalPeople >= 3); // sections, and the leaders themselves
    QCOMPARE(all.nodes.size(), all.totalNodes);
    QCOMPARE(all.people.size(), all.totalPeople);
    QStringList paged;
    for (int offset = 0; offset < all.totalNodes + all.totalPeople; offset += 2) {
        const ChildrenResult page = listChildren(m_lina, bureau, offset, 2);
        for (const auto& n : page.nodes)
            paged << n.name;
        for (const auto& p : page.people)
            paged << p.name;
    }
    QStringList expected;
    for (const auto& n : all.nodes)
        expected << n.name;
    for (const auto& p : all.people)
        expected << p.name;
    QCOMPARE(paged, expected);
}

void TestDirectory::findsPeopleAsTheyAreTyped_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("name");
    QTest::newRow("name") << QStringLiteral("张伟") << QStringLiteral("张伟");
    QTest::newRow("given name") << QStringLiteral("晓明") << QStringLiteral("单晓明");
    QTest::newRow("pinyin") << QStringLiteral("zhangwei") << QStringLiteral("张伟");
    QTest::newRow("initials") << QStringLiteral("sxm") << QStringLiteral("单晓明");
    QTest::newRow("mixed") << QStringLiteral("zeng l") << QStringLiteral("曾丽");
    QTest::newRow("单 as shan") << QStringLiteral("shanxiaoming") << QStringLiteral("单晓明");
    QTest::newRow("traditional") << QStringLiteral("張偉") << QStringLiteral("张伟");
    QTest::newRow("title") << QStringLiteral("疾控") << QStringLiteral("单晓明");
}

void TestDirectory::findsPeopleAsTheyAreTyped() {
    QFETCH(QString, query);
    QFETCH(QString, name);
    const SearchResult r = search(m_lina, ::query(query));
    QStringList names;
    for (const auto& hit : r.people)
        names << hit.person.name;
    QVERIFY2(names.contains(name),
             qPrintable(query + QStringLiteral(" → ") + names.mid(0, 10).join(QLatin1Char(','))));
}

void TestDirectory::ranksExactNameFirst() {
    const SearchResult r = search(m_lina, QStringLiteral("张伟"));
    QVERIFY(!r.people.isEmpty());
    QCOMPARE(r.people[0].person.name, QStringLiteral("张伟"));
    QCOMPARE(r.people[0].marks.value(0), qMakePair(0, 2));
    for (qsizetype i = 1; i < r.people.size(); ++i)
        QVERIFY(r.people[i - 1].matchClass <= r.people[i].matchClass);
    // Own unit first among equals: lina's colleagues in 余杭区教育局 before others named alike.
    const SearchResult wang = search(m_lina, QStringLiteral("王"));
    QVERIFY(wang.people.size() > 3);
}

void TestDirectory::filtersByRegionAndLine() {
    const qint64 hangzhou =
        listChildren(m_lina, listChildren(m_lina, 0).nodes[0].id).nodes.value(0).id;
    contacts::SearchArgs args = query(QStringLiteral("wang"), m_yuhang, QStringLiteral("公安"));
    const SearchResult r = search(m_lina, args);
    QVERIFY(!r.people.isEmpty());
    for (const auto& hit : r.people) {
        bool police = false;
        for (const auto& p : hit.person.positions)
            police = police || p.line == QStringLiteral("公安");
        QVERIFY(police);
    }
    Q_UNUSED(hangzhou);
    args.rank = contacts::Rank::Bureau; // nobody in a county holds 正厅
    QVERIFY(search(m_lina, args).people.isEmpty());
}

void TestDirectory::browsesByLineAndRoleWithoutText() {
    // 条线 教育 in 余杭区: everyone listed holds an education position there, paged without
    // overlap.
    contacts::SearchArgs args = query(QString(), m_yuhang, QStringLiteral("教育"));
    args.limit = 10; // the county's 教育局 has about 20 people
    const SearchResult first = search(m_lina, args);
    QCOMPARE(first.people.size(), 10);
    QVERIFY(first.more);
    args.offset = 10;
    const SearchResult second = search(m_lina, args);
    QVERIFY(!second.people.isEmpty());
    QSet<qint64> seen;
    for (const auto& hit : first.people + second.people) {
        QVERIFY2(!seen.contains(hit.person.id), "pages overlap");
        seen.insert(hit.person.id);
        bool education = false;
        for (const auto& p : hit.person.positions)
            education = education || p.line == QStringLiteral("教育");
        QVERIFY(education);
    }
    // Leaders (role bit 1) of the county: 单晓明 is one.
    contacts::SearchArgs leaders = query(QString(), m_yuhang);
    leaders.role = contacts::RoleLeader;
    leaders.limit = 100;
    bool shan = false;
    for (int offset = 0; offset <= 1000 && !shan; offset += 100) {
        leaders.offset = offset;
        const SearchResult page = search(m_lina, leaders);
        for (const auto& hit : page.people) {
            shan = shan || hit.person.name == QStringLiteral("单晓明");
            QVERIFY(hit.person.positions.value(0).roles != 0 || hit.person.positions.size() > 1);
        }
        if (!page.more) break;
    }
    QVERIFY(shan);
    // No text and no filter: nothing (not the whole province).
    QVERIFY(search(m_lina, query(QString(), m_yuhang)).people.isEmpty());
}

void TestDirectory::findsUnitsAndDivisions() {
    const SearchResult r = search(m_lina, QStringLiteral("yh"));
    QStringList units;
    for (const auto& n : r.units)
        units << n.name;
    QVERIFY2(units.contains(QStringLiteral("余杭区")), qPrintable(units.join(QLatin1Char(','))));
    const SearchResult t = search(m_lina, QStringLiteral("臺州"));
    QVERIFY(std::any_of(t.units.begin(), t.units.end(),
                        [](auto& n) { return n.name == QStringLiteral("台州市"); }));
}

void TestDirectory::masksMobilesOutsideOwnUnit() {
    const SearchResult r = search(m_lina, QStringLiteral("王芳")); // 公安局: another unit
    QVERIFY(!r.people.isEmpty());
    QVERIFY(r.people[0].person.mobileMasked);
    QVERIFY(r.people[0].person.mobile.contains(QLatin1Char('*')));
    const SearchResult self = search(m_lina, QStringLiteral("李娜"));
    QVERIFY(!self.people[0].person.mobileMasked); // her own number
    // A colleague in the same bureau is visible unmasked.
    const qint64 bureau =
        childNamed(listChildren(m_lina, m_yuhang), QStringLiteral("余杭区教育局"));
    const ChildrenResult staff = listChildren(m_lina, bureau);
    QVERIFY(!staff.people.isEmpty());
    QVERIFY(!staff.people[0].mobileMasked);
    const QJsonObject person =
        m_lina.request(contacts::op::Person, {{QStringLiteral("id"), r.people[0].person.id}});
    QVERIFY(
        contacts::PersonInfo::fromJson(person[QStringLiteral("result")].toObject()).mobileMasked);
}

void TestDirectory::hiddenUnitsAreInvisibleToOutsiders() {
    const ChildrenResult county = listChildren(m_lina, m_yuhang);
    QVERIFY(!childNamed(county, QStringLiteral("余杭区保密办公室")));
    QVERIFY(search(m_lina, QStringLiteral("保密办公室")).units.isEmpty());
    // The hidden unit does not shift the paging either: small pages add up, nothing repeats.
    QCOMPARE(county.totalNodes, int(county.nodes.size()));
    QSet<QString> seen;
    int rows = 0;
    for (int offset = 0; offset < county.totalNodes + county.totalPeople; offset += 7) {
        const ChildrenResult page = listChildren(m_lina, m_yuhang, offset, 7);
        QStringList keys;
        for (const auto& n : page.nodes)
            keys << n.name;
        for (const auto& p : page.people)
            keys << QString::number(p.id);
        for (const QString& key : keys) {
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
            ++rows;
        }
    }
    QCOMPARE(rows, county.totalNodes + county.totalPeople);
}

void TestDirectory::policyIsConfigurable() {
    QTemporaryDir data;
    const QString policyFile = data.filePath(QStringLiteral("policy.json"));
    QFile f(policyFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"maskMobileOutsideUnit": false, "hideHiddenUnits": false})");
    f.close();
    test::ServerProcess open(data.filePath(QStringLiteral("db")),
                             {QStringLiteral("--directory-policy"), policyFile});
    QVERIFY(open.start());
    test::RawClient lina;
    QVERIFY(login(lina, open.url(), QStringLiteral("lina")));
    QVERIFY(!search(lina, QStringLiteral("王芳")).people.value(0).person.mobileMasked);
    QVERIFY(!search(lina, QStringLiteral("保密办公室")).units.isEmpty());
    // A malformed policy stops the server with a clear message instead of serving wide open.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"maskMobileOutsideUnit": "no"})");
    f.close();
    test::ServerProcess broken(data.filePath(QStringLiteral("db2")),
                               {QStringLiteral("--directory-policy"), policyFile});
    QVERIFY(!broken.start());
}

void TestDirectory::badArgumentsAreRefused() {
    auto code = [&](const QString& op, const QJsonObject& args) {
        return m_lina.request(op, args)[QStringLiteral("error")]
            .toObject()[QStringLiteral("code")]
            .toString();
    };
    QCOMPARE(code(contacts::op::Children, {{QStringLiteral("node"), -1}}),
             QStringLiteral("bad_args"));
    QCOMPARE(code(contacts::op::Children, {{QStringLiteral("node"), 99999999}}),
             QStringLiteral("not_found"));
    QCOMPARE(code(contacts::op::Search, {{QStringLiteral("q"), 5}}), QStringLiteral("bad_args"));
    QCOMPARE(code(contacts::op::Person, {{QStringLiteral("id"), QStringLiteral("x")}}),
             QStringLiteral("bad_args"));
    QCOMPARE(code(contacts::op::Person, {{QStringLiteral("id"), 99999999}}),
             QStringLiteral("not_found"));
    test::RawClient anonymous;
    QVERIFY(anonymous.open(m_server->url()) && anonymous.hello());
    QCOMPARE(anonymous
                 .request(contacts::op::Search,
                          {{QStringLiteral("q"), QStringLiteral("张")}})[QStringLiteral("error")]
                 .toObject()[QStringLiteral("code")]
                 .toString(),
             QStringLiteral("not_authenticated"));
}

QTEST_GUILESS_MAIN(TestDirectory)
#include "tst_directory.moc"
