#include "ConversationMembers.h"
#include "MentionCompleter.h"
#include "chat/ConversationStore.h"
#include "core/ClientCore.h"

#include <QPointer>

namespace zt::ui {

ConversationMembers::ConversationMembers(core::ClientCore* core, MentionCompleter* completer,
                                         QObject* parent)
    : QObject(parent)
    , m_core(core)
    , m_completer(completer) {
}

void ConversationMembers::follow(const chat::Conversation& c) {
    const bool group = c.id > 0 && c.kind == chat::ConvKind::Group && c.member;
    const bool canMentionAll =
        group && (c.role == chat::MemberRole::Owner || c.role == chat::MemberRole::Admin);
    // The list's count can arrive before conv.get fills the member rows: until the two agree,
    // every change of the conversation reads the members again.
    const bool stale = c.id != m_conv || c.memberCount != m_memberCount ||
                       (group && m_members.size() != c.memberCount);
    if (!stale && canMentionAll == m_canMentionAll && group == m_group) return;
    if (c.id != m_conv) m_members.clear();
    m_conv = c.id;
    m_memberCount = c.memberCount;
    m_canMentionAll = canMentionAll;
    m_group = group;
    if (!group) {
        m_completer->setCandidates(c.id, {}, false);
        return;
    }
    m_completer->setCandidates(c.id, m_members, m_canMentionAll); // at once, then refreshed
    if (!stale) return;                                           // only my role changed
    // The member list lives in the local store, which only the core thread touches; the
    // Messenger has no verb for it, so read it there and come back queued.
    const qint64 conv = c.id;
    QMetaObject::invokeMethod(m_core, [core = m_core, conv, self = QPointer(this)] {
        store::Database* db = core->database();
        const QList<qint64> members =
            db ? chat::ConversationStore(*db).members(conv) : QList<qint64>{};
        QMetaObject::invokeMethod(
            self.data(),
            [self, conv, members] {
                if (self) self->onLoaded(conv, members);
            },
            Qt::QueuedConnection);
    });
}

void ConversationMembers::onLoaded(qint64 conv, const QList<qint64>& members) {
    if (conv != m_conv) return; // another conversation was opened meanwhile
    m_members = members;
    m_completer->setCandidates(conv, members, m_canMentionAll);
}

} // namespace zt::ui
