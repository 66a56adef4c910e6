// The client side of the directory against the real server: the lazy tree model and the search
// model under QAbstractItemModelTester, the local cache answering offline, starred and recent.
#include "ServerProcess.h"
#include "TestClient.h"
#include "contacts/DirectoryCache.h"
#include "contacts/DirectoryService.h"
#include "contacts/DirectoryTreeModel.h"
#include "contacts/PeopleModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;
using contacts::DirectoryTreeModel;
using contacts::PeopleModel;

namespace {

QModelIndex childNamed(const QAbstractItemModel& m, const QModelIndex& parent,
                       const QString& prefix) {
    for (int row = 0; row < m.rowCount(parent); ++row) {
        const QModelIndex i = m.index(row, 0, parent);
        if (i.data().toString().startsWith(prefix)) return i;
    }
    return {};
}

// Expands like a view would: fetch until the row shows up or nothing more comes.
QModelIndex expandTo(DirectoryTreeModel& m, const QModelIndex& parent, const QString& prefix) {
    QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired()) {
        if (const QModelIndex found = childNamed(m, parent, prefix); found.isValid()) return found;
        if (m.canFetchMore(parent)) m.fetchMore(parent);
        QTest::qWait(20);
    }
    return {};
}

contacts::SearchArgs query(const QString& q) {
    contacts::SearchArgs args;
    args.query = q;
    return args;
}

} // namespace

class TestContactsClient : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void treeModelPassesTheTester();
    void treeLoadsLazilyWithBreadcrumbs();
    void treeAnswersFromCacheOffline();
    void searchShowsLocalThenServerResults();
    void searchWorksOfflineOverWhatWasSeen();
    void starredAndRecent();

private:
    QTemporaryDir m_data;
    QTemporaryDir m_profile;
    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<test::TestClient> m_client;
};

void TestContactsClient::initTestCase() {
    m_server = std::make_unique<test::ServerProcess>(m_data.path());
    QVERIFY(m_server->start());
    m_client = std::make_unique<test::TestClient>(m_profile.path());
    QVERIFY(m_client->signIn(m_server->url(), QStringLiteral("lina")));
}

void TestContactsClient::treeModelPassesTheTester() {
    // The tester fetches everything it sees, far more than a view would: a small subtree only.
    DirectoryTreeModel model;
    model.attach(m_client->core().directory());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex province = expandTo(model, {}, QStringLiteral("浙江省"));
    QVERIFY(province.isValid());
    QVERIFY(expandTo(model, province, QStringLiteral("舟山市")).isValid());
    QTest::qWait(500); // let the tester's own fetches land while it watches
}

