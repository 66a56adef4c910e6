#include "ConversationProtocol.h"
#include "WireHelpers.h"
#include "protocol/Ops.h"

namespace zt::chat {

namespace {

QString key(const char* name) {
    return QString::fromLatin1(name);
}

} // namespace

QString toString(ConvKind kind) {
    return kind == ConvKind::Direct ? QStringLiteral("direct") : QStringLiteral("group");
}

QString toString(MemberRole role) {
    switch (role) {
    case MemberRole::Owner:
        return QStringLiteral("owner");
    case MemberRole::Admin:
        return QStringLiteral("admin");
    case MemberRole::Member:
        break;
    }
    return QStringLiteral("member");
}

QString toString(MessageKind kind) {
    switch (kind) {
    case MessageKind::File:
        return QStringLiteral("file");
    case MessageKind::System:
        return QStringLiteral("system");
    case MessageKind::Text:
        break;
    }
    return QStringLiteral("text");
}

std::optional<MessageKind> messageKindFromString(const QString& s) {
    for (MessageKind k : {MessageKind::Text, MessageKind::File, MessageKind::System})
        if (toString(k) == s) return k;
    return std::nullopt;
}

QJsonObject CreateConvArgs::toJson() const {
    return {{key("cid"), cid},
            {key("kind"), toString(kind)},
            {key("members"), wire::toArray(members)},
            {key("name"), name}};
}

std::optional<CreateConvArgs> CreateConvArgs::fromJson(const QJsonObject& o) {
    const auto cid = protocol::writeId(o);
    const QString kind = o.value(key("kind")).toString();
    const auto members = wire::ids(o, key("members"), kMaxGroupMembers);
    std::optional<QString> name;
    if (!cid || !members || !wire::optionalText(o, key("name"), kMaxConvName, &name))
        return std::nullopt;
    CreateConvArgs a{*cid, ConvKind::Group, *members, name.value_or(QString())};
    if (kind == toString(ConvKind::Direct)) {
        a.kind = ConvKind::Direct;
        if (a.members.size() != 1) return std::nullopt;
    } else if (kind != toString(ConvKind::Group)) {
        return std::nullopt;
    }
    return a;
}

QJsonObject UpdateConvArgs::toJson() const {
    QJsonObject o{{key("cid"), cid}, {key("conv"), conv}};
    if (name) o.insert(key("name"), *name);
    if (announcement) o.insert(key("announcement"), *announcement);
    return o;
}

std::optional<UpdateConvArgs> UpdateConvArgs::fromJson(const QJsonObject& o) {
    UpdateConvArgs a;
    const auto cid = protocol::writeId(o);
    const auto conv = wire::positive(o, key("conv"));
    if (!cid || !conv || !wire::optionalText(o, key("name"), kMaxConvName, &a.name) ||
        !wire::optionalText(o, key("announcement"), kMaxAnnouncement, &a.announcement))
        return std::nullopt;
    if (!a.name && !a.announcement) return std::nullopt;
    a.cid = *cid;
    a.conv = *conv;
    return a;
}

QJsonObject MembersArgs::toJson() const {
    return {{key("cid"), cid},
            {key("conv"), conv},
            {key("add"), wire::toArray(add)},
            {key("remove"), wire::toArray(remove)},
            {key("grantAdmin"), wire::toArray(grantAdmin)},
            {key("revokeAdmin"), wire::toArray(revokeAdmin)}};
}

std::optional<MembersArgs> MembersArgs::fromJson(const QJsonObject& o) {
    const auto cid = protocol::writeId(o);
    const auto conv = wire::positive(o, key("conv"));
    const auto add = wire::ids(o, key("add"), kMaxGroupMembers);
    const auto remove = wire::ids(o, key("remove"), kMaxGroupMembers);
    const auto grant = wire::ids(o, key("grantAdmin"), kMaxGroupMembers);
    const auto revoke = wire::ids(o, key("revokeAdmin"), kMaxGroupMembers);
    if (!cid || !conv || !add || !remove || !grant || !revoke) return std::nullopt;
    if (add->isEmpty() && remove->isEmpty() && grant->isEmpty() && revoke->isEmpty())
        return std::nullopt;
    return MembersArgs{*cid, *conv, *add, *remove, *grant, *revoke};
}

QJsonObject ConvRefArgs::toJson() const {
    QJsonObject o{{key("conv"), conv}};
    if (!cid.isEmpty()) o.insert(key("cid"), cid);
    return o;
}

std::optional<ConvRefArgs> ConvRefArgs::fromJson(const QJsonObject& o, bool needCid) {
    const auto cid = protocol::writeId(o);
    const auto conv = wire::positive(o, key("conv"));
    if ((needCid && !cid) || !conv) return std::nullopt;
    return ConvRefArgs{cid.value_or(QString()), *conv};
}

QJsonObject SettingsArgs::toJson() const {
    QJsonObject o{{key("cid"), cid}, {key("conv"), conv}};
    if (muted) o.insert(key("muted"), *muted);
    if (pinned) o.insert(key("pinned"), *pinned);
    return o;
}

std::optional<SettingsArgs> SettingsArgs::fromJson(const QJsonObject& o) {
    bool valid = true;
    const auto cid = protocol::writeId(o);
    const auto conv = wire::positive(o, key("conv"));
    SettingsArgs a;
    a.muted = wire::optionalBool(o, key("muted"), &valid);
    a.pinned = wire::optionalBool(o, key("pinned"), &valid);
    if (!cid || !conv || !valid || (!a.muted && !a.pinned)) return std::nullopt;
    a.cid = *cid;
    a.conv = *conv;
    return a;
}

QJsonObject SendMsgArgs::toJson() const {
    QJsonObject o{
        {key("cid"), cid}, {key("conv"), conv}, {key("kind"), toString(kind)}, {key("text"), text}};
    if (!fileRef.isEmpty()) o.insert(key("fileRef"), fileRef);
    if (replyTo > 0) o.insert(key("replyTo"), replyTo);
    if (mentionAll)
        o.insert(key("mentions"), key("all"));
    else if (!mentions.isEmpty())
        o.insert(key("mentions"), wire::toArray(mentions));
    return o;
}

std::optional<SendMsgArgs> SendMsgArgs::fromJson(const QJsonObject& o) {
    SendMsgArgs a;
    const auto cid = protocol::writeId(o);
    const auto conv = wire::positive(o, key("conv"));
    const QJsonValue kindValue = o.value(key("kind"));
    const auto kind = kindValue.isUndefined() ? std::optional(MessageKind::Text)
                                              : messageKindFromString(kindValue.toString());
    const auto replyTo = wire::natural(o, key("replyTo"), 0);
    std::optional<QString> text, fileRef;
    if (!cid || !conv || !kind || *kind == MessageKind::System || !replyTo ||
        !wire::optionalText(o, key("text"), kMaxMessageText, &text) ||
        !wire::optionalText(o, key("fileRef"), kMaxFileRef, &fileRef))
        return std::nullopt;
    a.mentionAll = o.value(key("mentions")).toString() == key("all");
    if (!a.mentionAll) {
        const auto mentions = wire::ids(o, key("mentions"), kMaxGroupMembers);
        if (!mentions) return std::nullopt;
        a.mentions = *mentions;
    }
    a.cid = *cid;
    a.conv = *conv;
    a.kind = *kind;
    a.text = text.value_or(QString());
    a.fileRef = fileRef.value_or(QString());
    a.replyTo = *replyTo;
    // A text message needs text; a file message the id of an uploaded file.
    if (a.kind == MessageKind::Text && a.text.isEmpty()) return std::nullopt;
    if (a.kind == MessageKind::File && files::fileIdFromRef(a.fileRef) == 0) return std::nullopt;
    return a;
}

QJsonObject HistoryArgs::toJson() const {
    return {{key("conv"), conv}, {key("before"), before}, {key("limit"), limit}};
}

std::optional<HistoryArgs> HistoryArgs::fromJson(const QJsonObject& o) {
    const auto conv = wire::positive(o, key("conv"));
    const auto before = wire::natural(o, key("before"), 0);
    const auto limit = wire::natural(o, key("limit"), 50);
    if (!conv || !before || !limit || *limit < 1 || *limit > kMaxHistoryPage) return std::nullopt;
    return HistoryArgs{*conv, *before, int(*limit)};
}

QJsonObject MsgRefArgs::toJson(const QString& seqKey) const {
    QJsonObject o{{key("conv"), conv}, {seqKey, seq}};
    if (!cid.isEmpty()) o.insert(key("cid"), cid);
    return o;
}

std::optional<MsgRefArgs> MsgRefArgs::fromJson(const QJsonObject& o, bool needCid,
                                               const QString& seqKey) {
    const auto cid = protocol::writeId(o);
    const auto conv = wire::positive(o, key("conv"));
    const auto seq = wire::positive(o, seqKey);
    if ((needCid && !cid) || !conv || !seq) return std::nullopt;
    return MsgRefArgs{cid.value_or(QString()), *conv, *seq};
}

QJsonObject Message::toJson() const {
    QJsonObject o{{key("conv"), conv},           {key("seq"), seq},
                  {key("sender"), sender},       {key("cid"), cid},
                  {key("kind"), toString(kind)}, {key("time"), timeMs},
                  {key("recalled"), recalled}};
    if (recalled) return o; // the tombstone keeps only who sent what kind when
    o.insert(key("text"), text);
    if (!fileRef.isEmpty()) o.insert(key("fileRef"), fileRef);
    if (file.id > 0) o.insert(key("file"), file.toJson());
    if (replyTo > 0) o.insert(key("replyTo"), replyTo);
    if (mentionAll)
        o.insert(key("mentions"), key("all"));
    else if (!mentions.isEmpty())
        o.insert(key("mentions"), wire::toArray(mentions));
    return o;
}

std::optional<Message> Message::fromJson(const QJsonObject& o) {
    Message m;
    m.conv = o.value(key("conv")).toInteger();
    m.seq = o.value(key("seq")).toInteger();
    m.sender = o.value(key("sender")).toInteger();
    m.cid = o.value(key("cid")).toString();
    m.kind = messageKindFromString(o.value(key("kind")).toString()).value_or(MessageKind::Text);
    m.text = o.value(key("text")).toString();
    m.fileRef = o.value(key("fileRef")).toString();
    if (const auto file = files::FileMeta::fromJson(o.value(key("file")).toObject()))
        m.file = *file;
    m.replyTo = o.value(key("replyTo")).toInteger();
    m.mentionAll = o.value(key("mentions")).toString() == key("all");
    if (!m.mentionAll)
        m.mentions = wire::ids(o, key("mentions"), kMaxGroupMembers).value_or(QList<qint64>{});
    m.timeMs = o.value(key("time")).toInteger();
    m.recalled = o.value(key("recalled")).toBool();
    if (m.conv <= 0 || m.seq <= 0) return std::nullopt;
    return m;
}

QString mentionsToText(const Message& m) {
    if (m.mentionAll) return QStringLiteral("all");
    QStringList ids;
    for (qint64 id : m.mentions)
        ids << QString::number(id);
    return ids.join(QLatin1Char(','));
}

void mentionsFromText(const QString& text, Message* m) {
    m->mentionAll = text == QLatin1String("all");
    if (m->mentionAll) return;
    for (const QString& id : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        m->mentions.append(id.toLongLong());
}

} // namespace zt::chat
