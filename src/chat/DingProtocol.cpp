#include "DingProtocol.h"
#include "WireHelpers.h"
#include "protocol/Ops.h"

namespace zt::chat {

namespace {
QString key(const char* name) {
    return QString::fromLatin1(name);
}
} // namespace

QJsonObject DingSendArgs::toJson() const {
    QJsonObject o{{key("cid"), cid}, {key("text"), text}};
    if (!recipients.isEmpty()) o.insert(key("recipients"), wire::toArray(recipients));
    if (conv > 0) {
        o.insert(key("conv"), conv);
        o.insert(key("seq"), seq);
    }
    if (!attachment.isEmpty()) o.insert(key("attachment"), attachment);
    if (atMs > 0) o.insert(key("at"), atMs);
    return o;
}

std::optional<DingSendArgs> DingSendArgs::fromJson(const QJsonObject& o) {
    DingSendArgs a;
    const auto cid = protocol::writeId(o);
    const auto recipients = wire::ids(o, key("recipients"), kMaxDingRecipients);
    const auto conv = wire::natural(o, key("conv"), 0);
    const auto seq = wire::natural(o, key("seq"), 0);
    const auto at = wire::natural(o, key("at"), 0);
    std::optional<QString> text, attachment;
    if (!cid || !recipients || !conv || !seq || !at ||
        !wire::optionalText(o, key("text"), kMaxDingText, &text) ||
        !wire::optionalText(o, key("attachment"), kMaxAttachmentRef, &attachment))
        return std::nullopt;
    // Exactly one source of recipients: a list, or a message (conv and seq together).
    const bool fromMessage = *conv > 0;
    if (fromMessage == !recipients->isEmpty() || fromMessage != (*seq > 0)) return std::nullopt;
    if (!fromMessage && text.value_or(QString()).isEmpty()) return std::nullopt;
    a.cid = *cid;
    a.recipients = *recipients;
    a.conv = *conv;
    a.seq = *seq;
    a.text = text.value_or(QString());
    a.attachment = attachment.value_or(QString());
    a.atMs = *at;
    return a;
}

QJsonObject DingRefArgs::toJson() const {
    QJsonObject o{{key("ding"), ding}};
    if (!cid.isEmpty()) o.insert(key("cid"), cid);
    return o;
}

std::optional<DingRefArgs> DingRefArgs::fromJson(const QJsonObject& o, bool needCid) {
    const auto cid = protocol::writeId(o);
    const auto ding = wire::positive(o, key("ding"));
    if ((needCid && !cid) || !ding) return std::nullopt;
    return DingRefArgs{cid.value_or(QString()), *ding};
}

QJsonObject DingStatsArgs::toJson() const {
    return {{key("from"), fromMs}, {key("to"), toMs}};
}

std::optional<DingStatsArgs> DingStatsArgs::fromJson(const QJsonObject& o) {
    const auto from = wire::natural(o, key("from"), 0);
    const auto to = wire::natural(o, key("to"), 0);
    if (!from || !to || *to < *from) return std::nullopt;
    return DingStatsArgs{*from, *to};
}

QJsonObject DingNotice::toJson() const {
    QJsonObject o{{key("ding"), ding},
                  {key("sender"), sender},
                  {key("text"), text},
                  {key("time"), sentMs},
                  {key("round"), round}};
    if (!attachment.isEmpty()) o.insert(key("attachment"), attachment);
    if (file.id > 0) o.insert(key("file"), file.toJson());
    if (conv > 0) {
        o.insert(key("conv"), conv);
        o.insert(key("seq"), seq);
    }
    return o;
}

QJsonObject RecipientStatus::toJson() const {
    return {{key("ding"), ding},
            {key("user"), user},
            {key("delivered"), deliveredMs},
            {key("read"), readMs},
            {key("confirmed"), confirmedMs}};
}

std::optional<DingNotice> DingNotice::fromJson(const QJsonObject& o) {
    DingNotice n;
    n.ding = o.value(key("ding")).toInteger();
    n.sender = o.value(key("sender")).toInteger();
    n.text = o.value(key("text")).toString();
    n.attachment = o.value(key("attachment")).toString();
    if (const auto file = files::FileMeta::fromJson(o.value(key("file")).toObject()))
        n.file = *file;
    n.conv = o.value(key("conv")).toInteger();
    n.seq = o.value(key("seq")).toInteger();
    n.sentMs = o.value(key("time")).toInteger();
    n.round = int(o.value(key("round")).toInteger());
    if (n.ding <= 0 || n.sender <= 0) return std::nullopt;
    return n;
}

std::optional<RecipientStatus> RecipientStatus::fromJson(const QJsonObject& o) {
    RecipientStatus r{o.value(key("ding")).toInteger(), o.value(key("user")).toInteger(),
                      o.value(key("delivered")).toInteger(), o.value(key("read")).toInteger(),
                      o.value(key("confirmed")).toInteger()};
    if (r.ding <= 0 || r.user <= 0) return std::nullopt;
    return r;
}

} // namespace zt::chat
