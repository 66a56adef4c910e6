#include "DirectoryCache.h"
#include "SearchTerms.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <algorithm>

namespace zt::contacts {

namespace {
qint64 now() {
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

void DirectoryCache::storeNode(const NodeInfo& n) {
    m_db.prepare(
            QStringLiteral("INSERT OR REPLACE INTO dir_nodes(id, parent_id, kind, level, name, "
                           "member_count, child_count) VALUES(?,?,?,?,?,?,?)"))
        .bind(1, n.id)
        .bind(2, n.parentId)
        .bind(3, int(n.kind))
        .bind(4, n.level)
        .bind(5, n.name)
        .bind(6, n.memberCount)
        .bind(7, n.childCount)
        .run();
}

void DirectoryCache::storePeople(const QList<PersonInfo>& people) {
    for (const PersonInfo& p : people) {
        m_db
            .prepare(QStringLiteral(
                "INSERT OR REPLACE INTO dir_people(id, user_id, name, data) VALUES(?,?,?,?)"))
            .bind(1, p.id)
            .bind(2, p.userId)
            .bind(3, p.name)
            .bind(4, QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact))
            .run();
        // Names and phone only: finding people by unit or title is the server's job.
        QStringList tokens{indexTokens(p.name, NameKind::Person)};
        if (!p.mobileMasked) tokens << phoneTokens(p.mobile);
        m_db.prepare(QStringLiteral("DELETE FROM dir_people_fts WHERE docid=?"))
            .bind(1, p.id)
            .run();
        m_db.prepare(QStringLiteral("INSERT INTO dir_people_fts(docid, tokens) VALUES(?,?)"))
            .bind(1, p.id)
            .bind(2, tokens.join(QLatin1Char(' ')))
            .run();
        storePositions(p);
    }
}

void DirectoryCache::storePositions(const PersonInfo& p) {
    m_db.prepare(QStringLiteral("DELETE FROM dir_positions WHERE person_id=?")).bind(1, p.id).run();
    for (const PositionInfo& position : p.positions)
        m_db
            .prepare(QStringLiteral(
                "INSERT OR REPLACE INTO dir_positions(node_id, person_id, rank) VALUES(?,?,?)"))
            .bind(1, position.nodeId)
            .bind(2, p.id)
            .bind(3, int(position.rank))
            .run();
}

void DirectoryCache::storeNodes(const QList<NodeInfo>& nodes) {
    for (const NodeInfo& n : nodes)
        storeNode(n);
}

void DirectoryCache::removePerson(qint64 id) {
    for (const char* sql :
         {"DELETE FROM dir_people WHERE id=?", "DELETE FROM dir_people_fts WHERE docid=?",
          "DELETE FROM dir_positions WHERE person_id=?"})
        m_db.prepare(QString::fromLatin1(sql)).bind(1, id).run();
}

bool DirectoryCache::hasListing(qint64 parent) {
    auto st = m_db.prepare(QStringLiteral("SELECT 1 FROM dir_listed WHERE parent_id=?"));
    st.bind(1, parent);
    return st.next();
}

void DirectoryCache::dropListing(qint64 parent) {
    for (const char* sql :
         {"DELETE FROM dir_children WHERE parent_id=?", "DELETE FROM dir_listed WHERE parent_id=?"})
        m_db.prepare(QString::fromLatin1(sql)).bind(1, parent).run();
}

// The server's order: child nodes by id, then the people placed there by rank (highest first).
void DirectoryCache::rebuildListing(qint64 parent) {
    dropListing(parent);
    const QString insert = QStringLiteral(
        "INSERT INTO dir_children(parent_id, position, node_id, person_id) VALUES(?,?,?,?)");
    int position = 0;
    auto nodes =
        m_db.prepare(QStringLiteral("SELECT id FROM dir_nodes WHERE parent_id=? ORDER BY id"));
    nodes.bind(1, parent);
    while (nodes.next())
        m_db.prepare(insert)
            .bind(1, parent)
            .bind(2, position++)
            .bind(3, nodes.int64(0))
            .bindNull(4)
            .run();
    auto people = m_db.prepare(QStringLiteral(
        "SELECT person_id FROM dir_positions WHERE node_id=? ORDER BY rank DESC, person_id"));
    people.bind(1, parent);
    while (people.next())
        m_db.prepare(insert)
            .bind(1, parent)
            .bind(2, position++)
            .bindNull(3)
            .bind(4, people.int64(0))
            .run();
    m_db
        .prepare(QStringLiteral(
            "INSERT OR REPLACE INTO dir_listed(parent_id, total, fetched_at) VALUES(?,?,?)"))
        .bind(1, parent)
        .bind(2, position)
        .bind(3, now())
        .run();
}

bool DirectoryCache::isInside(qint64 node, qint64 ancestor) {
    for (auto n = this->node(node); n; n = n->parentId ? this->node(n->parentId) : std::nullopt)
        if (n->id == ancestor) return true;
    return false;
}

void DirectoryCache::storeChildren(qint64 parent, int offset, const ChildrenResult& page) {
    m_db.transaction([&] {
        for (const NodeInfo& n : page.path)
            storeNode(n);
        for (const NodeInfo& n : page.nodes)
            storeNode(n);
        storePeople(page.people);
        int position = offset;
        const int end = offset + int(page.nodes.size() + page.people.size());
        m_db
            .prepare(QStringLiteral(
                "DELETE FROM dir_children WHERE parent_id=? AND position>=? AND position<?"))
            .bind(1, parent)
            .bind(2, offset)
            .bind(3, end)
            .run();
        const QString insert = QStringLiteral(
            "INSERT INTO dir_children(parent_id, position, node_id, person_id) VALUES(?,?,?,?)");
        for (const NodeInfo& n : page.nodes)
            m_db.prepare(insert)
                .bind(1, parent)
                .bind(2, position++)
                .bind(3, n.id)
                .bindNull(4)
                .run();
        for (const PersonInfo& p : page.people)
            m_db.prepare(insert)
                .bind(1, parent)
                .bind(2, position++)
                .bindNull(3)
                .bind(4, p.id)
                .run();
        m_db
            .prepare(QStringLiteral(
                "INSERT OR REPLACE INTO dir_listed(parent_id, total, fetched_at) VALUES(?,?,?)"))
            .bind(1, parent)
            .bind(2, page.totalNodes + page.totalPeople)
            .bind(3, now())
            .run();
    });
}

std::optional<NodeInfo> DirectoryCache::node(qint64 id) {
    auto st = m_db.prepare(QStringLiteral("SELECT id, parent_id, kind, level, name, member_count, "
                                          "child_count FROM dir_nodes WHERE id=?"));
    st.bind(1, id);
    if (!st.next()) return std::nullopt;
    return NodeInfo{st.int64(0), st.int64(1), NodeKind(st.int64(2)), int(st.int64(3)),
                    QString(),   st.text(4),  int(st.int64(5)),      int(st.int64(6))};
}

QList<NodeInfo> DirectoryCache::pathTo(qint64 id) {
    QList<NodeInfo> path;
    for (auto n = node(id); n && path.size() < 16;
         n = n->parentId ? node(n->parentId) : std::nullopt)
        path.prepend(*n);
    return path;
}

std::optional<ChildrenResult> DirectoryCache::children(qint64 parent, int offset, int limit) {
    auto listed = m_db.prepare(QStringLiteral("SELECT total FROM dir_listed WHERE parent_id=?"));
    listed.bind(1, parent);
    if (!listed.next()) return std::nullopt;
    const int total = int(listed.int64(0));
    ChildrenResult r;
    r.path = parent ? pathTo(parent) : QList<NodeInfo>{};
    auto st =
        m_db.prepare(QStringLiteral("SELECT position, node_id, person_id FROM dir_children "
                                    "WHERE parent_id=? AND position>=? ORDER BY position LIMIT ?"));
    st.bind(1, parent).bind(2, offset).bind(3, limit);
    int expected = offset;
    while (st.next()) {
        if (st.int64(0) != expected++) break; // a page never fetched: stop at the hole
        if (!st.isNull(1)) {
            if (const auto n = node(st.int64(1))) r.nodes << *n;
        } else if (const auto p = person(st.int64(2))) {
            r.people << *p;
        }
    }
    if (r.nodes.isEmpty() && r.people.isEmpty() && offset < total) return std::nullopt;
    r.totalNodes = int(r.nodes.size()); // the split is only known to the server; totals add up
    r.totalPeople = total - r.totalNodes;
    return r;
}

std::optional<PersonInfo> DirectoryCache::person(qint64 id) {
    auto st = m_db.prepare(QStringLiteral("SELECT data FROM dir_people WHERE id=?"));
    st.bind(1, id);
    if (!st.next()) return std::nullopt;
    return PersonInfo::fromJson(QJsonDocument::fromJson(st.blob(0)).object());
}

std::optional<PersonInfo> DirectoryCache::personOfUser(qint64 userId) {
    auto st = m_db.prepare(QStringLiteral("SELECT id FROM dir_people WHERE user_id=? LIMIT 1"));
    st.bind(1, userId);
    return st.next() ? person(st.int64(0)) : std::nullopt;
}

// Rank on names alone (cheap), then load the full records of the page that is shown.
SearchResult DirectoryCache::search(const QString& text, int limit) {
    SearchResult result;
    const ParsedQuery query = parseQuery(text);
    if (query.match.isEmpty()) return result;
    struct Candidate {
        qint64 id;
        QString name;
        int match;
    };
    QList<Candidate> candidates;
    auto st = m_db.prepare(
        QStringLiteral("SELECT p.id, p.name FROM dir_people_fts f "
                       "JOIN dir_people p ON p.id = f.docid WHERE f.tokens MATCH ? LIMIT 200"));
    st.bind(1, query.match);
    while (st.next())
        candidates << Candidate{st.int64(0), st.text(1),
                                int(classify(query, st.text(1), NameKind::Person))};
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.match < b.match; });
    result.more = candidates.size() > limit;
    for (const Candidate& c : candidates.mid(0, limit))
        if (const auto p = person(c.id))
            result.people << SearchHit{*p, c.match,
                                       highlightMarks(query, c.name, NameKind::Person)};
    return result;
}

