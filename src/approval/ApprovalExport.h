#pragma once
// Exporting a document for offline proof (issue 5 §3 "Export", docs/protocol.md §14 "Export
// bundle"): one self-contained JSON bundle (the approval.get detail with every signed action and
// public key, the PDF body, its hashes, the images of the seals placed, the history's length and
// last signature), the PDF body next to it, a human-readable verification report (HTML) and a
// copy of the body with the seals drawn on (ApprovalExportPdf), both made from the very bytes
// written. No widgets, no network; slow (renders every page), so not on the GUI thread.
#include "ApprovalProtocol.h"

#include <QHash>

namespace zt::approval {

struct ExportInput {
    GetResult detail;
    QByteArray body; // the PDF, unchanged
    qint64 exportedBy = 0;
    qint64 exportedMs = 0;        // 0: now
    QHash<qint64, QString> names; // display names of the people involved, if known
    // Seal images known here (sealHash → PNG); those the history's placements use are embedded.
    QHash<QByteArray, QByteArray> sealImages;
};

QByteArray bundleJson(const ExportInput& input);

// Where an export goes: the bundle at the path chosen (".json" recommended), the others beside it
// with the bundle's ".json" replaced: NAME.json, NAME.pdf, NAME.report.html, NAME.sealed.pdf.
struct ExportPaths {
    QString bundle;
    QString body;
    QString report;
    QString sealed;
    static ExportPaths forBundle(const QString& bundlePath);
};

struct ExportOutcome {
    bool written = false;  // the bundle, the PDF and the report are on disk
    bool verified = false; // and the bundle verified completely
    bool sealed = false;   // and the sealed copy too (a body QtPdf cannot read has none)
    QString message;       // for people: what was written, or why not
};

// Writes the files (each atomically). The report is the verification of the written bundle; the
// sealed copy draws only the seals whose action and image verified in it. The proof (bundle,
// PDF, report) is written even when the sealed copy cannot be made; the message says why.
ExportOutcome writeExport(const ExportInput& input, const QString& bundlePath);

} // namespace zt::approval
