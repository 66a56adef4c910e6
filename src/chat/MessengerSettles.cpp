// How the server's answers to the conversation writes settle the local store (inside the
// outbox's transaction). Split from Messenger.cpp: one place per answer, all in one list.
#include "ChatErrors.h"
#include "ConversationStore.h"
#include "MessageStore.h"
#include "Messenger.h"
#include "store/Database.h"
#include "sync/Outbox.h"

namespace zt::chat {

void Messenger::registerSettles() {
    // Every settle remembers the conversation and, on refusal, the sentence for the user.
    auto wrap = [this](auto onOk) {
        return [this, onOk](store::Database& db, const sync::OutboxItem& item,
                            const protocol::Response& r) {
            const qint64 conv = item.args.value(QStringLiteral("conv")).toInteger();
            if (conv > 0) m_settledConv.insert(item.cid, conv);
            if (r.ok) {
                onOk(db, item, r);
                return;
            }
            const QString text = refusalText(r.error.code, r.error.message);
            m_refusals.insert(item.cid, text);
            if (item.op == op::MsgSend) MessageStore(db).markFailed(m_self, item.cid, text);
        };
    };
    m_outbox.registerSettle(op::MsgSend,
                            wrap([this](store::Database& db, const sync::OutboxItem& item,
                                        const protocol::Response& r) {
                                const auto args = SendMsgArgs::fromJson(item.args);
                                if (!args) return;
                                Message m;
                                m.conv = args->conv;
                                m.seq = r.result.value(QStringLiteral("seq")).toInteger();
                                m.timeMs = r.result.value(QStringLiteral("time")).toInteger();
                                m.sender = m_self;
                                m.cid = item.cid;
                                m.kind = args->kind;
                                m.text = args->text;
                                m.fileRef = args->fileRef;
                                m.replyTo = args->replyTo;
                                m.mentions = args->mentions;
                                m.mentionAll = args->mentionAll;
                                if (m.seq <= 0) return;
                                MessageStore(db).applyServer(m);
                                ConversationStore(db).noteMessage(m);
                            }));
    m_outbox.registerSettle(
        op::ConvCreate, wrap([this](store::Database& db, const sync::OutboxItem& item,
                                    const protocol::Response& r) {
            const qint64 conv = r.result.value(QStringLiteral("conv")).toInteger();
            const auto args = CreateConvArgs::fromJson(item.args);
            if (conv <= 0 || !args) return;
            ConversationStore convs(db);
            convs.ensure(conv);
            if (args->kind == ConvKind::Direct && !args->members.isEmpty()) {
                db.prepare(QStringLiteral("UPDATE conversations SET kind=? WHERE id=?"))
                    .bind(1, int(ConvKind::Direct))
                    .bind(2, conv)
                    .run();
                convs.setPeer(conv, args->members.first());
            }
            m_created.insert(item.cid, conv);
        }));
    m_outbox.registerSettle(
        op::MsgRecall,
        wrap([](store::Database& db, const sync::OutboxItem& item, const protocol::Response&) {
            const auto args = MsgRefArgs::fromJson(item.args, true);
            if (args) MessageStore(db).markRecalled(args->conv, args->seq);
        }));
    m_outbox.registerSettle(
        op::ConvUpdate,
        wrap([this](store::Database& db, const sync::OutboxItem&, const protocol::Response& r) {
            if (const auto info = ConvInfo::fromJson(r.result))
                ConversationStore(db).applyInfo(*info, m_self);
        }));
    m_outbox.registerSettle(
        op::ConvLeave,
        wrap([](store::Database& db, const sync::OutboxItem& item, const protocol::Response&) {
            ConversationStore(db).setMember(item.args.value(QStringLiteral("conv")).toInteger(),
                                            false);
        }));
    m_outbox.registerSettle(op::ConvSettings, wrap([](store::Database& db, const sync::OutboxItem&,
                                                      const protocol::Response& r) {
                                const auto e = SettingsEvent::fromJson(r.result);
                                if (e)
                                    ConversationStore(db).setSettings(e->conv, e->muted, e->pinned);
                            }));
    const auto nothing = [](store::Database&, const sync::OutboxItem&, const protocol::Response&) {
    };
    m_outbox.registerSettle(op::MsgRead, wrap(nothing));
    m_outbox.registerSettle(op::ConvMembers, wrap(nothing));
}

} // namespace zt::chat
