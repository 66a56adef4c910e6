#pragma once
// The client side of an export (ApprovalService::exportBundle): takes the document as the store
// has it and its body (from the store, or downloaded and checked first), writes the bundle, the
// PDF and the report (ApprovalExport), and answers with ApprovalService::exportDone.
#include <QString>

namespace zt::approval {

class ApprovalService;

void startExport(ApprovalService& service, qint64 doc, const QString& bundlePath);

} // namespace zt::approval
