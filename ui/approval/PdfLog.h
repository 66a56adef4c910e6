#pragma once
// Logging category of the document viewer, so its messages can be filtered as "zt.ui.pdf".
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPdf)
