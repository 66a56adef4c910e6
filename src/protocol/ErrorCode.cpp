#include "ErrorCode.h"

namespace zt::protocol::errc {

bool isPermanent(const QString& code) {
    return code == BadArgs || code == Forbidden || code == NotFound || code == UnknownOp ||
           code == BadFrame || code == FrameTooLarge;
}

} // namespace zt::protocol::errc
