#pragma once
// The verification report of an export bundle, for people: a self-contained HTML page (document
// metadata, the body's fingerprints and status, every action with its signature status and
// reason, seal placements, the overall verdict) and the same as plain text lines for the
// command line. Labels are translated with QCoreApplication::translate (context
// "zt::approval::ApprovalReport"); no widgets.
#include "BundleVerifier.h"

#include <QStringList>

namespace zt::approval {

QString reportHtml(const BundleCheck& check);

// One line each: the document, the body's status, every action (seq, actor, action, time, ✔/✘
// and reason), the history's completeness, and the verdict last. An unreadable bundle: its error.
QStringList reportLines(const BundleCheck& check);

} // namespace zt::approval
