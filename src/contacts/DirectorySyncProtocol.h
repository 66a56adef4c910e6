#pragma once
// Directory delta sync and administration on the wire: a client copies its own region once
// (dir.snapshot), then asks only for changes since its version (dir.changes); the server nudges
// online clients with a dir.changed notice whenever an administrator changes the directory.
#include "DirectoryProtocol.h"

#include <optional>

namespace zt::contacts {

namespace op {
inline const QString Changes = QStringLiteral("dir.changes");
inline const QString Snapshot = QStringLiteral("dir.snapshot");
inline const QString AdminMove = QStringLiteral("dir.admin.move");
inline const QString AdminRename = QStringLiteral("dir.admin.rename");
inline const QString AdminAddPerson = QStringLiteral("dir.admin.add_person");
inline const QString AdminRemovePerson = QStringLiteral("dir.admin.remove_person");
} // namespace op

namespace event {
// A notice (seq 0: not part of the user's event stream, never replayed): {"version": N}.
inline const QString DirectoryChanged = QStringLiteral("dir.changed");
} // namespace event

// One change, as its entity stands now (a later change of the same entity repeats it).
struct ChangeEntry {
    enum class Kind { Node, Person, PersonRemoved };
    qint64 version = 0;
    Kind kind = Kind::Person;
    qint64 id = 0;
    std::optional<NodeInfo> node;     // Kind::Node
    std::optional<PersonInfo> person; // Kind::Person
    QList<qint64> listings;           // nodes whose list of children changed (old and new places)
    QJsonObject toJson() const;
    static ChangeEntry fromJson(const QJsonObject& o);
};

struct ChangesArgs {
    qint64 since = 0;
    int limit = 200;
    QJsonObject toJson() const;
    static std::optional<ChangesArgs> fromJson(const QJsonObject& o);
};

struct ChangesResult {
    QList<ChangeEntry> changes; // those the caller may see; the version covers the skipped too
    qint64 version = 0;         // ask again from here
    bool more = false;
    QJsonObject toJson() const;
    static ChangesResult fromJson(const QJsonObject& o);
};

struct SnapshotArgs {
    qint64 after = 0; // node id cursor; 0 starts
    int limit = 200;  // nodes per page (a page also stops early once it holds 1,000 people)
    QJsonObject toJson() const;
    static std::optional<SnapshotArgs> fromJson(const QJsonObject& o);
};

struct SnapshotResult {
    qint64 version = 0; // on the first page: the change version the copy starts from
    qint64 region = 0;  // the caller's region (county); 0 when they hold no position
    QList<NodeInfo> nodes;
    QList<PersonInfo> people; // with all positions; placed in the nodes of this page
    qint64 next = 0;          // cursor for the next page; 0 when done
    QJsonObject toJson() const;
    static SnapshotResult fromJson(const QJsonObject& o);
};

// Administrative writes (directory admins, inside their own region). All carry a cid.
struct AdminArgs {
    QString cid;
    qint64 person = 0;
    qint64 node = 0;   // move: from; rename: the node; add: the unit
    qint64 target = 0; // move: to
    QString name;      // rename, add
    QString mobile;    // add
    QString title;     // add
    Rank rank = Rank::None;
    QString line;
    QJsonObject toJson() const;
    static AdminArgs fromJson(const QJsonObject& o); // the handler checks what each op needs
    static AdminArgs move(qint64 person, qint64 from, qint64 to);
    static AdminArgs rename(qint64 node, const QString& name);
    static AdminArgs remove(qint64 person);
};

} // namespace zt::contacts