void DirectoryCache::setStarred(qint64 personId, bool starred) {
    if (starred)
        m_db.prepare(QStringLiteral(
                         "INSERT OR REPLACE INTO dir_starred(person_id, added_at) VALUES(?,?)"))
            .bind(1, personId)
            .bind(2, now())
            .run();
    else
        m_db.prepare(QStringLiteral("DELETE FROM dir_starred WHERE person_id=?"))
            .bind(1, personId)
            .run();
}

bool DirectoryCache::isStarred(qint64 personId) {
    auto st = m_db.prepare(QStringLiteral("SELECT 1 FROM dir_starred WHERE person_id=?"));
    st.bind(1, personId);
    return st.next();
}

QList<PersonInfo> DirectoryCache::peopleBy(const QString& sql, int limit) {
    QList<PersonInfo> out;
    auto st = m_db.prepare(sql);
    st.bind(1, limit);
    while (st.next())
        out << PersonInfo::fromJson(QJsonDocument::fromJson(st.blob(0)).object());
    return out;
}

QList<PersonInfo> DirectoryCache::starred() {
    return peopleBy(
        QStringLiteral("SELECT p.data FROM dir_starred s JOIN dir_people p ON p.id = s.person_id "
                       "ORDER BY p.name LIMIT ?"),
        1000);
}

