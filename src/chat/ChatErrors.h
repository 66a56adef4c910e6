#pragma once
// Translated sentences for the server's refusals of chat and DING writes (what the user reads
// next to a failed message or in a notice).
#include <QString>

namespace zt::chat {
QString refusalText(const QString& code, const QString& reason);
}
