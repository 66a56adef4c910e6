#include "DirectorySeeder.h"
#include "NameGenerator.h"
#include "UnitTemplates.h"
#include "storage/ServerStorage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <memory>

Q_LOGGING_CATEGORY(lcSeed, "zt.server.seed")

namespace zt::server {

using contacts::NodeKind;
using contacts::Rank;

namespace {

// Leader, deputy, section chief and staff ranks by administrative level.
Rank leaderRank(int level) {
    return level <= 1 ? Rank::Bureau : level == 2 ? Rank::Division : Rank::Section;
}
Rank deputyRank(int level) {
    return Rank(int(leaderRank(level)) - 1);
}
Rank chiefRank(int level) {
    return level <= 1 ? Rank::Division : level == 2 ? Rank::Section : Rank::DeputySection;
}

QString leaderTitle(const QString& unitName) {
    if (unitName.endsWith(QStringLiteral("厅"))) return QStringLiteral("厅长");
    if (unitName.endsWith(QStringLiteral("局"))) return QStringLiteral("局长");
    return QStringLiteral("主任");
}

} // namespace

DirectorySeeder::DirectorySeeder(ServerStorage& storage, quint64 seed)
    : m_storage(storage)
    , m_dir(storage.directory())
    , m_seed(seed) {
}

DirectorySeeder::~DirectorySeeder() = default;

SeedReport DirectorySeeder::seed(DirectoryScale scale) {
    SeedReport report;
    if (m_dir.nodeCount() > 0) {
        report.alreadySeeded = true;
        return report;
    }
    QElapsedTimer clock;
    clock.start();
    m_scale = scale;
    m_names = std::make_unique<NameGenerator>(m_seed);
    m_storage.transaction([&] {
        loadDivisions();
        linkDemoAccounts();
        m_dir.recountMembers();
    });
    report.nodes = m_dir.nodeCount();
    report.people = m_dir.personCount();
    report.elapsedMs = clock.elapsed();
    qCInfo(lcSeed) << "directory seeded:" << report.nodes << "nodes," << report.people
                   << "people in" << report.elapsedMs << "ms";
    return report;
}

bool DirectorySeeder::peopleWanted(const QString& code) const {
    return m_scale == DirectoryScale::Full || code.size() <= 4 || code.startsWith(kDemoCounty);
}

void DirectorySeeder::loadDivisions() {
    QFile f(QStringLiteral(":/zhengtong/server/zhejiang-divisions.tsv"));
    if (!f.open(QIODevice::ReadOnly)) qFatal("divisions table missing from resources");
    f.readLine(); // header
    while (!f.atEnd()) {
        const QStringList cols = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char('\t'));
        if (cols.size() != 4) continue;
        const QString& code = cols[0];
        const int level = cols[2].toInt();
        const qint64 parent = m_divisionIds.value(cols[1]);
        const qint64 id = m_dir.addNode(parent, NodeKind::Division, level, code, cols[3]);
        m_divisionIds.insert(code, id);
        const bool people = peopleWanted(code);
        switch (level) {
        case 1:
            addUnits(id, QStringLiteral("浙江省"), level, provinceUnits(), true);
            break;
        case 2:
            addUnits(id, cols[3], level, cityUnits(), true);
            break;
        case 3:
            addUnits(id, cols[3], level, countyUnits(), people);
            break;
        case 4:
            addUnits(id, cols[3], level, townshipUnits(), people);
            break;
        default:
            if (people) staffVillage(id, m_scale == DirectoryScale::Full ? 10 : 0);
        }
    }
}

void DirectorySeeder::addUnits(qint64 divisionId, const QString& divisionName, int level,
                               const QList<UnitTemplate>& units, bool withPeople) {
    for (const UnitTemplate& unit : units) {
        const QString name = divisionName + unit.name;
        const qint64 unitId =
            m_dir.addNode(divisionId, NodeKind::Unit, level, {}, name, unit.hidden);
        m_unitIds.insert(name, unitId);
        QList<qint64> sections;
        for (const QString& section : unit.sections) {
            const qint64 id = m_dir.addNode(unitId, NodeKind::Department, level, {}, section);
            sections << id;
            m_unitIds.insert(name + QLatin1Char('/') + section, id);
        }
        if (withPeople)
            staffUnit(unitId, level, UnitTemplate{name, unit.line, unit.sections, unit.hidden},
                      sections);
    }
}

