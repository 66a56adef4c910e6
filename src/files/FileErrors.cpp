#include "FileErrors.h"
#include "FileProtocol.h"
#include "protocol/ErrorCode.h"

#include <QCoreApplication>

namespace zt::files {

namespace {
QString t(const char* text) {
    return QCoreApplication::translate("zt::files::FileErrors", text);
}
} // namespace

QString fileErrorText(const QString& code, const QString& reason) {
    if (reason == reason::ChecksumMismatch)
        return t("The file arrived damaged (checksum mismatch) and was discarded.");
    if (code == protocol::errc::NotFound)
        return t("The file is not available, or you may not open it.");
    if (code == protocol::errc::BadArgs)
        return t("The file cannot be sent: its name, size or type is not accepted.");
    if (code == protocol::errc::Forbidden) return t("You may not send this file here.");
    return t("The file transfer failed (%1).").arg(reason.isEmpty() ? code : reason);
}

} // namespace zt::files
