#include "SqliteDirectory.h"
#include "SqliteSchema.h"
#include "contacts/ChineseText.h"
#include "contacts/SearchTerms.h"
#include "store/Database.h"

#include <QHash>
#include <QSet>

namespace zt::server {

using contacts::NodeKind;

namespace {

const QString kNodeColumns = QStringLiteral(
    "id, parent_id, kind, level, code, name, member_count, child_count, path, hidden");

NodeRecord readNode(store::Statement& st) {
    NodeRecord r;
    r.info = {st.int64(0), st.int64(1), NodeKind(st.int64(2)), int(st.int64(3)),
              st.text(4),  st.text(5),  int(st.int64(6)),      int(st.int64(7))};
    r.path = st.text(8);
    r.hidden = st.int64(9) != 0;
    return r;
}

// Name (pinyin and all) and phone suffixes: what people type first, in the main index.
QString personTokens(const NewPerson& person) {
    return contacts::indexTokens(person.name, contacts::NameKind::Person) + QLatin1Char(' ') +
           contacts::phoneTokens(person.mobile);
}

// Titles and unit names (疾控科, 科长) in a second index, searched only when names do not
// fill the page: every person in a 街道 shares those words, and they must not slow name search.
QString roleTokens(const QList<NewPosition>& positions, const QStringList& unitNames) {
    QStringList parts;
    for (const NewPosition& p : positions)
        parts << contacts::cjkTerms(contacts::toSimplified(p.title));
    for (const QString& unit : unitNames)
        parts << contacts::cjkTerms(unit);
    parts.removeDuplicates();
    return parts.join(QLatin1Char(' '));
}

} // namespace

qint64 SqliteDirectory::scalar(const QString& sql, qint64 bind) {
    auto st = m_db.prepare(sql);
    if (sql.contains(QLatin1Char('?'))) st.bind(1, bind);
    return st.next() ? st.int64(0) : 0;
}

qint64 SqliteDirectory::addNode(qint64 parentId, NodeKind kind, int level, const QString& code,
                                const QString& name, bool hidden) {
    QString parentPath = QStringLiteral("/");
    if (parentId) {
        auto st = m_db.prepare(QStringLiteral("SELECT path FROM org_nodes WHERE id=?"));
        st.bind(1, parentId);
        if (st.next()) parentPath = st.text(0);
    }
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO org_nodes(parent_id, kind, level, code, "
                                              "name, path, hidden) VALUES(?,?,?,?,?,'',?)"));
    if (parentId)
        insert.bind(1, parentId);
    else
        insert.bindNull(1);
    insert.bind(2, int(kind))
        .bind(3, level)
        .bind(4, code)
        .bind(5, name)
        .bind(6, hidden ? 1 : 0)
        .run();
    const qint64 id = m_db.lastInsertId();
    m_db.prepare(QStringLiteral("UPDATE org_nodes SET path=? WHERE id=?"))
        .bind(1, parentPath + QString::number(id) + QLatin1Char('/'))
        .bind(2, id)
        .run();
    m_db.prepare(QStringLiteral("INSERT INTO nodes_fts(docid, tokens) VALUES(?, ?)"))
        .bind(1, id)
        .bind(2, contacts::indexTokens(name, contacts::NameKind::Place))
        .run();
    indexNodePinyin(m_db, id, level, name);
    return id;
}

qint64 SqliteDirectory::addPerson(const NewPerson& person, const QList<NewPosition>& positions) {
    auto insert = m_db.prepare(
        QStringLiteral("INSERT INTO people(user_id, name, mobile, office_phone) VALUES(?,?,?,?)"));
    if (person.userId)
        insert.bind(1, person.userId);
    else
        insert.bindNull(1);
    insert.bind(2, person.name).bind(3, person.mobile).bind(4, person.officePhone).run();
    const qint64 id = m_db.lastInsertId();
    int sort = 0;
    for (const NewPosition& p : positions)
        m_db.prepare(QStringLiteral("INSERT INTO positions(person_id, node_id, title, rank, line, "
                                    "roles, sort) VALUES(?,?,?,?,?,?,?)"))
            .bind(1, id)
            .bind(2, p.nodeId)
            .bind(3, p.title)
            .bind(4, int(p.rank))
            .bind(5, p.line)
            .bind(6, p.roles)
            .bind(7, sort++)
            .run();
    QStringList unitNames, paths;
    for (const NewPosition& p : positions) {
        auto st = m_db.prepare(QStringLiteral("SELECT name, path FROM org_nodes WHERE id=?"));
        st.bind(1, p.nodeId);
        if (!st.next()) continue;
        unitNames << st.text(0);
        paths << st.text(1);
    }
    m_db.prepare(QStringLiteral("UPDATE people SET paths=? WHERE id=?"))
        .bind(1, paths.join(QLatin1Char(',')))
        .bind(2, id)
        .run();
    m_db.prepare(QStringLiteral("INSERT INTO people_fts(docid, tokens) VALUES(?, ?)"))
        .bind(1, id)
        .bind(2, personTokens(person))
        .run();
    // Full pinyin and initials from the start of the name, in a B-tree: a prefix as short as
    // "zh" is a range scan that stops after a page, where FTS4 would load a million-entry doclist.
    const contacts::NameKeys keys = contacts::nameKeys(person.name, contacts::NameKind::Person);
    for (const QStringList& list : {keys.fullPinyin, keys.initials})
        for (const QString& key : list)
            m_db.prepare(QStringLiteral(
                             "INSERT OR IGNORE INTO people_pinyin(key, person_id) VALUES(?, ?)"))
                .bind(1, key)
                .bind(2, id)
                .run();
    m_db.prepare(QStringLiteral("INSERT INTO people_roles_fts(docid, tokens) VALUES(?, ?)"))
        .bind(1, id)
        .bind(2, roleTokens(positions, unitNames))
        .run();
    return id;
}

