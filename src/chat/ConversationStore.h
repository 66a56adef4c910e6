#pragma once
// SQL over the local conversation list: what conv.list / conv.get / events say about each
// conversation, members and their read marks, unread counts, drafts.
#include "ConversationEvents.h"

namespace zt::store {
class Database;
}

namespace zt::chat {

class ConversationStore {
public:
    explicit ConversationStore(store::Database& db)
        : m_db(db) {}

    void ensure(qint64 conv); // a row to hang messages on until the details arrive
    void applyListItem(const ConvListItem& item);
    // conv.updated, conv.get (members too); self's role follows the owner and admins named.
    void applyInfo(const ConvInfo& info, qint64 self);
    void setPeer(qint64 conv, qint64 peer);
    void setSettings(qint64 conv, bool muted, bool pinned);
    void setMember(qint64 conv, bool member);
    void addMembers(qint64 conv, const QList<qint64>& users);
    void removeMembers(qint64 conv, const QList<qint64>& users);
    // A numbered message arrived: newest seq and activity time move forward.
    void noteMessage(const Message& message);
    void setCounters(qint64 conv, qint64 lastRead, int unread, bool mentioned);
    void setHistoryFloor(qint64 conv, qint64 floor);
    void setOthersRead(qint64 conv, qint64 user, qint64 upTo); // marks only move forward
    void setDraft(qint64 conv, const QString& text);
    void markDetailFetched(qint64 conv);

    std::optional<Conversation> get(qint64 conv);
    QList<Conversation> list(int limit); // pinned first, then by latest activity
    QList<qint64> members(qint64 conv);
    QList<qint64> needingDetail(); // known only from events or the list
    std::optional<qint64> directWith(qint64 peer);
    qint64 historyFloor(qint64 conv);
    // Members other than the sender whose read mark is below seq (group "N unread").
    int unreadBy(qint64 conv, qint64 seq, qint64 sender);
    qint64 othersReadUpTo(qint64 conv, qint64 user);
    int totalUnread(bool includeMuted);

private:
    store::Database& m_db;
};

} // namespace zt::chat
