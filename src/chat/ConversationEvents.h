#pragma once
// Readers for what the server sends about conversations (conv.list items, conv.get and
// conv.updated bodies, and the msg.*/conv.* event payloads), so the client handles typed forms.
#include "ChatTypes.h"

#include <QJsonObject>
#include <optional>

namespace zt::chat {

// conv.updated payload, conv.update / conv.get result (members only in conv.get).
struct ConvInfo {
    qint64 conv = 0;
    ConvKind kind = ConvKind::Group;
    QString name;
    QString announcement;
    qint64 owner = 0;
    QList<qint64> admins;
    int memberCount = 0;
    QList<QPair<qint64, MemberRole>> members; // conv.get only
    std::optional<qint64> lastSeq;            // conv.get only
    std::optional<Conversation> self;         // conv.get only: role, muted, pinned, lastRead
    static std::optional<ConvInfo> fromJson(const QJsonObject& o);
};

// One entry of conv.list.
struct ConvListItem {
    Conversation conversation;
    std::optional<Message> last;
    static std::optional<ConvListItem> fromJson(const QJsonObject& o);
};

struct RecalledEvent {
    qint64 conv = 0;
    qint64 seq = 0;
    qint64 by = 0;
    static std::optional<RecalledEvent> fromJson(const QJsonObject& o);
};

struct ReadEvent {
    qint64 conv = 0;
    qint64 reader = 0;
    qint64 upTo = 0;
    static std::optional<ReadEvent> fromJson(const QJsonObject& o);
};

// conv.member_added / conv.member_removed.
struct MembersEvent {
    qint64 conv = 0;
    QList<qint64> users;
    qint64 by = 0;
    static std::optional<MembersEvent> fromJson(const QJsonObject& o);
};

struct SettingsEvent {
    qint64 conv = 0;
    bool muted = false;
    bool pinned = false;
    static std::optional<SettingsEvent> fromJson(const QJsonObject& o);
};

struct HistoryPage {
    QList<Message> messages; // oldest first
    bool more = false;
    static HistoryPage fromJson(const QJsonObject& o);
};

std::optional<MemberRole> memberRoleFromString(const QString& s);
std::optional<ConvKind> convKindFromString(const QString& s);
std::optional<Receipts> receiptsFromJson(const QJsonObject& o);

} // namespace zt::chat
