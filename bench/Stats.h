#pragma once
// Percentiles and the one output format every benchmark uses: "name value unit".
#include <QList>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace zt::bench {

inline double percentile(QList<double> values, double p) {
    if (values.isEmpty()) return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = qMin(values.size() - 1, qsizetype(p / 100.0 * double(values.size())));
    return values[index];
}

inline void report(const char* name, double value, const char* unit) {
    std::printf("%s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

qint64 residentKb(qint64 pid); // VmRSS from /proc (Linux); -1 elsewhere

// Runs the event loop until done() or the timeout; returns done().
bool spinUntil(const std::function<bool()>& done, int timeoutMs);

} // namespace zt::bench
