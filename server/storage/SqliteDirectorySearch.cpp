// SqliteDirectory: finding people — by name, pinyin, initials, phone, title or unit words
// (search), or by filters alone within a region (browse by line, rank or role).
#include "SqliteDirectory.h"
#include "store/Database.h"

#include <QSet>

namespace zt::server {

namespace {
constexpr int kExactNameLimit = 2000; // the most common name at full scale has ~1,500 holders
} // namespace

QList<SearchCandidate> SqliteDirectory::searchPeople(const SearchFilter& f) {
    // The same filters for every source. No GROUP BY: it would collect every match before LIMIT
    // applies. The region is checked on the person's own row (paths); positions are read only
    // when a line, rank or role is asked for. Rows stream and LIMIT stops early.
    static const QString filters = QStringLiteral(
        " AND (?2 = '' OR instr(pe.paths, ?2) > 0) AND ((?3 = '' AND ?4 = 0 AND ?5 = 0) OR EXISTS"
        " (SELECT 1 FROM positions pos JOIN org_nodes n ON n.id = pos.node_id"
        " WHERE pos.person_id = pe.id AND (?2 = '' OR substr(n.path, 1, length(?2)) = ?2)"
        " AND (?3 = '' OR pos.line = ?3) AND (?4 = 0 OR pos.rank = ?4)"
        " AND (?5 = 0 OR (pos.roles & ?5) != 0))) LIMIT ?6");
    QList<SearchCandidate> out;
    QSet<qint64> seen;
    const auto run = [&](const QString& sql, const QString& first, int limit, bool byRole,
                         const QString& upper = QString()) {
        auto st = m_db.prepare(sql + filters);
        st.bind(1, first)
            .bind(2, f.regionPath)
            .bind(3, f.line)
            .bind(4, int(f.rank))
            .bind(5, f.role);
        st.bind(6, limit);
        if (!upper.isEmpty()) st.bind(7, upper);
        while (st.next())
            if (!seen.contains(st.int64(0))) {
                seen.insert(st.int64(0));
                out << SearchCandidate{st.int64(0), st.text(1), st.text(2).split(QLatin1Char(',')),
                                       byRole};
            }
    };
    const QString select = QStringLiteral("SELECT pe.id, pe.name, pe.paths FROM %1 WHERE %2");
    if (!f.exactName.isEmpty()) {
        // Index-only (people_by_name_paths): every namesake, so the nearest ones can rank first.
        run(select.arg(QStringLiteral("people pe"), QStringLiteral("pe.name = ?1")), f.exactName,
            kExactNameLimit, false);
        // Exact names rank above every other match: when they fill the page, nothing else shows.
        if (out.size() >= f.wanted) return out;
    }
    if (f.match.isEmpty()) return out;
    if (!f.pinyinPrefix.isEmpty()) {
        QString upper = f.pinyinPrefix;
        upper[upper.size() - 1] = QChar(upper.back().unicode() + 1);
        run(select.arg(
                QStringLiteral("(SELECT DISTINCT person_id FROM people_pinyin WHERE key >= ?1 AND "
                               "key < ?7 LIMIT ?6) k JOIN people pe ON pe.id = k.person_id"),
                QStringLiteral("1")),
            f.pinyinPrefix, f.candidateLimit, false, upper);
        if (out.size() >= f.wanted) return out; // enough name matches: skip the costly index
    }
    run(select.arg(QStringLiteral("people_fts f JOIN people pe ON pe.id = f.docid"),
                   QStringLiteral("f.tokens MATCH ?1")),
        f.match, f.candidateLimit, false);
    if (out.size() < f.wanted && !f.roleMatch.isEmpty())
        run(select.arg(QStringLiteral("people_roles_fts f JOIN people pe ON pe.id = f.docid"),
                       QStringLiteral("f.tokens MATCH ?1")),
            f.roleMatch, f.wanted - int(out.size()), true);
    return out;
}

QList<SearchCandidate> SqliteDirectory::browsePeople(const SearchFilter& f, int offset, int limit) {
    // Walks the region's nodes in path order (the path index) and their positions: people come
    // grouped by unit, as in the tree. DISTINCT: a person with two matching positions once.
    QString upper = f.regionPath.isEmpty() ? QStringLiteral("/") : f.regionPath;
    const QString lower = upper;
    upper[upper.size() - 1] = QLatin1Char('0');
    auto st = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT pos.person_id FROM org_nodes n JOIN positions pos ON pos.node_id = n.id "
        "WHERE n.path >= ?1 AND n.path < ?2 AND (?3 = '' OR pos.line = ?3) "
        "AND (?4 = 0 OR pos.rank = ?4) AND (?5 = 0 OR (pos.roles & ?5) != 0) "
        "ORDER BY n.path LIMIT ?6 OFFSET ?7"));
    st.bind(1, lower).bind(2, upper).bind(3, f.line).bind(4, int(f.rank)).bind(5, f.role);
    st.bind(6, limit).bind(7, offset);
    QList<qint64> ids;
    while (st.next())
        ids << st.int64(0);
    QList<SearchCandidate> out;
    for (const qint64 id : ids) {
        auto paths =
            m_db.prepare(QStringLiteral("SELECT pe.name, pe.paths FROM people pe WHERE pe.id = ?"));
        paths.bind(1, id);
        if (paths.next())
            out << SearchCandidate{id, paths.text(0), paths.text(1).split(QLatin1Char(',')), true};
    }
    return out;
}

} // namespace zt::server