void TestContactsClient::treeLoadsLazilyWithBreadcrumbs() {
    DirectoryTreeModel model;
    model.attach(m_client->core().directory());
    QCOMPARE(model.rowCount(), 0); // nothing until a view asks
    const QModelIndex province = expandTo(model, {}, QStringLiteral("浙江省"));
    QVERIFY(province.isValid());
    const QModelIndex city = expandTo(model, province, QStringLiteral("杭州市"));
    QVERIFY(city.isValid());
    const QModelIndex county = expandTo(model, city, QStringLiteral("余杭区"));
    QVERIFY(county.isValid());
    const QModelIndex bureau = expandTo(model, county, QStringLiteral("余杭区教育局"));
    QVERIFY(bureau.isValid());
    const auto path = model.pathOf(bureau);
    QCOMPARE(path.size(), 4);
    QCOMPARE(path[0].name, QStringLiteral("浙江省"));
    QCOMPARE(path[3].name, QStringLiteral("余杭区教育局"));
    QVERIFY(model.data(county, DirectoryTreeModel::MemberCountRole).toInt() > 1000);
    // Sections first, then the people placed in the bureau itself.
    expandTo(model, bureau, QStringLiteral("办公室"));
    const auto lastIsPerson = [&] {
        const int rows = model.rowCount(bureau);
        return rows > 0 &&
               model.data(model.index(rows - 1, 0, bureau), DirectoryTreeModel::IsPersonRole)
                   .toBool();
    };
    QTRY_VERIFY_WITH_TIMEOUT(lastIsPerson(), 10'000);
    QVERIFY(!model.data(model.index(0, 0, bureau), DirectoryTreeModel::IsPersonRole).toBool());
    // A village-level county is large: pages arrive as the view scrolls.
    QVERIFY(model.rowCount(county) <= DirectoryTreeModel::kPageSize);
}

void TestContactsClient::treeAnswersFromCacheOffline() {
    m_client->core().goOffline();
    DirectoryTreeModel model;
    model.attach(m_client->core().directory());
    const QModelIndex province = expandTo(model, {}, QStringLiteral("浙江省"));
    QVERIFY(province.isValid());
    QVERIFY(
        expandTo(model, province, QStringLiteral("杭州市")).isValid()); // browsed before: cached
    m_client->core().goOnline();
    QVERIFY(m_client->waitStatus(core::ClientCore::Status::Online));
}

void TestContactsClient::searchShowsLocalThenServerResults() {
    PeopleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.attachSearch(m_client->core().directory());
    QSignalSpy changed(&model, &PeopleModel::resultsChanged);
    model.search(query(QStringLiteral("shanxiaoming")));
    QTRY_VERIFY(model.serverAnswered());
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.data(model.index(0, 0), PeopleModel::NameRole).toString(),
             QStringLiteral("单晓明"));
    const QVariantList marks = model.data(model.index(0, 0), PeopleModel::MarksRole).toList();
    QCOMPARE(marks.value(0).toPoint(), QPoint(0, 3));
    // A newer query wins even if an older answer arrives later.
    model.search(query(QStringLiteral("zengli")));
    model.search(query(QStringLiteral("wangfang")));
    QTRY_VERIFY(model.serverAnswered());
    QCOMPARE(model.data(model.index(0, 0), PeopleModel::NameRole).toString(),
             QStringLiteral("王芳"));
    model.search(query(QString()));
    QCOMPARE(model.rowCount(), 0);
}

void TestContactsClient::searchWorksOfflineOverWhatWasSeen() {
    m_client->core().goOffline();
    PeopleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.attachSearch(m_client->core().directory());
    model.search(query(QStringLiteral("sxm"))); // 单晓明 was found online before
    QTRY_VERIFY(model.rowCount() > 0);
    QCOMPARE(model.data(model.index(0, 0), PeopleModel::NameRole).toString(),
             QStringLiteral("单晓明"));
    QVERIFY(!model.serverAnswered());
    m_client->core().goOnline();
    QVERIFY(m_client->waitStatus(core::ClientCore::Status::Online));
}

void TestContactsClient::starredAndRecent() {
    contacts::DirectoryService* service = m_client->core().directory();
    const auto found = service->cache().search(QStringLiteral("王芳"), 5);
    QVERIFY(!found.people.isEmpty());
    const qint64 id = found.people[0].person.id;
    QSignalSpy starred(service, &contacts::DirectoryService::starredLoaded);
    service->setStarred(id, true);
    QCOMPARE(starred.count(), 1);
    QCOMPARE(starred.last().at(0).value<QList<contacts::PersonInfo>>().value(0).id, id);
    service->markContacted(id);
    QCOMPARE(service->cache().recent(5).value(0).id, id);
    // Frequent: used three times beats used once more recently.
    const auto other = service->cache().search(QStringLiteral("单晓明"), 5);
    QVERIFY(!other.people.isEmpty());
    service->markContacted(id);
    service->markContacted(id);
    service->markContacted(other.people[0].person.id);
    QCOMPARE(service->cache().recent(5).value(0).id, other.people[0].person.id);
    QCOMPARE(service->cache().frequent(5).value(0).id, id);
    PeopleModel list;
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setPeople(service->cache().starred());
    QCOMPARE(list.rowCount(), 1);
    service->setStarred(id, false);
    QCOMPARE(service->cache().starred().size(), 0);
}

QTEST_GUILESS_MAIN(TestContactsClient)
#include "tst_contacts_client.moc"
