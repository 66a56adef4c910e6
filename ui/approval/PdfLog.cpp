#include "PdfLog.h"

Q_LOGGING_CATEGORY(lcPdf, "zt.ui.pdf")
