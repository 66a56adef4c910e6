#include "ChatService.h"
#include "ChatProtocol.h"
#include "store/Database.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcChat, "zt.chat")

namespace zt::chat {

namespace {

// A message event may arrive before or after the answer to our own send; both paths converge
// on the row keyed by (sender, cid) — a cid is only unique per sender — and a server id is
// stored once (UNIQUE), so nothing duplicates.
void applyMessageEvent(store::Database& db, const protocol::Event& event, qint64 selfId) {
    const auto m = MessageEvent::fromJson(event.data);
    if (!m) return;
    db.prepare(QStringLiteral(
                   "UPDATE messages SET server_id=?, time=?, state=1 WHERE cid=? AND sender=?"))
        .bind(1, m->messageId)
        .bind(2, m->timeMs)
        .bind(3, m->cid)
        .bind(4, m->from)
        .run();
    if (db.changes() > 0) return;
    const qint64 peer = m->from == selfId ? m->to : m->from;
    db.prepare(QStringLiteral("INSERT OR IGNORE INTO messages(cid, server_id, peer, sender, text, "
                              "time, state) VALUES(?,?,?,?,?,?,1)"))
        .bind(1, m->cid)
        .bind(2, m->messageId)
        .bind(3, peer)
        .bind(4, m->from)
        .bind(5, m->text)
        .bind(6, m->timeMs)
        .run();
}

void settleSend(store::Database& db, const sync::OutboxItem& item, const protocol::Response& r,
                qint64 selfId) {
    if (!r.ok) {
        db.prepare(QStringLiteral("UPDATE messages SET state=2 WHERE cid=? AND sender=?"))
            .bind(1, item.cid)
            .bind(2, selfId)
            .run();
        return;
    }
    const SendResult result = SendResult::fromJson(r.result);
    db
        .prepare(QStringLiteral(
            "UPDATE OR IGNORE messages SET server_id=?, time=?, state=1 WHERE cid=? AND sender=?"))
        .bind(1, result.messageId)
        .bind(2, result.timeMs)
        .bind(3, item.cid)
        .bind(4, selfId)
        .run();
}

} // namespace

ChatService::ChatService(store::Database& db, sync::Outbox& outbox, sync::SyncEngine& sync,
                         qint64 selfId, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_outbox(outbox)
    , m_selfId(selfId) {
    sync.registerApplier(event::MessageNew, [selfId](store::Database& d, const protocol::Event& e) {
        applyMessageEvent(d, e, selfId);
    });
    outbox.registerSettle(
        op::Send, [selfId](store::Database& d, const sync::OutboxItem& item,
                           const protocol::Response& r) { settleSend(d, item, r, selfId); });
    connect(&sync, &sync::SyncEngine::applied, this, [this](const QStringList& kinds) {
        if (kinds.contains(event::MessageNew)) emit messagesChanged();
    });
    connect(&outbox, &sync::Outbox::settled, this, &ChatService::messagesChanged);
}

QString ChatService::sendText(qint64 peer, const QString& text) {
    QString cid;
    try {
        m_db.transaction([&] {
            cid = sync::Outbox::enqueue(m_db, op::Send, SendArgs{{}, peer, text}.toJson());
            m_db.prepare(
                    QStringLiteral("INSERT INTO messages(cid, peer, sender, text, time, state) "
                                   "VALUES(?,?,?,?,?,0)"))
                .bind(1, cid)
                .bind(2, peer)
                .bind(3, m_selfId)
                .bind(4, text)
                .bind(5, QDateTime::currentMSecsSinceEpoch())
                .run();
        });
    } catch (const std::exception& e) {
        qCWarning(lcChat) << "cannot store outgoing message:" << e.what();
        return {};
    }
    emit messagesChanged();
    m_outbox.notifyEnqueued();
    return cid;
}

QList<DirectMessage> ChatService::latest(qint64 peer, int limit) {
    auto st = m_db.prepare(QStringLiteral(
        "SELECT local_id, cid, server_id, peer, sender, text, time, state FROM messages "
        "WHERE peer=? ORDER BY (server_id IS NULL) DESC, server_id DESC, local_id DESC LIMIT ?"));
    st.bind(1, peer).bind(2, limit);
    QList<DirectMessage> out;
    while (st.next())
        out.prepend(DirectMessage{st.int64(0), st.text(1), st.int64(2), st.int64(3), st.int64(4),
                                  st.text(5), st.int64(6), DeliveryState(st.int64(7))});
    return out;
}

qint64 ChatService::messageCount() {
    auto st = m_db.prepare(QStringLiteral("SELECT count(*) FROM messages"));
    return st.next() ? st.int64(0) : 0;
}

} // namespace zt::chat
