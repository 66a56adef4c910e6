#include "ChatProtocol.h"
#include "protocol/Ops.h"

namespace zt::chat {

QJsonObject SendArgs::toJson() const {
    return {
        {QStringLiteral("cid"), cid}, {QStringLiteral("to"), to}, {QStringLiteral("text"), text}};
}

std::optional<SendArgs> SendArgs::fromJson(const QJsonObject& o) {
    const auto cid = protocol::writeId(o);
    const QJsonValue to = o.value(QStringLiteral("to"));
    const QJsonValue text = o.value(QStringLiteral("text"));
    if (!cid || !to.isDouble() || to.toInteger() <= 0 || !text.isString()) return std::nullopt;
    if (text.toString().isEmpty() || text.toString().size() > kMaxTextLength) return std::nullopt;
    return SendArgs{*cid, to.toInteger(), text.toString()};
}

QJsonObject SendResult::toJson() const {
    return {{QStringLiteral("messageId"), messageId}, {QStringLiteral("time"), timeMs}};
}

SendResult SendResult::fromJson(const QJsonObject& o) {
    return {o.value(QStringLiteral("messageId")).toInteger(),
            o.value(QStringLiteral("time")).toInteger()};
}

QJsonObject MessageEvent::toJson() const {
    return {{QStringLiteral("messageId"), messageId}, {QStringLiteral("cid"), cid},
            {QStringLiteral("from"), from},           {QStringLiteral("to"), to},
            {QStringLiteral("text"), text},           {QStringLiteral("time"), timeMs}};
}

std::optional<MessageEvent> MessageEvent::fromJson(const QJsonObject& o) {
    MessageEvent m{o.value(QStringLiteral("messageId")).toInteger(),
                   o.value(QStringLiteral("cid")).toString(),
                   o.value(QStringLiteral("from")).toInteger(),
                   o.value(QStringLiteral("to")).toInteger(),
                   o.value(QStringLiteral("text")).toString(),
                   o.value(QStringLiteral("time")).toInteger()};
    if (m.messageId <= 0 || m.from <= 0 || m.to <= 0) return std::nullopt;
    return m;
}

} // namespace zt::chat
