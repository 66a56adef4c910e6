#include "ChatErrors.h"
#include "DingProtocol.h"
#include "protocol/ErrorCode.h"

#include <QCoreApplication>

namespace zt::chat {

namespace {
QString t(const char* text) {
    return QCoreApplication::translate("zt::chat::Refusal", text);
}
} // namespace

QString refusalText(const QString& code, const QString& reason) {
    static const QHash<QString, const char*> reasons{
        {QStringLiteral("not_admin"),
         QT_TRANSLATE_NOOP("zt::chat::Refusal", "Only the group owner or an admin may do this.")},
        {QStringLiteral("not_owner"),
         QT_TRANSLATE_NOOP("zt::chat::Refusal", "Only the group owner may do this.")},
        {QStringLiteral("cannot_remove_owner"),
         QT_TRANSLATE_NOOP("zt::chat::Refusal", "The group owner cannot be removed.")},
        {QStringLiteral("cannot_change_owner"),
         QT_TRANSLATE_NOOP("zt::chat::Refusal", "The owner's role cannot be changed.")},
        {QStringLiteral("direct_conversation"),
         QT_TRANSLATE_NOOP("zt::chat::Refusal", "This does not apply to a one-to-one chat.")},
        {QStringLiteral("not_sender"),
         QT_TRANSLATE_NOOP("zt::chat::Refusal", "Only the sender may recall a message.")},
        {QStringLiteral("mention_all_needs_admin"),
         QT_TRANSLATE_NOOP("zt::chat::Refusal",
                           "Only the owner or an admin may mention everyone.")},
        {QStringLiteral("recall_window_passed"),
         QT_TRANSLATE_NOOP("zt::chat::Refusal",
                           "Messages can only be recalled within 2 minutes of sending.")},
        {QStringLiteral("group_full"),
         QT_TRANSLATE_NOOP("zt::chat::Refusal", "The group has reached its member limit.")},
        {QStringLiteral("not_sent_yet"),
         QT_TRANSLATE_NOOP("zt::chat::Refusal", "This scheduled DING has not been sent yet.")},
    };
    if (const auto it = reasons.constFind(reason); it != reasons.constEnd()) return t(*it);
    if (code == errc::TooSoon)
        return t(QT_TRANSLATE_NOOP("zt::chat::Refusal",
                                   "A DING can be sent again at most every 5 minutes."));
    if (code == protocol::errc::NotFound)
        return t(QT_TRANSLATE_NOOP("zt::chat::Refusal",
                                   "The conversation or message no longer exists, or you are no "
                                   "longer a member."));
    if (code == protocol::errc::BadArgs)
        return t(QT_TRANSLATE_NOOP("zt::chat::Refusal", "The server did not accept this input."));
    if (code == protocol::errc::Forbidden)
        return t(QT_TRANSLATE_NOOP("zt::chat::Refusal", "You are not allowed to do this."));
    return t(QT_TRANSLATE_NOOP("zt::chat::Refusal", "The server refused this change."));
}

} // namespace zt::chat
