#pragma once
// Logging category of the DING widgets, so their messages can be filtered as "zt.ui.ding".
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDingUi)