void DirectoryCache::touchRecent(qint64 personId) {
    m_db.prepare(
            QStringLiteral("UPDATE dir_recent SET used_at=?, uses = uses + 1 WHERE person_id=?"))
        .bind(1, now())
        .bind(2, personId)
        .run();
    if (m_db.changes() > 0) return;
    m_db.prepare(QStringLiteral("INSERT INTO dir_recent(person_id, used_at, uses) VALUES(?,?,1)"))
        .bind(1, personId)
        .bind(2, now())
        .run();
}

QList<PersonInfo> DirectoryCache::frequent(int limit) {
    return peopleBy(
        QStringLiteral("SELECT p.data FROM dir_recent r JOIN dir_people p ON p.id = r.person_id "
                       "ORDER BY r.uses DESC, r.used_at DESC LIMIT ?"),
        limit);
}

QList<PersonInfo> DirectoryCache::recent(int limit) {
    return peopleBy(
        QStringLiteral("SELECT p.data FROM dir_recent r JOIN dir_people p ON p.id = r.person_id "
                       "ORDER BY r.used_at DESC LIMIT ?"),
        limit);
}

qint64 DirectoryCache::personCount() {
    auto st = m_db.prepare(QStringLiteral("SELECT count(*) FROM dir_people"));
    return st.next() ? st.int64(0) : 0;
}

} // namespace zt::contacts
