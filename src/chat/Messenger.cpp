#include "Messenger.h"
#include "ChatEvents.h"
#include "ConversationStore.h"
#include "Guarded.h"
#include "MessageHistory.h"
#include "MessageStore.h"
#include "net/Connection.h"
#include "protocol/ErrorCode.h"
#include "store/Database.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMessenger, "zt.chat.messenger")

namespace zt::chat {

Messenger::Messenger(const Context& context, QObject* parent)
    : QObject(parent)
    , m_db(context.db)
    , m_connection(context.connection)
    , m_outbox(context.outbox)
    , m_self(context.selfId)
    , m_events(std::make_unique<ChatEvents>(context.selfId))
    , m_history(new MessageHistory(context.db, context.connection, this)) {
    qRegisterMetaType<Message>();
    qRegisterMetaType<StoredMessage>();
    qRegisterMetaType<Conversation>();
    qRegisterMetaType<Receipts>();
    qRegisterMetaType<SearchHit>();
    m_events->registerWith(context.sync);
    registerSettles();
    connect(&context.sync, &sync::SyncEngine::applied, this, &Messenger::onApplied);
    connect(&context.outbox, &sync::Outbox::settled, this,
            [this](const QString& cid, bool ok, const QString&) { onSettled(cid, ok); });
    connect(&context.connection, &net::Connection::stateChanged, this,
            [this](net::Connection::State s) {
                if (s == net::Connection::State::Ready) onReady();
            });
    connect(m_history, &MessageHistory::pageLoaded, this,
            [this](quint64 serial, qint64 conv, QList<StoredMessage> messages, bool more,
                   bool fromServer) {
                addReadCounts(conv, messages);
                emit pageLoaded(serial, conv, messages, more, fromServer);
            });
    if (m_connection.state() == net::Connection::State::Ready) onReady();
}

Messenger::~Messenger() = default;

void Messenger::loadConversations(int limit) {
    try {
        emit conversationsLoaded(ConversationStore(m_db).list(limit));
    } catch (const std::exception& e) {
        qCWarning(lcMessenger) << "cannot read conversations:" << e.what();
    }
}

void Messenger::loadConversation(qint64 conv) {
    if (auto c = conversation(conv)) emit conversationLoaded(*c);
    fetchDetail(conv);
}

std::optional<Conversation> Messenger::conversation(qint64 conv) {
    try {
        return ConversationStore(m_db).get(conv);
    } catch (const std::exception& e) {
        qCWarning(lcMessenger) << "cannot read conversation:" << e.what();
        return std::nullopt;
    }
}

void Messenger::openDirect(qint64 peer) {
    if (const auto conv = ConversationStore(m_db).directWith(peer)) {
        emit directReady(peer, *conv);
        return;
    }
    const QString cid =
        enqueue(0, op::ConvCreate, CreateConvArgs{{}, ConvKind::Direct, {peer}, {}}.toJson());
    if (!cid.isEmpty()) m_directPeer.insert(cid, peer);
}

QString Messenger::createGroup(const QString& name, const QList<qint64>& members) {
    return enqueue(0, op::ConvCreate, CreateConvArgs{{}, ConvKind::Group, members, name}.toJson());
}

QString Messenger::sendText(qint64 conv, const QString& text, qint64 replyTo,
                            const QList<qint64>& mentions, bool mentionAll) {
    Message m;
    m.conv = conv;
    m.kind = MessageKind::Text;
    m.text = text;
    m.replyTo = replyTo;
    m.mentions = mentions;
    m.mentionAll = mentionAll;
    return sendMessage(m);
}

QString Messenger::sendFile(qint64 conv, const QString& fileRef, const QString& caption) {
    Message m;
    m.conv = conv;
    m.sender = m_self;
    m.kind = MessageKind::File;
    m.text = caption;
    m.fileRef = fileRef;
    return sendMessage(m);
}

QString Messenger::sendMessage(Message m) {
    m.sender = m_self;
    m.timeMs = QDateTime::currentMSecsSinceEpoch();
    const SendMsgArgs args{{},        m.conv,    m.kind,     m.text,
                           m.fileRef, m.replyTo, m.mentions, m.mentionAll};
    try {
        m_db.transaction([&] {
            m.cid = sync::Outbox::enqueue(m_db, op::MsgSend, args.toJson());
            MessageStore(m_db).insertPending(m);
            ConversationStore(m_db).setDraft(m.conv, {});
        });
    } catch (const std::exception& e) {
        qCWarning(lcMessenger) << "cannot store outgoing message:" << e.what();
        return {};
    }
    emit messagesChanged(m.conv);
    emit conversationsChanged({m.conv});
    m_outbox.notifyEnqueued();
    return m.cid;
}

QString Messenger::forward(qint64 localId, qint64 toConv) {
    std::optional<StoredMessage> original;
    try {
        original = MessageStore(m_db).byLocalId(localId);
    } catch (const std::exception& e) {
        qCWarning(lcMessenger) << "cannot read message to forward:" << e.what();
    }
    if (!original || original->message.recalled || original->message.kind == MessageKind::System ||
        toConv <= 0)
        return {};
    // A file still uploading has no id to refer to yet: it can be forwarded once it is sent.
    if (original->message.kind == MessageKind::File && original->message.fileRef.isEmpty())
        return {};
    Message copy;
    copy.conv = toConv;
    copy.kind = original->message.kind;
    copy.text = original->message.text;
    copy.fileRef = original->message.fileRef;
    copy.file = original->message.file; // shown at once; the server sends its own description
    return sendMessage(copy);
}

void Messenger::retry(qint64 localId) {
    if (const auto stored = MessageStore(m_db).byLocalId(localId);
        stored && stored->message.kind == MessageKind::File && stored->message.fileRef.isEmpty())
        return emit uploadRetryWanted(stored->message.cid); // ChatFiles sends the file first
    std::optional<StoredMessage> m;
    try {
        m_db.transaction([&] {
            m = MessageStore(m_db).resetFailed(localId);
            if (!m) return;
            const Message& msg = m->message;
            const SendMsgArgs args{{},          msg.conv,    msg.kind,     msg.text,
                                   msg.fileRef, msg.replyTo, msg.mentions, msg.mentionAll};
            sync::Outbox::requeue(m_db, msg.cid, op::MsgSend, args.toJson());
        });
    } catch (const std::exception& e) {
        qCWarning(lcMessenger) << "cannot retry message:" << e.what();
        return;
    }
    if (!m) return;
    emit messagesChanged(m->message.conv);
    m_outbox.notifyEnqueued();
}

void Messenger::recall(qint64 conv, qint64 seq) {
    enqueue(conv, op::MsgRecall, MsgRefArgs{{}, conv, seq}.toJson());
}

// The read mark moves here at once (unread badge cleared offline too); the server's msg.read
// event for our own devices confirms it later and never moves it back.
void Messenger::markRead(qint64 conv, qint64 upTo) {
    const auto c = conversation(conv);
    if (!c || upTo <= c->lastRead) return;
    enqueue(conv, op::MsgRead, MsgRefArgs{{}, conv, upTo}.toJson(QStringLiteral("upTo")), [&] {
        MessageStore messages(m_db);
        ConversationStore(m_db).setCounters(conv, upTo, messages.countUnread(conv, upTo, m_self),
                                            messages.mentionsAfter(conv, upTo, m_self));
    });
    emit unreadChanged(totalUnread());
}

void Messenger::rename(qint64 conv, const QString& name) {
    UpdateConvArgs args;
    args.conv = conv;
    args.name = name;
    enqueue(conv, op::ConvUpdate, args.toJson());
}

void Messenger::setAnnouncement(qint64 conv, const QString& text) {
    UpdateConvArgs args;
    args.conv = conv;
    args.announcement = text;
    enqueue(conv, op::ConvUpdate, args.toJson());
}

void Messenger::changeMembers(qint64 conv, const QList<qint64>& add, const QList<qint64>& remove) {
    enqueue(conv, op::ConvMembers, MembersArgs{{}, conv, add, remove, {}, {}}.toJson());
}

void Messenger::setAdmin(qint64 conv, qint64 user, bool admin) {
    MembersArgs args{{}, conv, {}, {}, {}, {}};
    (admin ? args.grantAdmin : args.revokeAdmin).append(user);
    enqueue(conv, op::ConvMembers, args.toJson());
}

void Messenger::leave(qint64 conv) {
    enqueue(conv, op::ConvLeave, ConvRefArgs{{}, conv}.toJson());
}

void Messenger::setMuted(qint64 conv, bool muted) {
    const auto c = conversation(conv);
    if (!c) return;
    SettingsArgs args{{}, conv, muted, std::nullopt};
    enqueue(conv, op::ConvSettings, args.toJson(),
            [&] { ConversationStore(m_db).setSettings(conv, muted, c->pinned); });
    emit unreadChanged(totalUnread());
}

void Messenger::setPinned(qint64 conv, bool pinned) {
    const auto c = conversation(conv);
    if (!c) return;
    SettingsArgs args{{}, conv, std::nullopt, pinned};
    enqueue(conv, op::ConvSettings, args.toJson(),
            [&] { ConversationStore(m_db).setSettings(conv, c->muted, pinned); });
}

void Messenger::saveDraft(qint64 conv, const QString& text) {
    try {
        ConversationStore(m_db).setDraft(conv, text);
    } catch (const std::exception& e) {
        qCWarning(lcMessenger) << "cannot save draft:" << e.what();
        return;
    }
    emit conversationsChanged({conv});
}

void Messenger::loadPage(quint64 serial, qint64 conv, qint64 before, int limit) {
    m_history->load({serial, conv, before, std::clamp(limit, 1, kMaxHistoryPage)});
}

void Messenger::loadNewer(quint64 serial, qint64 conv, qint64 after, int limit) {
    try {
        QList<StoredMessage> page = MessageStore(m_db).pageAfter(conv, after, limit);
        addReadCounts(conv, page);
        emit newerLoaded(serial, conv, page);
    } catch (const std::exception& e) {
        qCWarning(lcMessenger) << "cannot read messages:" << e.what();
    }
}

void Messenger::loadWindow(quint64 serial, qint64 conv, qint64 from, qint64 to) {
    constexpr int kMaxWindow = 2'000; // views keep far fewer rows; this only bounds a bad request
    try {
        MessageStore messages(m_db);
        QList<StoredMessage> rows = messages.pageAfter(conv, from - 1, kMaxWindow);
        if (to > 0)
            rows.erase(std::remove_if(rows.begin(), rows.end(),
                                      [to](const StoredMessage& m) { return m.message.seq > to; }),
                       rows.end());
        else
            rows += messages.unnumbered(conv);
        addReadCounts(conv, rows);
        emit windowLoaded(serial, conv, rows);
    } catch (const std::exception& e) {
        qCWarning(lcMessenger) << "cannot read messages:" << e.what();
    }
}

// My numbered messages get their "not read yet" count: in a group from the members' read marks,
// in a 1:1 from the peer's.
void Messenger::addReadCounts(qint64 conv, QList<StoredMessage>& messages) {
    ConversationStore convs(m_db);
    const auto c = convs.get(conv);
    if (!c) return;
    const qint64 peerMark = c->kind == ConvKind::Direct ? convs.othersReadUpTo(conv, c->peer) : 0;
    for (StoredMessage& m : messages) {
        if (m.message.sender != m_self || m.message.seq <= 0 ||
            m.message.kind == MessageKind::System)
            continue;
        m.unreadBy = c->kind == ConvKind::Direct ? (peerMark >= m.message.seq ? 0 : 1)
                                                 : convs.unreadBy(conv, m.message.seq, m_self);
    }
}

void Messenger::loadReceipts(qint64 conv, qint64 seq) {
    m_connection.request(op::MsgReceipts, MsgRefArgs{{}, conv, seq}.toJson(),
                         guarded(this, [this](const protocol::Response& r) {
                             if (!r.ok) return;
                             if (const auto receipts = receiptsFromJson(r.result))
                                 emit receiptsLoaded(*receipts);
                         }));
}

void Messenger::search(quint64 serial, const QString& query, qint64 conv, int limit) {
    emit searchResults(serial, searchNow(query, conv, limit));
}

QList<SearchHit> Messenger::searchNow(const QString& query, qint64 conv, int limit) {
    try {
        return searchMessages(m_db, query, conv, limit);
    } catch (const std::exception& e) {
        qCWarning(lcMessenger) << "search failed:" << e.what();
        return {};
    }
}

QList<StoredMessage> Messenger::latest(qint64 conv, int limit) {
    MessageStore messages(m_db);
    return messages.pageBefore(conv, 0, limit) + messages.unnumbered(conv);
}

int Messenger::unreadBy(qint64 conv, qint64 seq) {
    return ConversationStore(m_db).unreadBy(conv, seq, m_self);
}

int Messenger::totalUnread() {
    try {
        return ConversationStore(m_db).totalUnread(false);
    } catch (const std::exception&) {
        return 0;
    }
}

// One transaction for the local effect and the outbox row: both or neither survive a crash.
QString Messenger::enqueue(qint64 conv, const QString& op, const QJsonObject& args,
                           const std::function<void()>& localEffect) {
    QString cid;
    try {
        m_db.transaction([&] {
            cid = sync::Outbox::enqueue(m_db, op, args);
            if (localEffect) localEffect();
        });
    } catch (const std::exception& e) {
        qCWarning(lcMessenger) << "cannot queue" << op << ":" << e.what();
        emit writeRefused(conv, tr("The change could not be saved on this computer."));
        return {};
    }
    if (localEffect && conv > 0) emit conversationsChanged({conv});
    m_outbox.notifyEnqueued();
    return cid;
}

void Messenger::onApplied() {
    const ChatEvents::Touched touched = m_events->take();
    if (touched.acksQueued) m_outbox.notifyEnqueued();
    if (!touched.dings.isEmpty())
        emit dingsChanged(QList<qint64>(touched.dings.begin(), touched.dings.end()));
    if (touched.conversations.isEmpty()) return;
    const QList<qint64> convs(touched.conversations.begin(), touched.conversations.end());
    for (qint64 conv : convs)
        emit messagesChanged(conv);
    emit conversationsChanged(convs);
    for (const Message& m : touched.incoming) {
        const auto c = conversation(m.conv);
        emit incoming(m, c && c->muted);
    }
    emit unreadChanged(totalUnread());
    for (qint64 conv : ConversationStore(m_db).needingDetail())
        fetchDetail(conv);
}

void Messenger::onSettled(const QString& cid, bool ok) {
    const qint64 conv = m_settledConv.take(cid);
    if (const auto created = m_created.constFind(cid); created != m_created.constEnd()) {
        const qint64 id = *created;
        m_created.erase(created);
        const qint64 peer = m_directPeer.take(cid);
        emit conversationCreated(cid, id);
        if (peer > 0) emit directReady(peer, id);
        fetchDetail(id);
        emit conversationsChanged({id});
    }
    if (!ok) {
        const QString message = m_refusals.take(cid);
        if (!message.isEmpty()) emit writeRefused(conv, message);
    }
    if (conv > 0) {
        emit messagesChanged(conv);
        emit conversationsChanged({conv});
    }
}

void Messenger::onReady() {
    refreshFromServer();
}

// conv.list brings counters and settings the event stream may not carry for this device (a
// first sign-in, or marks moved while events were trimmed).
void Messenger::refreshFromServer() {
    m_connection.request(
        op::ConvList, {}, guarded(this, [this](const protocol::Response& r) {
            if (!r.ok) return;
            QList<qint64> changed;
            try {
                m_db.transaction([&] {
                    ConversationStore convs(m_db);
                    MessageStore messages(m_db);
                    for (const QJsonValue& v :
                         r.result.value(QStringLiteral("conversations")).toArray()) {
                        const auto item = ConvListItem::fromJson(v.toObject());
                        if (!item) continue;
                        convs.applyListItem(*item);
                        if (item->last) messages.applyServer(*item->last);
                        changed.append(item->conversation.id);
                    }
                });
            } catch (const std::exception& e) {
                qCWarning(lcMessenger) << "cannot store conversation list:" << e.what();
                return;
            }
            emit conversationsChanged(changed);
            emit unreadChanged(totalUnread());
            for (qint64 conv : ConversationStore(m_db).needingDetail())
                fetchDetail(conv);
        }));
}

void Messenger::fetchDetail(qint64 conv) {
    if (conv <= 0 || m_connection.state() != net::Connection::State::Ready) return;
    m_connection.request(op::ConvGet, ConvRefArgs{{}, conv}.toJson(),
                         guarded(this, [this, conv](const protocol::Response& r) {
                             try {
                                 ConversationStore convs(m_db);
                                 if (!r.ok) {
                                     if (r.error.code == protocol::errc::NotFound)
                                         convs.setMember(conv, false);
                                     return;
                                 }
                                 const auto info = ConvInfo::fromJson(r.result);
                                 if (!info) return;
                                 m_db.transaction([&] {
                                     convs.applyInfo(*info, m_self);
                                     if (info->kind == ConvKind::Direct)
                                         for (const auto& [user, role] : info->members)
                                             if (user != m_self) convs.setPeer(conv, user);
                                     convs.markDetailFetched(conv);
                                 });
                             } catch (const std::exception& e) {
                                 qCWarning(lcMessenger) << "cannot store conversation:" << e.what();
                                 return;
                             }
                             if (auto c = conversation(conv)) emit conversationLoaded(*c);
                             emit conversationsChanged({conv});
                         }));
}

} // namespace zt::chat