void DirectorySeeder::staffUnit(qint64 unitId, int level, const UnitTemplate& unit,
                                const QList<qint64>& sections) {
    addPerson(unitId, leaderTitle(unit.name), int(leaderRank(level)), unit.line,
              contacts::RoleLeader);
    for (int i = 0; i < 2; ++i)
        addPerson(unitId, QStringLiteral("副") + leaderTitle(unit.name), int(deputyRank(level)),
                  unit.line, contacts::RoleLeader);
    if (sections.isEmpty()) { // township offices: a few staff directly in the unit
        for (int i = 0; i < 3; ++i)
            addPerson(unitId, QStringLiteral("科员"), int(Rank::Clerk), unit.line,
                      i == 0 ? contacts::RoleLiaison : 0);
        return;
    }
    for (const qint64 section : sections) {
        addPerson(section, level <= 1 ? QStringLiteral("处长") : QStringLiteral("科长"),
                  int(chiefRank(level)), unit.line, 0);
        const int staff = 2 + m_names->random().below(4);
        for (int i = 0; i < staff; ++i)
            addPerson(section, QStringLiteral("科员"), int(Rank::Clerk), unit.line,
                      section == sections.first() && i == 0 ? contacts::RoleLiaison : 0);
    }
}

void DirectorySeeder::staffVillage(qint64 villageId, int groups) {
    addPerson(villageId, QStringLiteral("村党组织书记、村委会主任"), int(Rank::None),
              QStringLiteral("基层治理"), contacts::RoleLeader);
    for (int i = 0; i < 2; ++i)
        addPerson(villageId, QStringLiteral("村委会委员"), int(Rank::None),
                  QStringLiteral("基层治理"), i == 0 ? contacts::RoleLiaison : 0);
    for (int g = 1; g <= groups; ++g) {
        const qint64 group = m_dir.addNode(villageId, NodeKind::Department, 5, {},
                                           QStringLiteral("第%1村民小组").arg(g));
        addPerson(group, QStringLiteral("村民小组长"), int(Rank::None), QStringLiteral("基层治理"),
                  0);
        const int members = 3 + m_names->random().below(3);
        for (int i = 0; i < members; ++i)
            addPerson(group, QStringLiteral("网格员"), int(Rank::None), QStringLiteral("基层治理"),
                      0);
    }
}

qint64 DirectorySeeder::addPerson(qint64 nodeId, const QString& title, int rank,
                                  const QString& line, int roles) {
    NewPerson person{m_names->next(), m_names->mobile(), {}, 0};
    return m_dir.addPerson(person, {NewPosition{nodeId, title, Rank(rank), line, roles}});
}

void DirectorySeeder::linkDemoAccounts() {
    struct Link {
        const char* user;
        QString unit;
        QString title;
        Rank rank;
        QString line;
        int roles;
    };
    const QList<Link> links{
        {"zhangwei", QStringLiteral("余杭区人民政府办公室/秘书科"), QStringLiteral("科员"),
         Rank::Clerk, QStringLiteral("综合"), contacts::RoleLiaison | contacts::RoleDirectoryAdmin},
        {"lina", QStringLiteral("余杭区教育局/办公室"), QStringLiteral("副主任"),
         Rank::DeputySection, QStringLiteral("教育"), 0},
        {"wangfang", QStringLiteral("余杭区公安局/指挥中心"), QStringLiteral("科员"), Rank::Clerk,
         QStringLiteral("公安"), 0},
        {"shanxiaoming", QStringLiteral("余杭区卫生健康局/疾控科"), QStringLiteral("科长"),
         Rank::DeputySection, QStringLiteral("卫健"), contacts::RoleLeader},
        {"zengli", QStringLiteral("杭州市人民政府办公室/综合科"), QStringLiteral("科员"),
         Rank::Clerk, QStringLiteral("综合"), 0},
    };
    for (const Link& link : links) {
        const auto user = m_storage.userByName(QString::fromLatin1(link.user));
        const qint64 node = m_unitIds.value(link.unit);
        if (!user || !node) continue;
        NewPerson person{user->displayName, m_names->mobile(),
                         QStringLiteral("0000-8800%1").arg(user->id), user->id};
        m_dir.addPerson(person, {NewPosition{node, link.title, link.rank, link.line, link.roles}});
    }
}

} // namespace zt::server
