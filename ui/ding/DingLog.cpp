#include "DingLog.h"

Q_LOGGING_CATEGORY(lcDingUi, "zt.ui.ding")
