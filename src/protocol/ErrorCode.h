#pragma once
// Stable machine-readable error codes. Never rename one: clients match on them.
#include <QString>

namespace zt::protocol::errc {

inline const QString BadFrame = QStringLiteral("bad_frame");
inline const QString UnknownType = QStringLiteral("unknown_type");
inline const QString UnsupportedVersion = QStringLiteral("unsupported_version");
inline const QString HelloRequired = QStringLiteral("hello_required");
inline const QString FrameTooLarge = QStringLiteral("frame_too_large");
inline const QString BinaryNotSupported = QStringLiteral("binary_not_supported");
inline const QString RateLimited = QStringLiteral("rate_limited");
inline const QString UnknownOp = QStringLiteral("unknown_op");
inline const QString BadArgs = QStringLiteral("bad_args");
inline const QString NotAuthenticated = QStringLiteral("not_authenticated");
inline const QString BadCredentials = QStringLiteral("bad_credentials");
inline const QString TokenInvalid = QStringLiteral("token_invalid");
inline const QString TokenExpired = QStringLiteral("token_expired");
inline const QString Forbidden = QStringLiteral("forbidden");
inline const QString NotFound = QStringLiteral("not_found");
inline const QString Conflict = QStringLiteral("conflict");          // the state moved on
inline const QString BadSignature = QStringLiteral("bad_signature"); // key, signature, content
inline const QString BrokenChain = QStringLiteral("broken_chain");   // signed over a stale head
inline const QString TooSoon = QStringLiteral("too_soon"); // e.g. a re-DING inside 5 minutes
inline const QString Internal = QStringLiteral("internal");
// Client-side only (never on the wire): the request could not be delivered.
inline const QString Disconnected = QStringLiteral("disconnected");
inline const QString Timeout = QStringLiteral("timeout");

// Errors after which resending the same write can never succeed.
bool isPermanent(const QString& code);

} // namespace zt::protocol::errc
