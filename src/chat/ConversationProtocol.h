#pragma once
// Conversations and their messages on the wire (issue 4): typed args of the conv.* and msg.*
// ops, the message and conversation forms, and the names of their events. The older 1:1
// chat.send (ChatProtocol.h) stays as a legacy op for the existing client.
#include "files/FileProtocol.h"
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace zt::chat {

namespace op {
inline const QString ConvCreate = QStringLiteral("conv.create");
inline const QString ConvUpdate = QStringLiteral("conv.update");
inline const QString ConvMembers = QStringLiteral("conv.members");
inline const QString ConvLeave = QStringLiteral("conv.leave");
inline const QString ConvList = QStringLiteral("conv.list");
inline const QString ConvGet = QStringLiteral("conv.get");
inline const QString ConvSettings = QStringLiteral("conv.settings");
inline const QString MsgSend = QStringLiteral("msg.send");
inline const QString MsgHistory = QStringLiteral("msg.history");
inline const QString MsgRecall = QStringLiteral("msg.recall");
inline const QString MsgRead = QStringLiteral("msg.read");
inline const QString MsgReceipts = QStringLiteral("msg.receipts");
} // namespace op

namespace event {
inline const QString MsgNew = QStringLiteral("msg.new");
inline const QString MsgRecalled = QStringLiteral("msg.recalled");
inline const QString MsgRead = QStringLiteral("msg.read");
inline const QString ConvUpdated = QStringLiteral("conv.updated");
inline const QString MemberAdded = QStringLiteral("conv.member_added");
inline const QString MemberRemoved = QStringLiteral("conv.member_removed");
inline const QString ConvSettings = QStringLiteral("conv.settings"); // own devices only
} // namespace event

inline constexpr int kMaxGroupMembers = 2'000;
inline constexpr int kMaxMessageText = 5'000;
inline constexpr int kMaxHistoryPage = 200;
inline constexpr int kMaxConvName = 64;
inline constexpr int kMaxAnnouncement = 2'000;
inline constexpr int kMaxFileRef = 128;
inline constexpr qint64 kDefaultRecallWindowMs = 2 * 60 * 1000;

enum class ConvKind { Direct = 0, Group = 1 };
enum class MemberRole { Member = 0, Admin = 1, Owner = 2 };
enum class MessageKind { Text = 0, File = 1, System = 2 };

QString toString(ConvKind kind);
QString toString(MemberRole role);
QString toString(MessageKind kind);
std::optional<MessageKind> messageKindFromString(const QString& s);

struct CreateConvArgs {
    QString cid;
    ConvKind kind = ConvKind::Group;
    QList<qint64> members; // besides the caller; direct: exactly one
    QString name;
    QJsonObject toJson() const;
    static std::optional<CreateConvArgs> fromJson(const QJsonObject& o);
};

struct UpdateConvArgs {
    QString cid;
    qint64 conv = 0;
    std::optional<QString> name;
    std::optional<QString> announcement;
    QJsonObject toJson() const;
    static std::optional<UpdateConvArgs> fromJson(const QJsonObject& o);
};

struct MembersArgs {
    QString cid;
    qint64 conv = 0;
    QList<qint64> add;
    QList<qint64> remove;
    QList<qint64> grantAdmin; // owner only
    QList<qint64> revokeAdmin;
    QJsonObject toJson() const;
    static std::optional<MembersArgs> fromJson(const QJsonObject& o);
};

// conv.leave, conv.get: a conversation (cid only for the write).
struct ConvRefArgs {
    QString cid;
    qint64 conv = 0;
    QJsonObject toJson() const;
    static std::optional<ConvRefArgs> fromJson(const QJsonObject& o, bool needCid);
};

struct SettingsArgs {
    QString cid;
    qint64 conv = 0;
    std::optional<bool> muted;
    std::optional<bool> pinned;
    QJsonObject toJson() const;
    static std::optional<SettingsArgs> fromJson(const QJsonObject& o);
};

struct SendMsgArgs {
    QString cid;
    qint64 conv = 0;
    MessageKind kind = MessageKind::Text; // clients send text or file; system is server-made
    QString text;
    QString fileRef; // a file's id (files::refOf), uploaded and checked by file.end
    qint64 replyTo = 0;
    QList<qint64> mentions;
    bool mentionAll = false;
    QJsonObject toJson() const;
    static std::optional<SendMsgArgs> fromJson(const QJsonObject& o);
};

struct HistoryArgs {
    qint64 conv = 0;
    qint64 before = 0; // 0: from the newest
    int limit = 50;
    QJsonObject toJson() const;
    static std::optional<HistoryArgs> fromJson(const QJsonObject& o);
};

// msg.recall (cid), msg.read (cid; seq = up to), msg.receipts (no cid).
struct MsgRefArgs {
    QString cid;
    qint64 conv = 0;
    qint64 seq = 0;
    QJsonObject toJson(const QString& seqKey = QStringLiteral("seq")) const;
    static std::optional<MsgRefArgs> fromJson(const QJsonObject& o, bool needCid,
                                              const QString& seqKey = QStringLiteral("seq"));
};

// A message as every member sees it (msg.new, msg.history, conv.list's last).
struct Message {
    qint64 conv = 0;
    qint64 seq = 0;
    qint64 sender = 0;
    QString cid;
    MessageKind kind = MessageKind::Text;
    QString text;
    QString fileRef;
    files::FileMeta file; // filled by the server from fileRef (id 0: no file)
    qint64 replyTo = 0;
    QList<qint64> mentions;
    bool mentionAll = false;
    qint64 timeMs = 0;
    bool recalled = false;
    QJsonObject toJson() const; // a recalled message is a tombstone: no text, file or mentions
    static std::optional<Message> fromJson(const QJsonObject& o);
};

// How stores keep a message's mentions in one column: "all" or comma-separated ids (never
// queried, only carried). Shared by the server's and the client's store.
QString mentionsToText(const Message& message);
void mentionsFromText(const QString& text, Message* message);

} // namespace zt::chat
