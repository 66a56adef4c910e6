#pragma once
// The human copy of an export (NAME.sealed.pdf, docs/protocol.md §14 "Export bundle"): every page
// of the body rendered (QtPdf) and written into a new PDF with the same page sizes in points, each
// seal drawn where its signed placement puts it and the readers' highlights over the text. Made
// from a verified bundle, it draws only the seals whose action verified and whose image is the
// one signed: the copy never shows more than the proof holds. It is a picture of the document;
// the signatures cover the unchanged NAME.pdf. Needs QtGui and QtPdf but no QGuiApplication (no
// text is drawn, so no fonts); safe on a worker thread, never on the GUI thread (slow).
#include "BundleVerifier.h"

namespace zt::approval {

inline constexpr int kSealedPdfDpi = 150; // legible small print, a few hundred KB a page

struct SealedPdfOutcome {
    bool written = false;
    int pages = 0;
    int sealsDrawn = 0;
    QString error; // for people, when not written
};

// Writes atomically; a body QtPdf cannot read (damaged, not a PDF, encrypted) writes nothing and
// says why.
SealedPdfOutcome writeSealedPdf(const BundleCheck& check, const QString& path);

} // namespace zt::approval
