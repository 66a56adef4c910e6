#pragma once
// Directory (政务通讯录) operations and their typed forms, shared by client and server.
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace zt::contacts {

namespace op {
inline const QString Children = QStringLiteral("dir.children");
inline const QString Person = QStringLiteral("dir.person");
inline const QString Search = QStringLiteral("dir.search");
inline const QString Users = QStringLiteral("dir.users"); // account ids → the people
} // namespace op

enum class NodeKind { Division = 0, Unit = 1, Department = 2 };

// 职级, lowest to highest; stored and sent as the number.
enum class Rank {
    None = 0,
    Clerk,
    DeputySection,
    Section,
    DeputyDivision,
    Division,
    DeputyBureau,
    Bureau
};
QString rankName(Rank rank); // 科员, 副科 … (the official terms, not translated)

enum Role { RoleLeader = 1, RoleLiaison = 2, RoleDirectoryAdmin = 4 };

struct NodeInfo {
    qint64 id = 0;
    qint64 parentId = 0;
    NodeKind kind = NodeKind::Division;
    int level = 0; // division level 1 province … 5 village; units carry their division's level
    QString code;
    QString name;
    int memberCount = 0; // people in the whole subtree
    int childCount = 0;  // direct child nodes
    QJsonObject toJson() const;
    static NodeInfo fromJson(const QJsonObject& o);
};

struct PositionInfo {
    qint64 nodeId = 0;
    QString unitName;
    QString title;
    Rank rank = Rank::None;
    QString line; // 条线
    int roles = 0;
    QJsonObject toJson() const;
    static PositionInfo fromJson(const QJsonObject& o);
};

struct PersonInfo {
    qint64 id = 0;
    qint64 userId = 0; // 0 when the person has no account
    QString name;
    QString mobile;
    bool mobileMasked = false;
    QString officePhone;
    QList<PositionInfo> positions;
    QJsonObject toJson() const;
    static PersonInfo fromJson(const QJsonObject& o);
};

struct ChildrenArgs {
    qint64 node = 0; // 0: the roots
    int offset = 0;  // over child nodes first, then the people placed directly in the node
    int limit = 100;
    QJsonObject toJson() const;
    static std::optional<ChildrenArgs> fromJson(const QJsonObject& o);
};

struct ChildrenResult {
    QList<NodeInfo> path; // root … node, for breadcrumbs
    QList<NodeInfo> nodes;
    QList<PersonInfo> people;
    int totalNodes = 0;
    int totalPeople = 0;
    QJsonObject toJson() const;
    static ChildrenResult fromJson(const QJsonObject& o);
};

struct SearchArgs {
    QString query;
    qint64 region = 0; // only inside this node's subtree; 0: everywhere
    QString line;
    Rank rank = Rank::None;
    int role = 0;
    int offset = 0;
    int limit = 20;
    QJsonObject toJson() const;
    static std::optional<SearchArgs> fromJson(const QJsonObject& o);
};

struct SearchHit {
    PersonInfo person;
    int matchClass = 0;           // contacts::MatchClass, best first
    QList<QPair<int, int>> marks; // (start, length) in the name, for highlighting
    QJsonObject toJson() const;
    static SearchHit fromJson(const QJsonObject& o);
};

struct SearchResult {
    QList<SearchHit> people;
    QList<NodeInfo> units;
    bool more = false;
    QJsonObject toJson() const;
    static SearchResult fromJson(const QJsonObject& o);
};

struct PersonArgs {
    qint64 id = 0;
    static std::optional<PersonArgs> fromJson(const QJsonObject& o);
};

// dir.users: the people behind account ids (chat members, DING recipients). Only people the
// caller may see in the directory are returned; the others are left out.
inline constexpr int kMaxUsersLookup = 200;
struct UsersArgs {
    QList<qint64> users;
    QJsonObject toJson() const;
    static std::optional<UsersArgs> fromJson(const QJsonObject& o);
};

} // namespace zt::contacts
