#include "Migrator.h"

#include <QRegularExpression>

namespace zt::store {

MigrateResult migrate(Database& db, const Schema& schema) {
    const int current = db.userVersion();
    if (current > schema.version) return MigrateResult::TooNew;
    if (current == schema.version) return MigrateResult::UpToDate;
    if (current == 0) {
        db.transaction([&] {
            db.exec(schema.latest);
            db.setUserVersion(schema.version);
        });
        return MigrateResult::Created;
    }
    for (int v = current; v < schema.version; ++v) {
        db.transaction([&] {
            schema.up.at(size_t(v - 1))(db);
            db.setUserVersion(v + 1);
        });
    }
    return MigrateResult::Migrated;
}

QStringList schemaDump(Database& db) {
    QStringList out;
    Statement st = db.prepare(QStringLiteral(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    while (st.next()) {
        QString sql = st.text(2);
        sql.replace(space, QStringLiteral(" "));
        sql.replace(QStringLiteral("( "), QStringLiteral("("));
        sql.replace(QStringLiteral(" )"), QStringLiteral(")"));
        out << st.text(0) + QLatin1Char(' ') + st.text(1) + QStringLiteral(": ") + sql.trimmed();
    }
    return out;
}

} // namespace zt::store
