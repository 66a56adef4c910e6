#pragma once
// Translated, user-facing text for a refused or failed file transfer.
#include <QString>

namespace zt::files {

QString fileErrorText(const QString& code, const QString& reason = {});

} // namespace zt::files
