#pragma once
// What the client keeps of conversations, messages and DINGs: the wire forms plus local state
// (pending / sent / failed, drafts, unread counts).
#include "ConversationProtocol.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace zt::chat {

enum class DeliveryState { Pending = 0, Sent = 1, Failed = 2 };

// A message in the local store. Pending and failed ones have seq 0 until the server numbers them.
struct StoredMessage {
    qint64 localId = 0;
    Message message;
    DeliveryState state = DeliveryState::Sent;
    QString error;     // why the server refused it (failed)
    int unreadBy = -1; // my numbered messages: how many others have not read it yet
};

struct Conversation {
    qint64 id = 0;
    ConvKind kind = ConvKind::Group;
    QString name;
    QString announcement;
    qint64 owner = 0;
    QList<qint64> admins;
    int memberCount = 0;
    qint64 peer = 0; // direct: the other person
    MemberRole role = MemberRole::Member;
    bool muted = false;
    bool pinned = false;
    qint64 lastRead = 0;
    qint64 lastSeq = 0;
    int unread = 0;
    bool mentioned = false; // an unread message mentions me (or @all)
    qint64 activityMs = 0;
    std::optional<Message> last; // the latest message (for the list's second line)
    bool member = true;
    QString draft;
};

// A DING as the client keeps it: received (mine = false) or sent by me.
struct Ding {
    qint64 localId = 0;
    qint64 id = 0; // 0 while a sent DING waits for the server
    QString cid;
    qint64 sender = 0;
    QString text;
    QString attachment;             // the file's id (files::refOf), or empty
    files::FileMeta attachmentFile; // its description, once the server sent it (received DINGs)
    qint64 conv = 0;
    qint64 seq = 0;
    qint64 sentMs = 0;
    int round = 0;
    qint64 dueMs = 0;
    int recipients = 0;
    bool mine = false;
    qint64 readMs = 0;      // received: when I opened it
    qint64 confirmedMs = 0; // received: when I confirmed it
    DeliveryState state = DeliveryState::Sent;
    QString error;
};

struct DingRecipient {
    qint64 user = 0;
    qint64 deliveredMs = 0;
    qint64 readMs = 0;
    qint64 confirmedMs = 0;
};

struct Receipts {
    qint64 conv = 0;
    qint64 seq = 0;
    QList<qint64> readBy;
    QList<qint64> unreadBy;
};

} // namespace zt::chat

Q_DECLARE_METATYPE(zt::chat::Message)
Q_DECLARE_METATYPE(zt::chat::StoredMessage)
Q_DECLARE_METATYPE(zt::chat::Conversation)
Q_DECLARE_METATYPE(zt::chat::Ding)
Q_DECLARE_METATYPE(zt::chat::Receipts)
