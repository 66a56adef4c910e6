#pragma once
#include "ChatStorage.h"

namespace zt::store {
class Database;
class Statement;
} // namespace zt::store

namespace zt::server {

// Conversations and messages (SqliteChat.cpp) and DINGs (SqliteDing.cpp) in server.db.
class SqliteChat final : public ChatStorage {
public:
    explicit SqliteChat(store::Database& db)
        : m_db(db) {}

    qint64 createConversation(chat::ConvKind kind, const QString& name, qint64 owner,
                              const QString& directKey, qint64 nowMs) override;
    std::optional<qint64> directConversation(const QString& directKey) override;
    std::optional<ConversationRecord> conversation(qint64 id) override;
    void updateConversation(qint64 id, const QString& name, const QString& announcement) override;
    void setOwner(qint64 id, qint64 owner) override;
    void addMember(qint64 conv, qint64 user, chat::MemberRole role, qint64 joinedSeq) override;
    void removeMember(qint64 conv, qint64 user) override;
    void setRole(qint64 conv, qint64 user, chat::MemberRole role) override;
    void setFlags(qint64 conv, qint64 user, bool muted, bool pinned) override;
    void setLastRead(qint64 conv, qint64 user, qint64 seq) override;
    std::optional<MemberRecord> member(qint64 conv, qint64 user) override;
    QList<MemberRecord> members(qint64 conv) override;
    QList<qint64> memberIds(qint64 conv) override;
    QList<ConversationListItem> conversationsOf(qint64 user) override;
    chat::Message insertMessage(chat::Message message) override;
    std::optional<chat::Message> message(qint64 conv, qint64 seq) override;
    QList<chat::Message> history(qint64 conv, qint64 before, int limit) override;
    void markRecalled(qint64 conv, qint64 seq) override;
    QList<qint64> sendersBetween(qint64 conv, qint64 after, qint64 upTo, qint64 reader) override;

    qint64 insertDing(const DingRecord& ding, const QList<qint64>& recipients) override;
    std::optional<DingRecord> ding(qint64 id) override;
    void markDingSent(qint64 id, qint64 sentMs, int round) override;
    QList<qint64> dueDings(qint64 nowMs) override;
    QList<DingRecord> dingsOf(qint64 sender, qint64 fromMs, qint64 toMs) override;
    QList<chat::RecipientStatus> dingRecipients(qint64 ding) override;
    std::optional<chat::RecipientStatus> dingRecipient(qint64 ding, qint64 user) override;
    void setRecipientStatus(const chat::RecipientStatus& status) override;
    QHash<qint64, UnitRef> unitsOf(const QList<qint64>& users) override;

private:
    UnitRef unitOf(qint64 user);
    store::Database& m_db;
};

} // namespace zt::server
