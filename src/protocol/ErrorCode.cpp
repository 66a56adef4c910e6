#include "ErrorCode.h"

namespace zt::protocol::errc {

bool isPermanent(const QString& code) {
    return code == BadArgs || code == Forbidden || code == NotFound || code == UnknownOp ||
           code == BadFrame || code == FrameTooLarge || code == Conflict || code == BadSignature ||
           code == BrokenChain || code == TooSoon;
}

} // namespace zt::protocol::errc
