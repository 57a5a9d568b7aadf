#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>

namespace terrain {

// A small random generator with output fixed by its own code (xoshiro256**, seeded through
// splitmix64), so that demo data is the same on every platform and library version; the
// standard distributions are not.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed) { reseed(seed); }

    void reseed(quint64 seed)
    {
        quint64 x = seed;
        for (quint64& word : m_state)
            word = splitMix64(x);
    }

    // A generator for a numbered sub-stream: the same (seed, stream) always gives the same
    // sequence, whatever else was drawn before.
    static DemoRandom forStream(quint64 seed, quint64 stream)
    {
        quint64 x = seed ^ (stream * 0x9E3779B97F4A7C15ull);
        return DemoRandom(splitMix64(x) ^ stream);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, bound) (bound > 0), by multiply-shift: the tiny bias is irrelevant here
    // and the result depends only on this code.
    quint32 below(quint32 bound)
    {
        return quint32(((next() >> 32) * quint64(bound)) >> 32);
    }

    // Uniform in [low, high], both included.
    int between(int low, int high) { return low + int(below(quint32(high - low + 1))); }

    // An index into a list sorted by frequency: the head is about twice as likely as the middle.
    int skewed(size_t size) { return int(std::min(below(quint32(size)), below(quint32(size)))); }

    // True with probability perMille / 1000.
    bool chance(int perMille) { return int(below(1000)) < perMille; }

    // An index drawn with the given integer weights (all >= 0, at least one > 0).
    int weighted(std::span<const int> weights)
    {
        int total = 0;
        for (const int w : weights)
            total += w;
        int r = int(below(quint32(total)));
        for (int i = 0; i < int(weights.size()); ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return int(weights.size()) - 1;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    static quint64 splitMix64(quint64& x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    quint64 m_state[4] = {};
};

} // namespace terrain
