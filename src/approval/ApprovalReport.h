#pragma once
// The verification report of an export bundle, for people: a self-contained HTML page (document
// metadata, the body's fingerprints and status, every action with its signature status and
// reason, the seals placed with their image inline (data: URI) when it verified, the overall
// verdict) and the same as plain text lines for the command line. Labels are translated with
// QCoreApplication::translate (context "zt::approval::ReportTexts"); no widgets.
#include "BundleVerifier.h"

#include <QStringList>

namespace zt::approval {

QString reportHtml(const BundleCheck& check);

// One line each: the document, the body's status, every action (seq, actor, action, time, ✔/✘
// and reason) followed by its seal's placement and image status (✔/⚠ missing/✘), embedded images
// that are not what their name says, the history's completeness, and the verdict last. An
// unreadable bundle: its error.
QStringList reportLines(const BundleCheck& check);

} // namespace zt::approval
