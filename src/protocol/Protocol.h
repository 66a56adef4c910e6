#pragma once
// Wire constants shared by client and server. See docs/protocol.md.
#include <QtGlobal>

namespace zt::protocol {

inline constexpr int kVersion = 1;    // newest protocol version we speak
inline constexpr int kMinVersion = 1; // oldest we still accept

inline constexpr qsizetype kMaxFrameBytes = 1 << 20;     // larger text frames get frame_too_large
inline constexpr qsizetype kHardMaxFrameBytes = 4 << 20; // larger ones close the socket (1009)
inline constexpr int kHeartbeatIntervalMs = 15'000;      // both sides ping this often
inline constexpr int kDeadAfterMs = 45'000;              // silence this long means a dead peer
inline constexpr int kRateLimitPerSecond = 50;           // sustained frames per second
inline constexpr int kRateLimitBurst = 200;              // bucket size
inline constexpr int kRateLimitStrikes = 100;            // refused frames before we disconnect
inline constexpr int kSyncPageMax = 500;                 // events per catch-up page at most

} // namespace zt::protocol
