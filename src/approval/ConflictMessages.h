#pragma once
// What the user reads when the server refused an act that was signed here (often offline):
// one translated sentence per machine reason of docs/protocol.md §14.
#include <QString>

namespace zt::approval {

// code: the error code (conflict, bad_signature, broken_chain, not_found, …); reason: its
// message, which for the approval codes is exactly one machine reason.
QString conflictMessage(const QString& code, const QString& reason);

} // namespace zt::approval
