#include "Backoff.h"

#include <QRandomGenerator>

namespace zt::net {

Backoff::Backoff(std::function<double()> jitter01)
    : m_jitter(std::move(jitter01)) {
    if (!m_jitter) m_jitter = [] { return QRandomGenerator::global()->generateDouble(); };
}

int Backoff::nextDelayMs() {
    const int base = m_baseMs;
    m_baseMs = qMin(kMaxMs, m_baseMs * 2);
    const double factor = 0.8 + 0.4 * m_jitter(); // ±20 %
    return qMax(1, int(base * factor));
}

} // namespace zt::net
