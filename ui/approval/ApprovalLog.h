#pragma once
// Logging category of the approval pane, so its messages can be filtered as "zt.ui.approval".
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApprovalUi)
