#pragma once
// Schema versions keyed by PRAGMA user_version. A new database gets the latest schema in one
// step; an older one walks the migrations. Tests check that both paths end in the same schema.
#include "Database.h"

#include <QStringList>
#include <functional>
#include <vector>

namespace zt::store {

struct Schema {
    int version = 0;
    QString latest;                                 // DDL creating the current schema
    std::vector<std::function<void(Database&)>> up; // up[k] moves version k+1 to k+2
};

enum class MigrateResult { Created, Migrated, UpToDate, TooNew };

// Throws DbError when a step fails; the failed step is rolled back as a whole.
MigrateResult migrate(Database& db, const Schema& schema);

// Normalised schema text (tables, indexes, triggers) for comparing two databases.
QStringList schemaDump(Database& db);

} // namespace zt::store
