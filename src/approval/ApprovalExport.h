#pragma once
// Exporting a document for offline proof (issue 5 §3 "Export", docs/protocol.md §14 "Export
// bundle"): one self-contained JSON bundle (the approval.get detail with every signed action and
// public key, the PDF body, its hashes, the history's length and last signature), the PDF body
// next to it, and a human-readable verification report (HTML) made by verifying the very bytes
// written. No widgets, no network.
#include "ApprovalProtocol.h"

#include <QHash>

namespace zt::approval {

struct ExportInput {
    GetResult detail;
    QByteArray body; // the PDF, unchanged
    qint64 exportedBy = 0;
    qint64 exportedMs = 0;        // 0: now
    QHash<qint64, QString> names; // display names of the people involved, if known
};

QByteArray bundleJson(const ExportInput& input);

// Where an export goes: the bundle at the path chosen (".json" recommended), the PDF and the
// report beside it with the bundle's ".json" replaced: NAME.json, NAME.pdf, NAME.report.html.
struct ExportPaths {
    QString bundle;
    QString body;
    QString report;
    static ExportPaths forBundle(const QString& bundlePath);
};

struct ExportOutcome {
    bool written = false;  // all three files are on disk
    bool verified = false; // and the bundle verified completely
    QString message;       // for people: what was written, or why not
};

// Writes the three files (each atomically). The report is the verification of the written bundle.
ExportOutcome writeExport(const ExportInput& input, const QString& bundlePath);

} // namespace zt::approval