void SqliteDirectory::recountMembers() {
    // A person counts once in every subtree that holds one of their positions.
    QHash<qint64, int> members;
    qint64 currentPerson = -1;
    QSet<qint64> counted;
    auto st =
        m_db.prepare(QStringLiteral("SELECT p.person_id, n.path FROM positions p "
                                    "JOIN org_nodes n ON n.id = p.node_id ORDER BY p.person_id"));
    while (st.next()) {
        if (st.int64(0) != currentPerson) {
            currentPerson = st.int64(0);
            counted.clear();
        }
        const QString path = st.text(1); // the views below must not outlive it
        for (const QStringView id : QStringView(path).split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            const qint64 node = id.toLongLong();
            if (!counted.contains(node)) {
                counted.insert(node);
                ++members[node];
            }
        }
    }
    m_db.exec(
        QStringLiteral("UPDATE org_nodes SET member_count = 0, child_count = "
                       "(SELECT count(*) FROM org_nodes c WHERE c.parent_id = org_nodes.id)"));
    for (auto it = members.cbegin(); it != members.cend(); ++it)
        m_db.prepare(QStringLiteral("UPDATE org_nodes SET member_count=? WHERE id=?"))
            .bind(1, it.value())
            .bind(2, it.key())
            .run();
}

std::optional<NodeRecord> SqliteDirectory::node(qint64 id) {
    auto st = m_db.prepare(QStringLiteral("SELECT ") + kNodeColumns +
                           QStringLiteral(" FROM org_nodes WHERE id=?"));
    st.bind(1, id);
    return st.next() ? std::optional(readNode(st)) : std::nullopt;
}

std::optional<NodeRecord> SqliteDirectory::nodeByCode(const QString& code) {
    auto st = m_db.prepare(QStringLiteral("SELECT ") + kNodeColumns +
                           QStringLiteral(" FROM org_nodes WHERE code=?"));
    st.bind(1, code);
    return st.next() ? std::optional(readNode(st)) : std::nullopt;
}

QList<NodeRecord> SqliteDirectory::childNodes(qint64 parentId, int offset, int limit) {
    auto st = m_db.prepare(
        QStringLiteral("SELECT ") + kNodeColumns +
        QStringLiteral(" FROM org_nodes WHERE parent_id IS ? ORDER BY id LIMIT ? OFFSET ?"));
    if (parentId)
        st.bind(1, parentId);
    else
        st.bindNull(1);
    st.bind(2, limit).bind(3, offset);
    QList<NodeRecord> out;
    while (st.next())
        out << readNode(st);
    return out;
}

int SqliteDirectory::childNodeCount(qint64 parentId) {
    if (!parentId)
        return int(
            scalar(QStringLiteral("SELECT count(*) FROM org_nodes WHERE parent_id IS NULL")));
    return int(scalar(QStringLiteral("SELECT child_count FROM org_nodes WHERE id=?"), parentId));
}

QList<qint64> SqliteDirectory::peopleIn(qint64 nodeId, int offset, int limit) {
    auto st = m_db.prepare(QStringLiteral("SELECT person_id FROM positions WHERE node_id=? "
                                          "ORDER BY rank DESC, person_id LIMIT ? OFFSET ?"));
    st.bind(1, nodeId).bind(2, limit).bind(3, offset);
    QList<qint64> out;
    while (st.next())
        out << st.int64(0);
    return out;
}

