// SqliteDirectory: administrative changes (rename, move, departure) and the change log that
// delta sync reads.
#include "SqliteDirectory.h"
#include "SqliteSchema.h"
#include "contacts/ChineseText.h"
#include "contacts/SearchTerms.h"
#include "store/Database.h"

#include <QDateTime>
#include <QSet>

namespace zt::server {

namespace {

QSet<qint64> idsOf(const QString& path) {
    QSet<qint64> ids;
    for (const QStringView id : QStringView(path).split(QLatin1Char('/'), Qt::SkipEmptyParts))
        ids.insert(id.toLongLong());
    return ids;
}

} // namespace

void SqliteDirectory::addToMembers(const QString& path, int delta) {
    for (const qint64 id : idsOf(path))
        m_db.prepare(QStringLiteral("UPDATE org_nodes SET member_count = max(0, member_count + ?) "
                                    "WHERE id=?"))
            .bind(1, delta)
            .bind(2, id)
            .run();
}

void SqliteDirectory::countArrival(qint64 nodeId, int delta) {
    if (const auto n = node(nodeId)) addToMembers(n->path, delta);
}

// Titles and unit names feed the second search index; a move or a rename changes them.
void SqliteDirectory::reindexRoles(qint64 personId) {
    QStringList parts;
    auto st = m_db.prepare(QStringLiteral("SELECT p.title, n.name FROM positions p JOIN org_nodes "
                                          "n ON n.id = p.node_id WHERE p.person_id=?"));
    st.bind(1, personId);
    while (st.next()) {
        parts << contacts::cjkTerms(contacts::toSimplified(st.text(0)));
        parts << contacts::cjkTerms(st.text(1));
    }
    parts.removeDuplicates();
    m_db.prepare(QStringLiteral("DELETE FROM people_roles_fts WHERE docid=?"))
        .bind(1, personId)
        .run();
    m_db.prepare(QStringLiteral("INSERT INTO people_roles_fts(docid, tokens) VALUES(?, ?)"))
        .bind(1, personId)
        .bind(2, parts.join(QLatin1Char(' ')))
        .run();
}

void SqliteDirectory::renameNode(qint64 id, const QString& name) {
    if (const auto old = node(id)) unindexNodePinyin(m_db, id, old->info.level, old->info.name);
    indexNodePinyin(m_db, id, node(id) ? node(id)->info.level : 0, name);
    m_db.prepare(QStringLiteral("UPDATE org_nodes SET name=? WHERE id=?"))
        .bind(1, name)
        .bind(2, id)
        .run();
    m_db.prepare(QStringLiteral("UPDATE nodes_fts SET tokens=? WHERE docid=?"))
        .bind(1, contacts::indexTokens(name, contacts::NameKind::Place))
        .bind(2, id)
        .run();
    // People placed directly in the unit are found by its name: a bounded set, reindexed now.
    for (const qint64 person : peopleIn(id, 0, 10'000))
        reindexRoles(person);
}

// Every node above any of the person's positions: where they count as a member.
QSet<qint64> SqliteDirectory::memberOf(qint64 personId) {
    QSet<qint64> ids;
    auto st = m_db.prepare(QStringLiteral(
        "SELECT n.path FROM positions p JOIN org_nodes n ON n.id = p.node_id WHERE p.person_id=?"));
    st.bind(1, personId);
    while (st.next())
        ids.unite(idsOf(st.text(0)));
    return ids;
}

bool SqliteDirectory::movePosition(qint64 personId, qint64 fromNode, qint64 toNode) {
    if (!node(fromNode) || !node(toNode)) return false;
    const QSet<qint64> before = memberOf(personId);
    auto st =
        m_db.prepare(QStringLiteral("UPDATE positions SET node_id=? WHERE id = (SELECT id "
                                    "FROM positions WHERE person_id=? AND node_id=? LIMIT 1)"));
    st.bind(1, toNode).bind(2, personId).bind(3, fromNode).run();
    if (m_db.changes() == 0) return false;
    // Counted once per subtree, whatever their other positions: only the difference changes.
    const QSet<qint64> after = memberOf(personId);
    for (const auto& [ids, delta] : {std::pair{before - after, -1}, std::pair{after - before, 1}})
        for (const qint64 id : ids)
            m_db.prepare(QStringLiteral("UPDATE org_nodes SET member_count = max(0, member_count "
                                        "+ ?) WHERE id=?"))
                .bind(1, delta)
                .bind(2, id)
                .run();
    reindexRoles(personId);
    m_db.prepare(QStringLiteral(
                     "UPDATE people SET paths = ifnull((SELECT group_concat(n.path) FROM positions "
                     "pos JOIN org_nodes n ON n.id = pos.node_id WHERE pos.person_id = ?1), '') "
                     "WHERE id = ?1"))
        .bind(1, personId)
        .run();
    return true;
}

void SqliteDirectory::removePerson(qint64 personId) {
    for (const qint64 id : memberOf(personId)) // once per subtree, however many positions inside
        m_db.prepare(QStringLiteral(
                         "UPDATE org_nodes SET member_count = max(0, member_count - 1) WHERE id=?"))
            .bind(1, id)
            .run();
    // The pinyin keys come from the name: delete by full key, not by a scan over person_id.
    if (const auto p = person(personId)) {
        const contacts::NameKeys keys = contacts::nameKeys(p->name, contacts::NameKind::Person);
        for (const QStringList& list : {keys.fullPinyin, keys.initials})
            for (const QString& key : list)
                m_db.prepare(
                        QStringLiteral("DELETE FROM people_pinyin WHERE key=? AND person_id=?"))
                    .bind(1, key)
                    .bind(2, personId)
                    .run();
    }
    // The row stays as an empty tombstone: a deleted highest id would otherwise be handed to the
    // next arrival, and clients' starred lists and change logs would mistake one for the other.
    for (const char* sql :
         {"DELETE FROM positions WHERE person_id=?", "DELETE FROM people_fts WHERE docid=?",
          "DELETE FROM people_roles_fts WHERE docid=?",
          "UPDATE people SET name='', mobile='', office_phone='', user_id=NULL, paths='' "
          "WHERE id=?"})
        m_db.prepare(QString::fromLatin1(sql)).bind(1, personId).run();
}

qint64 SqliteDirectory::logChange(ChangeKind kind, qint64 id, const QStringList& paths) {
    m_db.prepare(
            QStringLiteral("INSERT INTO dir_changes(kind, entity_id, paths, time) VALUES(?,?,?,?)"))
        .bind(1, int(kind))
        .bind(2, id)
        .bind(3, paths.join(QLatin1Char(',')))
        .bind(4, QDateTime::currentMSecsSinceEpoch())
        .run();
    return m_db.lastInsertId();
}

QList<DirectoryChange> SqliteDirectory::changesSince(qint64 version, int limit) {
    auto st = m_db.prepare(QStringLiteral("SELECT version, kind, entity_id, paths FROM dir_changes "
                                          "WHERE version > ? ORDER BY version LIMIT ?"));
    st.bind(1, version).bind(2, limit);
    QList<DirectoryChange> out;
    while (st.next())
        out << DirectoryChange{st.int64(0), ChangeKind(st.int64(1)), st.int64(2),
                               st.text(3).split(QLatin1Char(','), Qt::SkipEmptyParts)};
    return out;
}

qint64 SqliteDirectory::directoryVersion() {
    return scalar(QStringLiteral("SELECT ifnull(max(version), 0) FROM dir_changes"));
}

} // namespace zt::server
