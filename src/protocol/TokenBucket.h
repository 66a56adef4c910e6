#pragma once
// Token bucket: a burst is allowed, a sustained flood is refused. The server limits what each
// connection may send with it; the client paces itself with it to stay under that limit.
#include <QtGlobal>

namespace zt::protocol {

class TokenBucket {
public:
    TokenBucket(double perSecond, double burst)
        : m_rate(perSecond)
        , m_burst(burst)
        , m_tokens(burst) {}

    bool allow(qint64 nowMs) {
        if (m_lastMs)
            m_tokens = qMin(m_burst, m_tokens + double(nowMs - m_lastMs) * m_rate / 1000.0);
        m_lastMs = nowMs;
        if (m_tokens < 1.0) return false;
        m_tokens -= 1.0;
        return true;
    }

private:
    double m_rate;
    double m_burst;
    double m_tokens;
    qint64 m_lastMs = 0;
};

} // namespace zt::protocol
