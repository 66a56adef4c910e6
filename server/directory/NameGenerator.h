#pragma once
// Deterministic, realistic Chinese names: surnames drawn by real frequency (including the
// polyphonic ones search must handle: 单 曾 解 仇 区 查 朴 尉迟), given names of one or two
// characters. Same seed, same people, on every machine (our own PRNG, not std:: distributions).
#include <QString>
#include <QtGlobal>

namespace zt::server {

class SeededRandom {
public:
    explicit SeededRandom(quint64 seed)
        : m_state(seed) {}
    quint64 next(); // splitmix64
    int below(int bound) { return int(next() % quint64(bound)); }

private:
    quint64 m_state;
};

class NameGenerator {
public:
    explicit NameGenerator(quint64 seed)
        : m_random(seed) {}
    QString next();
    QString mobile(); // clearly fictitious: 100 prefix is not a mobile range
    SeededRandom& random() { return m_random; }

private:
    SeededRandom m_random;
    quint64 m_phoneSerial = 0;
};

} // namespace zt::server
