#pragma once
// Builds the demo directory: the real administrative divisions of Zhejiang (shipped in
// resources), units appropriate to each level, and deterministic people in them.
#include <QHash>
#include <QString>
#include <memory>

namespace zt::server {

class ServerStorage;
class DirectoryStorage;
class NameGenerator;
struct UnitTemplate;

enum class DirectoryScale {
    Demo, // the whole spine and all units; people in 余杭区 and the province and city offices
    Full  // people everywhere, plus village groups: about the seed platform's scale
};

struct SeedReport {
    qint64 nodes = 0;
    qint64 people = 0;
    qint64 elapsedMs = 0;
    bool alreadySeeded = false;
};

class DirectorySeeder {
public:
    explicit DirectorySeeder(ServerStorage& storage, quint64 seed = 20'261'127);
    ~DirectorySeeder();
    SeedReport seed(DirectoryScale scale);

    static inline const QString kDemoCounty = QStringLiteral("330110"); // 余杭区

private:
    void loadDivisions();
    void addUnits(qint64 divisionId, const QString& divisionName, int level,
                  const QList<UnitTemplate>& units, bool withPeople);
    void staffUnit(qint64 unitId, int level, const UnitTemplate& unit,
                   const QList<qint64>& sections);
    void staffVillage(qint64 villageId, int groups);
    qint64 addPerson(qint64 nodeId, const QString& title, int rank, const QString& line, int roles);
    void linkDemoAccounts();
    bool peopleWanted(const QString& code) const;

    ServerStorage& m_storage;
    DirectoryStorage& m_dir;
    quint64 m_seed;
    std::unique_ptr<NameGenerator> m_names;
    DirectoryScale m_scale = DirectoryScale::Demo;
    QHash<QString, qint64> m_divisionIds; // NBS code → node id
    QHash<QString, qint64> m_unitIds;     // full unit name → node id (for demo accounts)
};

} // namespace zt::server
