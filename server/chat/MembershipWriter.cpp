#include "MembershipWriter.h"
#include "ConversationAccess.h"
#include "chat/WireHelpers.h"
#include "protocol/ErrorCode.h"
#include "storage/ServerStorage.h"

namespace zt::server {

namespace errc = protocol::errc;
using chat::MemberRole;

namespace {

WriteRefused forbidden(const char* reason) {
    return WriteRefused{errc::Forbidden, QString::fromLatin1(reason)};
}

QJsonObject convResult(qint64 conv, bool created) {
    return {{QStringLiteral("conv"), conv}, {QStringLiteral("created"), created}};
}

} // namespace

MembershipWriter::MembershipWriter(ServerStorage& storage, EventBatch& events, qint64 nowMs)
    : m_storage(storage)
    , m_chat(storage.chat())
    , m_events(events)
    , m_now(nowMs) {
}

void MembershipWriter::requireUsers(const QList<qint64>& users) {
    for (qint64 user : users)
        if (!m_storage.userById(user))
            throw WriteRefused{errc::NotFound, QStringLiteral("no such user")};
}

QJsonObject MembershipWriter::create(qint64 caller, const chat::CreateConvArgs& args) {
    if (args.kind == chat::ConvKind::Direct) return createDirect(caller, args.members.first());
    QList<qint64> others = args.members;
    others.removeAll(caller);
    if (others.size() + 1 > chat::kMaxGroupMembers)
        throw WriteRefused{errc::BadArgs, QStringLiteral("a group holds at most 2000 members")};
    requireUsers(others);
    const qint64 conv =
        m_chat.createConversation(chat::ConvKind::Group, args.name, caller, {}, m_now);
    m_chat.addMember(conv, caller, MemberRole::Owner, 0);
    for (qint64 user : others)
        m_chat.addMember(conv, user, MemberRole::Member, 0);
    announce(conv);
    return convResult(conv, true);
}

// A direct conversation is unique per pair: asking again returns the existing one.
QJsonObject MembershipWriter::createDirect(qint64 caller, qint64 peer) {
    if (peer == caller)
        throw WriteRefused{errc::BadArgs, QStringLiteral("a direct conversation needs a peer")};
    requireUsers({peer});
    const QString key = QStringLiteral("%1:%2").arg(qMin(caller, peer)).arg(qMax(caller, peer));
    if (const auto existing = m_chat.directConversation(key)) return convResult(*existing, false);
    const qint64 conv = m_chat.createConversation(chat::ConvKind::Direct, {}, caller, key, m_now);
    m_chat.addMember(conv, caller, MemberRole::Member, 0);
    m_chat.addMember(conv, peer, MemberRole::Member, 0);
    announce(conv);
    return convResult(conv, true);
}

QJsonObject MembershipWriter::changeMembers(qint64 caller, const chat::MembersArgs& args) {
    const MemberRecord self = requireMember(m_chat, args.conv, caller);
    const auto conv = m_chat.conversation(args.conv);
    if (conv->kind == chat::ConvKind::Direct) throw forbidden("direct_conversation");
    if (!isManager(self)) throw forbidden("not_admin");
    if (!args.remove.isEmpty()) removeUsers(caller, args.conv, args.remove, args.cid);
    if (!args.add.isEmpty()) addUsers(caller, args.conv, args.add, args.cid);
    if (!args.grantAdmin.isEmpty() || !args.revokeAdmin.isEmpty())
        changeAdmins(caller, args.conv, args);
    announce(args.conv);
    return {{QStringLiteral("conv"), args.conv},
            {QStringLiteral("memberCount"), m_chat.memberIds(args.conv).size()}};
}

// Admins remove plain members; only the owner removes admins; nobody removes the owner.
void MembershipWriter::removeUsers(qint64 caller, qint64 conv, const QList<qint64>& users,
                                   const QString& cid) {
    const bool byOwner = m_chat.member(conv, caller)->role == MemberRole::Owner;
    QList<qint64> removed;
    for (qint64 user : users) {
        const auto member = m_chat.member(conv, user);
        if (!member) continue; // already gone: nothing to do
        if (member->role == MemberRole::Owner) throw forbidden("cannot_remove_owner");
        if (member->role == MemberRole::Admin && !byOwner) throw forbidden("not_owner");
        m_chat.removeMember(conv, user);
        removed.append(user);
    }
    if (removed.isEmpty()) return;
    const QList<qint64> remaining = m_chat.memberIds(conv);
    const QJsonObject data{{QStringLiteral("conv"), conv},
                           {QStringLiteral("users"), chat::wire::toArray(removed)},
                           {QStringLiteral("by"), caller}};
    fanout(m_events, remaining + removed, chat::event::MemberRemoved, data);
    appendSystemMessage(m_chat, m_events, conv, caller, cid, QStringLiteral("removed"), removed,
                        remaining, m_now);
}

void MembershipWriter::addUsers(qint64 caller, qint64 conv, const QList<qint64>& users,
                                const QString& cid) {
    requireUsers(users);
    const qint64 lastSeq = m_chat.conversation(conv)->lastSeq;
    QList<qint64> added;
    for (qint64 user : users)
        if (!m_chat.member(conv, user)) added.append(user);
    if (added.isEmpty()) return;
    if (m_chat.memberIds(conv).size() + added.size() > chat::kMaxGroupMembers)
        throw WriteRefused{errc::Conflict, QStringLiteral("group_full")};
    for (qint64 user : added)
        m_chat.addMember(conv, user, MemberRole::Member, lastSeq);
    const QList<qint64> everyone = m_chat.memberIds(conv);
    const QJsonObject data{{QStringLiteral("conv"), conv},
                           {QStringLiteral("users"), chat::wire::toArray(added)},
                           {QStringLiteral("by"), caller}};
    fanout(m_events, everyone, chat::event::MemberAdded, data);
    appendSystemMessage(m_chat, m_events, conv, caller, cid, QStringLiteral("added"), added,
                        everyone, m_now);
}

void MembershipWriter::changeAdmins(qint64 caller, qint64 conv, const chat::MembersArgs& args) {
    if (m_chat.member(conv, caller)->role != MemberRole::Owner) throw forbidden("not_owner");
    for (qint64 user : args.grantAdmin + args.revokeAdmin) {
        const auto member = m_chat.member(conv, user);
        if (!member) throw WriteRefused{errc::NotFound, QStringLiteral("no such member")};
        if (member->role == MemberRole::Owner) throw forbidden("cannot_change_owner");
    }
    for (qint64 user : args.grantAdmin)
        m_chat.setRole(conv, user, MemberRole::Admin);
    for (qint64 user : args.revokeAdmin)
        m_chat.setRole(conv, user, MemberRole::Member);
}

// The owner may leave too: the lowest-id admin, else the lowest-id member, becomes owner.
QJsonObject MembershipWriter::leave(qint64 caller, const chat::ConvRefArgs& args) {
    const MemberRecord self = requireMember(m_chat, args.conv, caller);
    if (m_chat.conversation(args.conv)->kind == chat::ConvKind::Direct)
        throw forbidden("direct_conversation");
    m_chat.removeMember(args.conv, caller);
    const QList<MemberRecord> rest = m_chat.members(args.conv);
    if (self.role == MemberRole::Owner && !rest.isEmpty()) {
        qint64 heir = rest.first().user;
        for (const MemberRecord& m : rest)
            if (m.role == MemberRole::Admin) {
                heir = m.user;
                break;
            }
        m_chat.setRole(args.conv, heir, MemberRole::Owner);
        m_chat.setOwner(args.conv, heir);
    }
    QList<qint64> remaining;
    for (const MemberRecord& m : rest)
        remaining.append(m.user);
    const QJsonObject data{{QStringLiteral("conv"), args.conv},
                           {QStringLiteral("users"), QJsonArray{caller}},
                           {QStringLiteral("by"), caller}};
    fanout(m_events, remaining + QList<qint64>{caller}, chat::event::MemberRemoved, data);
    appendSystemMessage(m_chat, m_events, args.conv, caller, args.cid, QStringLiteral("left"),
                        {caller}, remaining, m_now);
    if (self.role == MemberRole::Owner) announce(args.conv);
    return {{QStringLiteral("conv"), args.conv}};
}

void MembershipWriter::announce(qint64 conv) {
    const auto record = m_chat.conversation(conv);
    fanout(m_events, m_chat.memberIds(conv), chat::event::ConvUpdated,
           conversationJson(m_chat, *record));
}

} // namespace zt::server
