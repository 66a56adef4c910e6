#include "DingWriter.h"
#include "ConversationAccess.h"
#include "files/FileAccess.h"
#include "protocol/ErrorCode.h"
#include "storage/ServerStorage.h"

namespace zt::server {

namespace errc = protocol::errc;

namespace {

WriteRefused noSuchDing() {
    return WriteRefused{errc::NotFound, QStringLiteral("no such ding")};
}

} // namespace

DingRecord requireOwnDing(ChatStorage& chat, qint64 ding, qint64 caller) {
    const auto record = chat.ding(ding);
    if (!record || record->sender != caller) throw noSuchDing();
    return *record;
}

DingWriter::DingWriter(ServerStorage& storage, EventBatch& events, qint64 nowMs)
    : m_storage(storage)
    , m_chat(storage.chat())
    , m_events(events)
    , m_now(nowMs) {
}

QJsonObject DingWriter::send(qint64 caller, const chat::DingSendArgs& args) {
    QString text = args.text;
    const QList<qint64> recipients = recipientsFor(caller, args, &text);
    if (recipients.isEmpty())
        throw WriteRefused{errc::BadArgs, QStringLiteral("a DING needs a recipient besides you")};
    DingRecord d;
    d.sender = caller;
    d.cid = args.cid;
    d.text = text;
    d.attachment = dingAttachment(m_storage.files(), args.attachment, caller);
    d.conv = args.conv;
    d.seq = args.seq;
    d.createdMs = m_now;
    d.dueMs = qMax(args.atMs, m_now);
    d.id = m_chat.insertDing(d, recipients);
    const bool scheduled = d.dueMs > m_now;
    if (!scheduled) dispatch(d);
    return {{QStringLiteral("ding"), d.id},
            {QStringLiteral("recipients"), recipients.size()},
            {QStringLiteral("scheduled"), scheduled},
            {QStringLiteral("due"), d.dueMs}};
}

// A list of users, or the members of a conversation the caller is in (a DING "from a message").
QList<qint64> DingWriter::recipientsFor(qint64 caller, const chat::DingSendArgs& args,
                                        QString* text) {
    QList<qint64> users = args.recipients;
    if (args.conv > 0) {
        const MemberRecord self = requireMember(m_chat, args.conv, caller);
        const auto m = m_chat.message(args.conv, args.seq);
        if (!m || m->recalled || m->seq <= self.joinedSeq)
            throw WriteRefused{errc::NotFound, QStringLiteral("no such message")};
        if (text->isEmpty()) *text = m->text;
        users = m_chat.memberIds(args.conv);
    }
    users.removeAll(caller);
    for (qint64 user : users)
        if (!m_storage.userById(user))
            throw WriteRefused{errc::NotFound, QStringLiteral("no such recipient")};
    return users;
}

void DingWriter::dispatch(const DingRecord& ding) {
    QList<qint64> everyone;
    for (const chat::RecipientStatus& r : m_chat.dingRecipients(ding.id))
        everyone.append(r.user);
    notify(ding, 0, everyone);
}

void DingWriter::notify(const DingRecord& ding, int round, const QList<qint64>& recipients) {
    chat::DingNotice notice{ding.id,  ding.sender, ding.text, ding.attachment, {}, ding.conv,
                            ding.seq, m_now,       round};
    if (const auto file = m_storage.files().file(files::fileIdFromRef(ding.attachment)))
        notice.file = file->meta;
    fanout(m_events, recipients, chat::event::DingNew, notice.toJson());
    m_chat.markDingSent(ding.id, m_now, round);
}

// Each step records its time once; a later step fills in earlier ones still missing, so a
// confirmation always has a delivery time (handling time = confirmed - delivered).
QJsonObject DingWriter::progress(qint64 caller, qint64 ding, DingStep step) {
    const auto record = m_chat.ding(ding);
    auto status = m_chat.dingRecipient(ding, caller);
    if (!record || record->sentMs == 0 || !status) throw noSuchDing();
    const chat::RecipientStatus before = *status;
    if (status->deliveredMs == 0) status->deliveredMs = m_now;
    if (step != DingStep::Delivered && status->readMs == 0) status->readMs = m_now;
    if (step == DingStep::Confirmed && status->confirmedMs == 0) status->confirmedMs = m_now;
    const bool changed = status->deliveredMs != before.deliveredMs ||
                         status->readMs != before.readMs ||
                         status->confirmedMs != before.confirmedMs;
    if (changed) {
        m_chat.setRecipientStatus(*status);
        m_events.append(record->sender, chat::event::DingUpdated, status->toJson());
    }
    return status->toJson();
}

// Re-sends to the recipients who have not confirmed, at most once per interval.
QJsonObject DingWriter::redo(qint64 caller, qint64 ding, qint64 minIntervalMs) {
    const DingRecord record = requireOwnDing(m_chat, ding, caller);
    if (record.sentMs == 0) throw WriteRefused{errc::Conflict, QStringLiteral("not_sent_yet")};
    if (m_now - record.lastSentMs < minIntervalMs)
        throw WriteRefused{
            chat::errc::TooSoon,
            QStringLiteral("next redo at %1").arg(record.lastSentMs + minIntervalMs)};
    QList<qint64> unconfirmed;
    for (const chat::RecipientStatus& r : m_chat.dingRecipients(ding))
        if (r.confirmedMs == 0) unconfirmed.append(r.user);
    if (!unconfirmed.isEmpty()) notify(record, record.round + 1, unconfirmed);
    return {{QStringLiteral("ding"), ding},
            {QStringLiteral("round"), unconfirmed.isEmpty() ? record.round : record.round + 1},
            {QStringLiteral("recipients"), unconfirmed.size()}};
}

} // namespace zt::server
