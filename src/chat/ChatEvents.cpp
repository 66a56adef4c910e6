#include "ChatEvents.h"
#include "ConversationStore.h"
#include "DingStore.h"
#include "MessageStore.h"
#include "protocol/Frame.h"
#include "store/Database.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

namespace zt::chat {

void ChatEvents::finishBatch(store::Database& db, bool committed) {
    if (committed) {
        ConversationStore convs(db);
        for (const Message& m : std::as_const(m_latest))
            convs.noteMessage(m);
        MessageStore::flush(db, m_index); // after every UPDATE of the batch: one index segment
    }
    m_latest.clear();
    m_index.rows.clear();
}

void ChatEvents::registerWith(sync::SyncEngine& sync) {
    using std::placeholders::_1;
    using std::placeholders::_2;
    sync.registerFinisher(std::bind(&ChatEvents::finishBatch, this, _1, _2));
    sync.registerApplier(event::MsgNew, std::bind(&ChatEvents::onMessage, this, _1, _2));
    sync.registerApplier(event::MsgRecalled, std::bind(&ChatEvents::onRecalled, this, _1, _2));
    sync.registerApplier(event::MsgRead, std::bind(&ChatEvents::onRead, this, _1, _2));
    sync.registerApplier(event::ConvUpdated, std::bind(&ChatEvents::onConvUpdated, this, _1, _2));
    sync.registerApplier(event::MemberAdded, [this](store::Database& db, const protocol::Event& e) {
        onMembers(db, e, true);
    });
    sync.registerApplier(
        event::MemberRemoved,
        [this](store::Database& db, const protocol::Event& e) { onMembers(db, e, false); });
    sync.registerApplier(event::ConvSettings, std::bind(&ChatEvents::onSettings, this, _1, _2));
    sync.registerApplier(event::DingNew, std::bind(&ChatEvents::onDingNew, this, _1, _2));
    sync.registerApplier(event::DingUpdated, std::bind(&ChatEvents::onDingUpdated, this, _1, _2));
}

ChatEvents::Touched ChatEvents::take() {
    return std::exchange(m_touched, Touched{});
}

// Unread grows by one per countable message past the read mark; counting afresh on every event
// would cost O(unread) each time during a long catch-up.
void ChatEvents::onMessage(store::Database& db, const protocol::Event& event) {
    const auto m = Message::fromJson(event.data);
    if (!m) return;
    ConversationStore convs(db);
    convs.ensure(m->conv);
    const bool fresh = MessageStore(db, &m_index).applyServer(*m);
    Message& latest = m_latest[m->conv]; // noted once per batch, in finishBatch
    if (m->seq > latest.seq) latest = *m;
    m_touched.conversations.insert(m->conv);
    if (!fresh || m->sender == m_self || m->kind == MessageKind::System || m->recalled) return;
    const auto c = convs.get(m->conv);
    if (!c || m->seq <= c->lastRead) return;
    const bool mentionsMe = m->mentionAll || m->mentions.contains(m_self);
    convs.setCounters(m->conv, c->lastRead, c->unread + 1, c->mentioned || mentionsMe);
    m_touched.incoming.append(*m);
}

void ChatEvents::onRecalled(store::Database& db, const protocol::Event& event) {
    const auto e = RecalledEvent::fromJson(event.data);
    if (!e) return;
    MessageStore(db, &m_index).markRecalled(e->conv, e->seq);
    if (const auto c = ConversationStore(db).get(e->conv); c && e->seq > c->lastRead)
        recount(db, e->conv, c->lastRead);
    m_touched.conversations.insert(e->conv);
}

void ChatEvents::onRead(store::Database& db, const protocol::Event& event) {
    const auto e = ReadEvent::fromJson(event.data);
    if (!e) return;
    ConversationStore convs(db);
    if (e->reader == m_self) {
        const auto c = convs.get(e->conv);
        if (c && e->upTo > c->lastRead) recount(db, e->conv, e->upTo);
    } else {
        convs.setOthersRead(e->conv, e->reader, e->upTo);
    }
    m_touched.conversations.insert(e->conv);
}

void ChatEvents::recount(store::Database& db, qint64 conv, qint64 lastRead) {
    MessageStore messages(db);
    ConversationStore(db).setCounters(conv, lastRead, messages.countUnread(conv, lastRead, m_self),
                                      messages.mentionsAfter(conv, lastRead, m_self));
}

void ChatEvents::onConvUpdated(store::Database& db, const protocol::Event& event) {
    const auto info = ConvInfo::fromJson(event.data);
    if (!info) return;
    ConversationStore(db).applyInfo(*info, m_self);
    m_touched.conversations.insert(info->conv);
}

void ChatEvents::onMembers(store::Database& db, const protocol::Event& event, bool added) {
    const auto e = MembersEvent::fromJson(event.data);
    if (!e) return;
    ConversationStore convs(db);
    convs.ensure(e->conv);
    if (e->users.contains(m_self)) {
        convs.setMember(e->conv, added);
        m_touched.membership = true;
    }
    if (added)
        convs.addMembers(e->conv, e->users);
    else
        convs.removeMembers(e->conv, e->users);
    m_touched.conversations.insert(e->conv);
}

void ChatEvents::onSettings(store::Database& db, const protocol::Event& event) {
    const auto e = SettingsEvent::fromJson(event.data);
    if (!e) return;
    ConversationStore(db).setSettings(e->conv, e->muted, e->pinned);
    m_touched.conversations.insert(e->conv);
}

// Delivery is acknowledged by a write queued in the same transaction as the DING itself: once
// the DING is stored, the ack will reach the server, whatever happens to this process.
void ChatEvents::onDingNew(store::Database& db, const protocol::Event& event) {
    const auto notice = DingNotice::fromJson(event.data);
    if (!notice) return;
    DingStore dings(db);
    if (dings.applyNotice(*notice)) {
        sync::Outbox::enqueue(db, op::DingAck, DingRefArgs{{}, notice->ding}.toJson());
        dings.markAcked(notice->ding);
        m_touched.acksQueued = true;
    }
    m_touched.dings.insert(notice->ding);
}

void ChatEvents::onDingUpdated(store::Database& db, const protocol::Event& event) {
    const auto status = RecipientStatus::fromJson(event.data);
    if (!status) return;
    DingStore(db).applyRecipient(*status);
    m_touched.dings.insert(status->ding);
}

} // namespace zt::chat
