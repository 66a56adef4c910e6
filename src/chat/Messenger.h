#pragma once
// The conversation verbs on the client (core thread). Every change is written to the store
// together with its outbox row (a message shows at once as pending, then sent, or failed with
// the reason); reads answer from the store, and the server fills in what the store lacks.
// Views call these by queued invocation and listen to the signals.
#include "ChatTypes.h"
#include "MessageSearch.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <memory>

namespace zt::store {
class Database;
}
namespace zt::net {
class Connection;
}
namespace zt::sync {
class Outbox;
class SyncEngine;
} // namespace zt::sync

namespace zt::chat {

class ChatEvents;
class MessageHistory;

class Messenger : public QObject {
    Q_OBJECT
public:
    struct Context {
        store::Database& db;
        net::Connection& connection;
        sync::Outbox& outbox;
        sync::SyncEngine& sync;
        qint64 selfId = 0;
    };

    explicit Messenger(const Context& context, QObject* parent = nullptr);
    ~Messenger() override;

    qint64 selfId() const { return m_self; }

    Q_INVOKABLE void loadConversations(int limit = 500);
    Q_INVOKABLE void loadConversation(qint64 conv);
    // Finds or creates the 1:1 conversation; answers with directReady(peer, conv).
    Q_INVOKABLE void openDirect(qint64 peer);
    // Returns the write id; conversationCreated(cid, conv) follows when the server made it.
    Q_INVOKABLE QString createGroup(const QString& name, const QList<qint64>& members);
    Q_INVOKABLE QString sendText(qint64 conv, const QString& text, qint64 replyTo = 0,
                                 const QList<qint64>& mentions = {}, bool mentionAll = false);
    Q_INVOKABLE QString sendFile(qint64 conv, const QString& fileRef, const QString& caption);
    Q_INVOKABLE void retry(qint64 localId);
    // Sends a copy of a stored message (text, or the file with its caption) to another
    // conversation, as a new message of the user's. Returns the write id ("" if not found).
    Q_INVOKABLE QString forward(qint64 localId, qint64 toConv);
    Q_INVOKABLE void recall(qint64 conv, qint64 seq);
    Q_INVOKABLE void markRead(qint64 conv, qint64 upTo);
    Q_INVOKABLE void rename(qint64 conv, const QString& name);
    Q_INVOKABLE void setAnnouncement(qint64 conv, const QString& text);
    Q_INVOKABLE void changeMembers(qint64 conv, const QList<qint64>& add,
                                   const QList<qint64>& remove);
    Q_INVOKABLE void setAdmin(qint64 conv, qint64 user, bool admin);
    Q_INVOKABLE void leave(qint64 conv);
    Q_INVOKABLE void setMuted(qint64 conv, bool muted);
    Q_INVOKABLE void setPinned(qint64 conv, bool pinned);
    Q_INVOKABLE void saveDraft(qint64 conv, const QString& text);
    Q_INVOKABLE void loadPage(quint64 serial, qint64 conv, qint64 before, int limit);
    Q_INVOKABLE void loadNewer(quint64 serial, qint64 conv, qint64 after, int limit);
    // The rows a view holds again, after a change: numbered from..to (to 0: up to the newest,
    // with the pending and failed ones after them).
    Q_INVOKABLE void loadWindow(quint64 serial, qint64 conv, qint64 from, qint64 to);
    Q_INVOKABLE void loadReceipts(qint64 conv, qint64 seq);
    Q_INVOKABLE void search(quint64 serial, const QString& query, qint64 conv, int limit = 50);

    // Synchronous reads for the core thread (tests, benchmarks).
    std::optional<Conversation> conversation(qint64 conv);
    QList<StoredMessage> latest(qint64 conv, int limit);
    QList<SearchHit> searchNow(const QString& query, qint64 conv, int limit);
    int unreadBy(qint64 conv, qint64 seq); // my group message: members who have not read it
    int totalUnread();

signals:
    void conversationsLoaded(const QList<zt::chat::Conversation>& conversations);
    void conversationLoaded(const zt::chat::Conversation& conversation);
    void conversationsChanged(const QList<qint64>& convs);
    void messagesChanged(qint64 conv);
    void incoming(const zt::chat::Message& message, bool muted); // others' new messages
    void unreadChanged(int total);                               // not counting muted ones
    void directReady(qint64 peer, qint64 conv);
    void conversationCreated(const QString& cid, qint64 conv);
    void writeRefused(qint64 conv, const QString& message);
    void pageLoaded(quint64 serial, qint64 conv, const QList<zt::chat::StoredMessage>& messages,
                    bool more, bool fromServer);
    void newerLoaded(quint64 serial, qint64 conv, const QList<zt::chat::StoredMessage>& messages);
    void windowLoaded(quint64 serial, qint64 conv, const QList<zt::chat::StoredMessage>& messages);
    void receiptsLoaded(const zt::chat::Receipts& receipts);
    void searchResults(quint64 serial, const QList<zt::chat::SearchHit>& hits);
    void dingsChanged(const QList<qint64>& dings); // DING events applied
    void uploadRetryWanted(const QString& cid);    // retry of a file message not uploaded yet

private:
    QString sendMessage(Message message);
    QString enqueue(qint64 conv, const QString& op, const QJsonObject& args,
                    const std::function<void()>& localEffect = {});
    void registerSettles();
    void onApplied();
    void onSettled(const QString& cid, bool ok);
    void onReady();
    void fetchDetail(qint64 conv);
    void addReadCounts(qint64 conv, QList<StoredMessage>& messages);
    void refreshFromServer();

    store::Database& m_db;
    net::Connection& m_connection;
    sync::Outbox& m_outbox;
    qint64 m_self;
    std::unique_ptr<ChatEvents> m_events;
    MessageHistory* m_history;
    QHash<QString, qint64> m_created;     // conv.create cid → conv, between settle and signal
    QHash<QString, qint64> m_settledConv; // cid → conv of a settled write, for the views
    QHash<QString, QString> m_refusals;   // cid → translated refusal
    QHash<QString, qint64> m_directPeer;  // conv.create cid of a 1:1 → peer
};

} // namespace zt::chat
