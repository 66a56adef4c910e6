#include "ApprovalLog.h"

Q_LOGGING_CATEGORY(lcApprovalUi, "zt.ui.approval")
