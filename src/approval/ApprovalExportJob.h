#pragma once
// The client side of an export (ApprovalService::exportBundle): takes the document as the store
// has it, its seal images and its body (from the store, or downloaded and checked first), writes
// the bundle, the PDF, the report and the sealed copy (ApprovalExport) on a pool thread, and
// answers with ApprovalService::exportDone on the service's thread.
#include <QString>

namespace zt::approval {

class ApprovalService;

void startExport(ApprovalService& service, qint64 doc, const QString& bundlePath);

} // namespace zt::approval
