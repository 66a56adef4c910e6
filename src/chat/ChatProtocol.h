#pragma once
// Chat operations and events on the wire (typed forms shared by client and server).
#include <QJsonObject>
#include <QString>
#include <optional>

namespace zt::chat {

namespace op {
inline const QString Send = QStringLiteral("chat.send");
}
namespace event {
inline const QString MessageNew = QStringLiteral("chat.message");
}

inline constexpr int kMaxTextLength = 10'000;

struct SendArgs {
    QString cid;   // the write id: also the message's client id
    qint64 to = 0; // recipient user id (1:1); groups come with the messaging issue
    QString text;
    QJsonObject toJson() const;
    static std::optional<SendArgs> fromJson(const QJsonObject& o);
};

struct SendResult {
    qint64 messageId = 0;
    qint64 timeMs = 0;
    QJsonObject toJson() const;
    static SendResult fromJson(const QJsonObject& o);
};

// Payload of a chat.message event, as both sender and recipient receive it.
struct MessageEvent {
    qint64 messageId = 0;
    QString cid;
    qint64 from = 0;
    qint64 to = 0;
    QString text;
    qint64 timeMs = 0;
    QJsonObject toJson() const;
    static std::optional<MessageEvent> fromJson(const QJsonObject& o);
};

} // namespace zt::chat
