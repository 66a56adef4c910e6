// Directory delta sync against the real server: a client copies its own county once, then follows
// administrative changes — a person moved between units appears moved in a client that was online
// (pushed notice) and in one that was offline at the time (catch-up on reconnect). Also renames,
// arrivals, departures, and who may administer what.
#include "ServerProcess.h"
#include "TestClient.h"
#include "contacts/DirectoryCache.h"
#include "contacts/DirectoryService.h"
#include "contacts/DirectorySync.h"
#include "contacts/DirectoryTreeModel.h"
#include "sync/Outbox.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;
using contacts::AdminArgs;
using contacts::DirectoryCache;
using contacts::PersonInfo;

namespace {

constexpr int kTimeoutMs = 30'000;

contacts::DirectorySync& syncOf(test::TestClient& c) {
    return *c.core().directory()->sync();
}

DirectoryCache& cacheOf(test::TestClient& c) {
    return c.core().directory()->cache();
}

// The person with this account, from the local copy of the region.
std::optional<PersonInfo> personOfUser(test::TestClient& c, const QString& name, qint64 userId) {
    for (const contacts::SearchHit& hit : cacheOf(c).search(name, 50).people)
        if (hit.person.userId == userId) return hit.person;
    return std::nullopt;
}

bool listingHas(test::TestClient& c, qint64 node, qint64 person) {
    const auto page = cacheOf(c).children(node, 0, 1000);
    if (!page) return false;
    for (const PersonInfo& p : page->people)
        if (p.id == person) return true;
    return false;
}

QString adminCall(test::TestClient& admin, const QString& op, AdminArgs args) {
    QSignalSpy settled(admin.core().outbox(), &sync::Outbox::settled);
    admin.core().directory()->administer(op, args);
    if (!settled.wait(kTimeoutMs)) return QStringLiteral("no answer");
    return settled.at(0).at(1).toBool() ? QString() : settled.at(0).at(2).toString();
}

// Expands like a view would until the child whose text starts with prefix shows up.
QModelIndex expandTo(contacts::DirectoryTreeModel& m, const QModelIndex& parent,
                     const QString& prefix) {
    QDeadlineTimer deadline(kTimeoutMs);
    while (!deadline.hasExpired()) {
        for (int row = 0; row < m.rowCount(parent); ++row)
            if (m.index(row, 0, parent).data().toString().startsWith(prefix))
                return m.index(row, 0, parent);
        if (m.canFetchMore(parent)) m.fetchMore(parent);
        QTest::qWait(20);
    }
    return {};
}

QModelIndex expandPath(contacts::DirectoryTreeModel& m, const QStringList& names) {
    QModelIndex at;
    for (const QString& name : names)
        if (at = expandTo(m, at, name); !at.isValid()) return {};
    return at;
}

bool modelHasPerson(contacts::DirectoryTreeModel& m, const QModelIndex& unit, qint64 person) {
    if (m.canFetchMore(unit)) m.fetchMore(unit); // like a view showing the expanded unit
    for (int row = 0; row < m.rowCount(unit); ++row)
        if (const QModelIndex i = m.index(row, 0, unit);
            i.data(contacts::DirectoryTreeModel::IsPersonRole).toBool() &&
            i.data(contacts::DirectoryTreeModel::IdRole).toLongLong() == person)
            return true;
    return false;
}

} // namespace

class TestDirectorySync : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void regionIsCopiedForOfflineUse();
    void movedPersonAppearsMovedOnlineAndOffline();
    void openTreeFollowsAMove();
    void renameArrivalAndDeparturePropagate();
    void onlyAdminsInsideTheirRegionMayChange();
    void changesAreIdempotentAndResumable();

private:
    std::unique_ptr<test::TestClient> signedIn(const QString& user);

    QTemporaryDir m_data;
    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<test::TestClient> m_admin;   // zhangwei: directory admin of 余杭区
    std::unique_ptr<test::TestClient> m_online;  // shanxiaoming: stays online
    std::unique_ptr<test::TestClient> m_offline; // lina: offline while things change
};

std::unique_ptr<test::TestClient> TestDirectorySync::signedIn(const QString& user) {
    auto client = std::make_unique<test::TestClient>(QString(), 0, true);
    if (!client->signIn(m_server->url(), user)) return nullptr;
    QSignalSpy copied(&syncOf(*client), &contacts::DirectorySync::upToDate);
    if (syncOf(*client).version() < 0 && !copied.wait(kTimeoutMs)) return nullptr;
    return client;
}

void TestDirectorySync::initTestCase() {
    m_server = std::make_unique<test::ServerProcess>(m_data.path());
    QVERIFY(m_server->start());
    m_admin = signedIn(QStringLiteral("zhangwei"));
    m_online = signedIn(QStringLiteral("shanxiaoming"));
    m_offline = signedIn(QStringLiteral("lina"));
    QVERIFY(m_admin && m_online && m_offline);
}

