#pragma once
// DING (urgent notices that must be confirmed) on the wire: typed args of the ding.* ops and the
// names of their events. Times are server milliseconds; 0 means "not yet".
#include "files/FileProtocol.h"
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace zt::chat {

namespace op {
inline const QString DingSend = QStringLiteral("ding.send");
inline const QString DingAck = QStringLiteral("ding.ack"); // delivered: the client has it
inline const QString DingReadOp = QStringLiteral("ding.read");
inline const QString DingConfirm = QStringLiteral("ding.confirm");
inline const QString DingRedo = QStringLiteral("ding.redo");
inline const QString DingStatus = QStringLiteral("ding.status");
inline const QString DingStats = QStringLiteral("ding.stats");
} // namespace op

namespace event {
inline const QString DingNew = QStringLiteral("ding.new");
inline const QString DingUpdated = QStringLiteral("ding.updated");
} // namespace event

namespace errc {
inline const QString TooSoon = QStringLiteral("too_soon"); // ding.redo inside the interval
}

inline constexpr int kMaxDingRecipients = 2'000;
inline constexpr int kMaxDingText = 5'000;
inline constexpr int kMaxAttachmentRef = 128;
inline constexpr qint64 kDefaultRedoIntervalMs = 5 * 60 * 1000;

struct DingSendArgs {
    QString cid;
    QList<qint64> recipients; // or, instead, a message: conv + seq (its members are recipients)
    qint64 conv = 0;
    qint64 seq = 0;
    QString text; // from a message: empty takes the message's text
    QString attachment;
    qint64 atMs = 0; // 0: now; later: the server sends it at that time
    QJsonObject toJson() const;
    static std::optional<DingSendArgs> fromJson(const QJsonObject& o);
};

// ding.ack / ding.read / ding.confirm / ding.redo (cid) and ding.status (no cid).
struct DingRefArgs {
    QString cid;
    qint64 ding = 0;
    QJsonObject toJson() const;
    static std::optional<DingRefArgs> fromJson(const QJsonObject& o, bool needCid);
};

struct DingStatsArgs {
    qint64 fromMs = 0; // DINGs created in [from, to]
    qint64 toMs = 0;
    QJsonObject toJson() const;
    static std::optional<DingStatsArgs> fromJson(const QJsonObject& o);
};

// ding.new payload, as each recipient receives it.
struct DingNotice {
    qint64 ding = 0;
    qint64 sender = 0;
    QString text;
    QString attachment;   // the file's id (files::refOf), or empty
    files::FileMeta file; // its description, from the server's record
    qint64 conv = 0;
    qint64 seq = 0;
    qint64 sentMs = 0;
    int round = 0; // 0 first send, then 1 per redo
    QJsonObject toJson() const;
    static std::optional<DingNotice> fromJson(const QJsonObject& o);
};

// One recipient's progress (ding.status rows, ding.updated payload).
struct RecipientStatus {
    qint64 ding = 0;
    qint64 user = 0;
    qint64 deliveredMs = 0;
    qint64 readMs = 0;
    qint64 confirmedMs = 0;
    QJsonObject toJson() const;
    static std::optional<RecipientStatus> fromJson(const QJsonObject& o);
};

} // namespace zt::chat
