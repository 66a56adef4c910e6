#pragma once
// Reconnect schedule: 1 s doubling to 64 s, each delay spread by ±20 % jitter so that a server
// restart is not met by every client at the same instant.
#include <QtGlobal>
#include <functional>

namespace zt::net {

class Backoff {
public:
    static constexpr int kFirstMs = 1'000;
    static constexpr int kMaxMs = 64'000;

    // jitter01 returns a value in [0, 1); injectable so tests are deterministic.
    explicit Backoff(std::function<double()> jitter01 = {});

    int nextDelayMs(); // delay before the next attempt; grows with each call
    int baseDelayMs() const { return m_baseMs; }
    void reset() { m_baseMs = kFirstMs; }

private:
    std::function<double()> m_jitter;
    int m_baseMs = kFirstMs;
};

} // namespace zt::net
