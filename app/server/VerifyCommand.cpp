#include "VerifyCommand.h"
#include "approval/ApprovalReport.h"
#include "approval/BundleVerifier.h"

#include <cstdio>

namespace zt::server {

int runVerifyCommand(const QStringList& arguments) {
    if (arguments.size() != 1 || arguments.first().startsWith(QLatin1Char('-'))) {
        std::fprintf(stderr, "usage: zhengtong-server verify FILE\n"
                             "Checks an exported approval bundle offline. Exit code 0: verified; "
                             "1: does not verify; 2: unreadable.\n");
        return 2;
    }
    const approval::BundleCheck check = approval::verifyBundleFile(arguments.first());
    if (!check.readable) {
        std::fprintf(stderr, "zhengtong-server verify: %s\n", check.error.toUtf8().constData());
        return 2;
    }
    for (const QString& line : approval::reportLines(check))
        std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
    return check.ok() ? 0 : 1;
}

} // namespace zt::server