int SqliteDirectory::peopleCount(qint64 nodeId) {
    return int(scalar(QStringLiteral("SELECT count(*) FROM positions WHERE node_id=?"), nodeId));
}

std::optional<contacts::PersonInfo> SqliteDirectory::person(qint64 id) {
    auto st = m_db.prepare(QStringLiteral(
        "SELECT id, ifnull(user_id, 0), name, mobile, office_phone FROM people WHERE id=?"));
    st.bind(1, id);
    if (!st.next()) return std::nullopt;
    contacts::PersonInfo p{st.int64(0), st.int64(1), st.text(2), st.text(3), false, st.text(4), {}};
    auto pos = m_db.prepare(QStringLiteral(
        "SELECT p.node_id, n.name, p.title, p.rank, p.line, p.roles FROM positions p "
        "JOIN org_nodes n ON n.id = p.node_id WHERE p.person_id=? ORDER BY p.sort"));
    pos.bind(1, id);
    while (pos.next())
        p.positions << contacts::PositionInfo{pos.int64(0), pos.text(1),
                                              pos.text(2),  contacts::Rank(pos.int64(3)),
                                              pos.text(4),  int(pos.int64(5))};
    return p;
}

std::optional<qint64> SqliteDirectory::personOfUser(qint64 userId) {
    auto st = m_db.prepare(QStringLiteral("SELECT id FROM people WHERE user_id=?"));
    st.bind(1, userId);
    return st.next() ? std::optional(st.int64(0)) : std::nullopt;
}

QStringList SqliteDirectory::hiddenPaths() {
    QStringList out;
    auto st = m_db.prepare(QStringLiteral("SELECT path FROM org_nodes WHERE hidden != 0"));
    while (st.next())
        out << st.text(0);
    return out;
}

QList<qint64> SqliteDirectory::searchNodes(const QString& match, const QString& pinyinPrefix,
                                           const QString& regionPath, int limit) {
    if (!pinyinPrefix.isEmpty()) return nodesByPinyin(pinyinPrefix, regionPath, limit);
    auto st = m_db.prepare(QStringLiteral(
        "SELECT n.id FROM nodes_fts f JOIN org_nodes n ON n.id = f.docid WHERE f.tokens MATCH ?1 "
        "AND (?2 = '' OR substr(n.path, 1, length(?2)) = ?2) ORDER BY n.level, n.id LIMIT ?3"));
    st.bind(1, match).bind(2, regionPath).bind(3, limit);
    QList<qint64> out;
    while (st.next())
        out << st.int64(0);
    return out;
}

// Level by level (province first), a short range scan each: higher units rank first anyway.
QList<qint64> SqliteDirectory::nodesByPinyin(const QString& prefix, const QString& regionPath,
                                             int limit) {
    QString upper = prefix;
    upper[upper.size() - 1] = QChar(upper.back().unicode() + 1);
    QList<qint64> out;
    for (int level = 1; level <= 5 && out.size() < limit; ++level) {
        auto st = m_db.prepare(QStringLiteral(
            "SELECT DISTINCT k.node_id FROM nodes_pinyin k JOIN org_nodes n ON n.id = k.node_id "
            "WHERE k.level = ?1 AND k.key >= ?2 AND k.key < ?3 "
            "AND (?4 = '' OR substr(n.path, 1, length(?4)) = ?4) LIMIT ?5"));
        st.bind(1, level).bind(2, prefix).bind(3, upper).bind(4, regionPath);
        st.bind(5, limit - int(out.size()));
        while (st.next())
            out << st.int64(0);
    }
    return out;
}

QList<NodeRecord> SqliteDirectory::subtreeNodes(const QString& path, qint64 afterId, int limit) {
    // A range over the path index: "/1/12/" .. "/1/120" covers exactly the subtree ('0' follows
    // '/').
    QString upper = path;
    upper[upper.size() - 1] = QLatin1Char('0');
    auto st = m_db.prepare(QStringLiteral("SELECT ") + kNodeColumns +
                           QStringLiteral(" FROM org_nodes WHERE path >= ? AND path < ? AND id > ? "
                                          "ORDER BY id LIMIT ?"));
    st.bind(1, path).bind(2, upper).bind(3, afterId).bind(4, limit);
    QList<NodeRecord> out;
    while (st.next())
        out << readNode(st);
    return out;
}

qint64 SqliteDirectory::nodeCount() {
    return scalar(QStringLiteral("SELECT count(*) FROM org_nodes"));
}
qint64 SqliteDirectory::personCount() {
    return scalar(QStringLiteral("SELECT count(*) FROM people"));
}

} // namespace zt::server