void TestDirectorySync::regionIsCopiedForOfflineUse() {
    // The demo county (余杭区) holds ~1,600 people; all of them are now local, listings included.
    QVERIFY2(cacheOf(*m_offline).personCount() > 1000,
             qPrintable(QString::number(cacheOf(*m_offline).personCount())));
    const auto me = personOfUser(*m_offline, QStringLiteral("李娜"), 2);
    QVERIFY(me);
    QVERIFY(listingHas(*m_offline, me->positions.at(0).nodeId, me->id));
    QVERIFY(syncOf(*m_offline).version() >= 0);
}

void TestDirectorySync::movedPersonAppearsMovedOnlineAndOffline() {
    const auto wang = personOfUser(*m_admin, QStringLiteral("王芳"), 3);
    const auto zhang = personOfUser(*m_admin, QStringLiteral("张伟"), 1);
    QVERIFY(wang && zhang);
    const qint64 from = wang->positions.at(0).nodeId; // 公安局/指挥中心
    const qint64 to = zhang->positions.at(0).nodeId;  // 区政府办/秘书科
    QVERIFY(listingHas(*m_online, from, wang->id));

    m_offline->core().goOffline();
    QVERIFY(m_offline->waitStatus(core::ClientCore::Status::Offline));
    QSignalSpy pushed(m_online->core().directory(), &contacts::DirectoryService::directoryChanged);
    QCOMPARE(adminCall(*m_admin, contacts::op::AdminMove, AdminArgs::move(wang->id, from, to)),
             QString());

    // Online: the notice arrives and the local copy follows.
    QVERIFY(pushed.wait(kTimeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(listingHas(*m_online, to, wang->id), kTimeoutMs);
    QVERIFY(!listingHas(*m_online, from, wang->id));
    QCOMPARE(cacheOf(*m_online).person(wang->id)->positions.at(0).nodeId, to);

    // Offline: nothing changed yet; after reconnecting it catches up.
    QVERIFY(listingHas(*m_offline, from, wang->id));
    QSignalSpy caughtUp(&syncOf(*m_offline), &contacts::DirectorySync::upToDate);
    m_offline->core().goOnline();
    QVERIFY(caughtUp.wait(kTimeoutMs));
    QVERIFY(listingHas(*m_offline, to, wang->id));
    QVERIFY(!listingHas(*m_offline, from, wang->id));
    QCOMPARE(cacheOf(*m_offline).person(wang->id)->positions.at(0).nodeId, to);

    // And back, so later tests see the demo as seeded.
    QCOMPARE(adminCall(*m_admin, contacts::op::AdminMove, AdminArgs::move(wang->id, to, from)),
             QString());
    QTRY_VERIFY_WITH_TIMEOUT(listingHas(*m_online, from, wang->id), kTimeoutMs);
}

void TestDirectorySync::openTreeFollowsAMove() {
    contacts::DirectoryTreeModel model;
    model.attach(m_online->core().directory());
    // No QAbstractItemModelTester here: it fetches every node it sees, i.e. the whole province
    // (tst_contacts_client runs it over a small subtree).
    const QStringList county{QStringLiteral("浙江省"), QStringLiteral("杭州市"),
                             QStringLiteral("余杭区")};
    const QModelIndex from = expandPath(
        model, county + QStringList{QStringLiteral("余杭区公安局"), QStringLiteral("指挥中心")});
    const QModelIndex to =
        expandPath(model, county + QStringList{QStringLiteral("余杭区人民政府办公室"),
                                               QStringLiteral("秘书")});
    QVERIFY(from.isValid() && to.isValid());
    const auto wang = personOfUser(*m_admin, QStringLiteral("王芳"), 3);
    QVERIFY(wang);
    QTRY_VERIFY_WITH_TIMEOUT(modelHasPerson(model, from, wang->id), kTimeoutMs);
    const QPersistentModelIndex fromIndex(from), toIndex(to);
    QCOMPARE(adminCall(*m_admin, contacts::op::AdminMove,
                       AdminArgs::move(
                           wang->id, wang->positions.at(0).nodeId,
                           model.data(to, contacts::DirectoryTreeModel::IdRole).toLongLong())),
             QString());
    QTRY_VERIFY_WITH_TIMEOUT(modelHasPerson(model, toIndex, wang->id), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!modelHasPerson(model, fromIndex, wang->id), kTimeoutMs);
    QCOMPARE(
        adminCall(*m_admin, contacts::op::AdminMove,
                  AdminArgs::move(wang->id,
                                  model.data(to, contacts::DirectoryTreeModel::IdRole).toLongLong(),
                                  wang->positions.at(0).nodeId)),
        QString());
    QTRY_VERIFY_WITH_TIMEOUT(modelHasPerson(model, fromIndex, wang->id), kTimeoutMs);
}

void TestDirectorySync::renameArrivalAndDeparturePropagate() {
    const auto zhang = personOfUser(*m_admin, QStringLiteral("张伟"), 1);
    QVERIFY(zhang);
    const qint64 unit = zhang->positions.at(0).nodeId;
    const AdminArgs rename = AdminArgs::rename(unit, QStringLiteral("秘书一科"));
    QCOMPARE(adminCall(*m_admin, contacts::op::AdminRename, rename), QString());
    QTRY_COMPARE_WITH_TIMEOUT(cacheOf(*m_online).children(unit, 0, 1)->path.back().name,
                              QStringLiteral("秘书一科"), kTimeoutMs);

    AdminArgs arrival{{},
                      0,
                      unit,
                      0,
                      QStringLiteral("仇新来"),
                      QStringLiteral("10012345678"),
                      QStringLiteral("科员"),
                      contacts::Rank::Clerk,
                      QStringLiteral("综合")};
    QCOMPARE(adminCall(*m_admin, contacts::op::AdminAddPerson, arrival), QString());
    // Found offline by pinyin of the polyphonic surname (仇 → qiu) in the online client's copy.
    QTRY_VERIFY_WITH_TIMEOUT(
        !cacheOf(*m_online).search(QStringLiteral("qiuxinlai"), 5).people.isEmpty(), kTimeoutMs);
    const PersonInfo newcomer =
        cacheOf(*m_online).search(QStringLiteral("qiuxinlai"), 5).people.at(0).person;
    QVERIFY(listingHas(*m_online, unit, newcomer.id));
    QCOMPARE(cacheOf(*m_online).children(unit, 0, 1)->path.back().name, QStringLiteral("秘书一科"));

    QCOMPARE(adminCall(*m_admin, contacts::op::AdminRemovePerson, AdminArgs::remove(newcomer.id)),
             QString());
    QTRY_VERIFY_WITH_TIMEOUT(!cacheOf(*m_online).person(newcomer.id), kTimeoutMs);
    QVERIFY(!listingHas(*m_online, unit, newcomer.id));
    QTRY_VERIFY_WITH_TIMEOUT(!cacheOf(*m_offline).person(newcomer.id), kTimeoutMs);
}

void TestDirectorySync::onlyAdminsInsideTheirRegionMayChange() {
    const auto wang = personOfUser(*m_admin, QStringLiteral("王芳"), 3);
    QVERIFY(wang);
    const qint64 unit = wang->positions.at(0).nodeId;
    // lina holds no admin role.
    QCOMPARE(adminCall(*m_offline, contacts::op::AdminRename,
                       AdminArgs::rename(unit, QStringLiteral("x"))),
             QStringLiteral("forbidden"));
    // zengli's unit is in the city government, outside zhangwei's county.
    const auto zeng = personOfUser(*m_admin, QStringLiteral("曾丽"), 5);
    const qint64 cityUnit = zeng ? zeng->positions.at(0).nodeId : 0;
    if (!zeng) { // not in the county copy: ask the server for her
        QSignalSpy loaded(m_admin->core().directory(), &contacts::DirectoryService::searchResults);
        contacts::SearchArgs args;
        args.query = QStringLiteral("曾丽");
        m_admin->core().directory()->search(7, args);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 2, kTimeoutMs);
        const auto result = loaded.at(1).at(1).value<contacts::SearchResult>();
        for (const contacts::SearchHit& hit : result.people)
            if (hit.person.userId == 5)
                QCOMPARE(
                    adminCall(*m_admin, contacts::op::AdminMove,
                              AdminArgs::move(wang->id, unit, hit.person.positions.at(0).nodeId)),
                    QStringLiteral("forbidden"));
    } else {
        QCOMPARE(
            adminCall(*m_admin, contacts::op::AdminMove, AdminArgs::move(wang->id, unit, cityUnit)),
            QStringLiteral("forbidden"));
    }
    QVERIFY(listingHas(*m_online, unit, wang->id));
}

void TestDirectorySync::changesAreIdempotentAndResumable() {
    // A fresh client of the same account with the store of an old version catches up from there;
    // asking twice from the same version gives the same answer.
    QSignalSpy again(&syncOf(*m_online), &contacts::DirectorySync::upToDate);
    const qint64 before = syncOf(*m_online).version();
    m_online->core().goOffline();
    QVERIFY(m_online->waitStatus(core::ClientCore::Status::Offline));
    m_online->core().goOnline();
    QVERIFY(again.wait(kTimeoutMs));
    QCOMPARE(syncOf(*m_online).version(), before);
}

QTEST_GUILESS_MAIN(TestDirectorySync)
#include "tst_directory_sync.moc"
