#include "ConflictMessages.h"
#include "ApprovalProtocol.h"
#include "protocol/ErrorCode.h"

#include <QCoreApplication>
#include <QHash>

namespace zt::approval {

namespace {

const char* const kContext = "zt::approval::ConflictMessages";

QString translated(const char* text) {
    return QCoreApplication::translate(kContext, text);
}

// QT_TRANSLATE_NOOP marks the texts for lupdate; translated() looks them up at run time.
const QHash<QString, const char*>& byReason() {
    static const QHash<QString, const char*> texts{
        {reason::StepCompleted,
         QT_TRANSLATE_NOOP("zt::approval::ConflictMessages",
                           "Someone completed this step while you were offline; your approval "
                           "was not recorded.")},
        {reason::StepNotCurrent,
         QT_TRANSLATE_NOOP("zt::approval::ConflictMessages",
                           "The document moved to another step while you were offline; your "
                           "action was not recorded.")},
        {reason::Completed, QT_TRANSLATE_NOOP("zt::approval::ConflictMessages",
                                              "The document was completed while you were "
                                              "offline; your action was not recorded.")},
        {reason::Rejected, QT_TRANSLATE_NOOP("zt::approval::ConflictMessages",
                                             "The document was rejected while you were offline; "
                                             "your action was not recorded.")},
        {reason::Withdrawn, QT_TRANSLATE_NOOP("zt::approval::ConflictMessages",
                                              "The drafter withdrew the document; your action "
                                              "was not recorded.")},
        {reason::NotAssignee,
         QT_TRANSLATE_NOOP("zt::approval::ConflictMessages",
                           "You are no longer an assignee of this step (it may have been "
                           "delegated or returned); your action was not recorded.")},
        {reason::NotYourTurn,
         QT_TRANSLATE_NOOP("zt::approval::ConflictMessages",
                           "It is not your turn in this step yet; your action was not recorded.")},
        {reason::AlreadyActed,
         QT_TRANSLATE_NOOP("zt::approval::ConflictMessages",
                           "You have already acted on this step (perhaps on another computer); "
                           "this action was not recorded again.")},
        {reason::NotDrafter, QT_TRANSLATE_NOOP("zt::approval::ConflictMessages",
                                               "Only the drafter may withdraw the document.")},
        {reason::OthersActed, QT_TRANSLATE_NOOP("zt::approval::ConflictMessages",
                                                "Others have already acted on the document; it "
                                                "can no longer be withdrawn.")},
        {reason::BadTarget, QT_TRANSLATE_NOOP("zt::approval::ConflictMessages",
                                              "The chosen step or person is not a valid target "
                                              "any more; your action was not recorded.")},
        {reason::BrokenChain,
         QT_TRANSLATE_NOOP("zt::approval::ConflictMessages",
                           "The document changed while you were offline; please review the new "
                           "state and act again.")},
        {reason::UnknownKey,
         QT_TRANSLATE_NOOP("zt::approval::ConflictMessages",
                           "Your signing key is not registered with the server; your action was "
                           "not recorded.")},
        {reason::BadSignature, QT_TRANSLATE_NOOP("zt::approval::ConflictMessages",
                                                 "The server could not verify your signature; "
                                                 "your action was not recorded.")},
        {reason::ContentMismatch,
         QT_TRANSLATE_NOOP("zt::approval::ConflictMessages",
                           "The document body you signed differs from the server's; your action "
                           "was not recorded.")},
        {reason::UnknownSeal,
         QT_TRANSLATE_NOOP("zt::approval::ConflictMessages",
                           "Your seal image did not reach the server; your sealed approval was "
                           "not recorded. Choose your seal again and approve again.")},
        {reason::NotAuthor, QT_TRANSLATE_NOOP("zt::approval::ConflictMessages",
                                              "Only its author may remove an annotation.")},
        {reason::TooManyAnnotations,
         QT_TRANSLATE_NOOP("zt::approval::ConflictMessages",
                           "This document has reached its limit of annotations; yours was not "
                           "saved.")},
    };
    return texts;
}

} // namespace

QString conflictMessage(const QString& code, const QString& reason) {
    if (const auto it = byReason().constFind(reason); it != byReason().constEnd())
        return translated(*it);
    if (code == protocol::errc::NotFound)
        return QCoreApplication::translate(
            "zt::approval::ConflictMessages",
            "The document is no longer available to you; your action was not recorded.");
    return QCoreApplication::translate("zt::approval::ConflictMessages",
                                       "The server refused your action (%1); it was not recorded.")
        .arg(reason.isEmpty() ? code : reason);
}

} // namespace zt::approval
