#pragma once
// Who may see what in the directory. Loaded from a JSON file (--directory-policy), defaults safe.
#include <QString>
#include <optional>

namespace zt::server {

struct DirectoryPolicy {
    bool maskMobileOutsideUnit =
        true;                    // mobiles of people outside the viewer's unit show as 100****1234
    bool hideHiddenUnits = true; // units marked hidden are invisible to people outside them

    // {"maskMobileOutsideUnit": bool, "hideHiddenUnits": bool}; nullopt with a message on error.
    static std::optional<DirectoryPolicy> load(const QString& file, QString* error);
};

QString maskMobile(const QString& mobile);

} // namespace zt::server
