#pragma once
// What conversations, messages and DINGs need from persistent storage. Message seqs are
// assigned here, per conversation, inside the caller's transaction, so they are strictly
// increasing and identical for every member. Handlers decide who may do what.
#include "chat/ConversationProtocol.h"
#include "chat/DingProtocol.h"

#include <QHash>
#include <QList>
#include <optional>

namespace zt::server {

struct ConversationRecord {
    qint64 id = 0;
    chat::ConvKind kind = chat::ConvKind::Group;
    QString name;
    QString announcement;
    qint64 owner = 0;
    qint64 lastSeq = 0;
    qint64 createdMs = 0;
};

struct MemberRecord {
    qint64 user = 0;
    chat::MemberRole role = chat::MemberRole::Member;
    bool muted = false;
    bool pinned = false;
    qint64 lastReadSeq = 0;
    qint64 joinedSeq = 0; // the conversation's last seq when this member joined
};

struct ConversationListItem {
    ConversationRecord conv;
    MemberRecord self;
    int memberCount = 0;
    qint64 unread = 0; // others' non-recalled messages after self.lastReadSeq
    std::optional<chat::Message> last;
};

struct DingRecord {
    qint64 id = 0;
    qint64 sender = 0;
    QString cid;
    QString text;
    QString attachment;
    qint64 conv = 0;
    qint64 seq = 0;
    qint64 createdMs = 0;
    qint64 dueMs = 0;      // when it is to go out
    qint64 sentMs = 0;     // 0 while scheduled
    qint64 lastSentMs = 0; // first send or the latest redo
    int round = 0;
};

struct UnitRef {
    qint64 id = 0; // 0: the user holds no position
    QString name;
};

class ChatStorage {
public:
    virtual ~ChatStorage() = default;

    virtual qint64 createConversation(chat::ConvKind kind, const QString& name, qint64 owner,
                                      const QString& directKey, qint64 nowMs) = 0;
    virtual std::optional<qint64> directConversation(const QString& directKey) = 0;
    virtual std::optional<ConversationRecord> conversation(qint64 id) = 0;
    virtual void updateConversation(qint64 id, const QString& name,
                                    const QString& announcement) = 0;
    virtual void setOwner(qint64 id, qint64 owner) = 0;

    virtual void addMember(qint64 conv, qint64 user, chat::MemberRole role, qint64 joinedSeq) = 0;
    virtual void removeMember(qint64 conv, qint64 user) = 0;
    virtual void setRole(qint64 conv, qint64 user, chat::MemberRole role) = 0;
    virtual void setFlags(qint64 conv, qint64 user, bool muted, bool pinned) = 0;
    virtual void setLastRead(qint64 conv, qint64 user, qint64 seq) = 0;
    virtual std::optional<MemberRecord> member(qint64 conv, qint64 user) = 0;
    virtual QList<MemberRecord> members(qint64 conv) = 0;
    virtual QList<qint64> memberIds(qint64 conv) = 0;
    virtual QList<ConversationListItem> conversationsOf(qint64 user) = 0;

    // Stores the message with the conversation's next seq; returns it with seq filled in.
    virtual chat::Message insertMessage(chat::Message message) = 0;
    virtual std::optional<chat::Message> message(qint64 conv, qint64 seq) = 0;
    virtual QList<chat::Message> history(qint64 conv, qint64 before, int limit) = 0;
    virtual void markRecalled(qint64 conv, qint64 seq) = 0;
    // Distinct senders of (after, upTo], except `reader` and system messages.
    virtual QList<qint64> sendersBetween(qint64 conv, qint64 after, qint64 upTo, qint64 reader) = 0;

    virtual qint64 insertDing(const DingRecord& ding, const QList<qint64>& recipients) = 0;
    virtual std::optional<DingRecord> ding(qint64 id) = 0;
    virtual void markDingSent(qint64 id, qint64 sentMs, int round) = 0;
    virtual QList<qint64> dueDings(qint64 nowMs) = 0;
    virtual QList<DingRecord> dingsOf(qint64 sender, qint64 fromMs, qint64 toMs) = 0;
    virtual QList<chat::RecipientStatus> dingRecipients(qint64 ding) = 0;
    virtual std::optional<chat::RecipientStatus> dingRecipient(qint64 ding, qint64 user) = 0;
    virtual void setRecipientStatus(const chat::RecipientStatus& status) = 0;
    // Each user's first position's unit (people.user_id → positions → nearest unit node).
    virtual QHash<qint64, UnitRef> unitsOf(const QList<qint64>& users) = 0;
};

} // namespace zt::server
