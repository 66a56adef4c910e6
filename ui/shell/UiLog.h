#pragma once
// Logging category of the widgets shell, so its messages can be filtered as "zt.ui.*".
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUi)
