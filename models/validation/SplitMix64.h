// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace valuator {

/// The splitmix64 generator (Steele, Lea, Flood 2014; the reference code by S. Vigna) and an unbiased bounded draw
/// and shuffle on top of it. Spelled out here, not taken from <random>, because std::shuffle and the standard
/// distributions are implementation-defined: folds must be identical with libstdc++, libc++ and MSVC.
/// Seed 0 gives 0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4, 0x06c45d188009454f first.
class SplitMix64 {
public:
    explicit SplitMix64(uint64_t seed)
        : m_state(seed)
    {
    }

    uint64_t next()
    {
        uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, n), n > 0, without modulo bias: draws below 2^64 mod n are rejected.
    uint64_t below(uint64_t n)
    {
        const uint64_t threshold = (0 - n) % n;
        for (;;) {
            const uint64_t r = next();
            if (r >= threshold)
                return r % n;
        }
    }

    /// Fisher-Yates (Durstenfeld) from the back: item i swaps with a uniform j in [0, i].
    template <class T> void shuffle(std::vector<T>& items)
    {
        for (size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[size_t(below(uint64_t(i)))]);
    }

    /// A seed derived from `seed` and a stream number (fold, purpose), so derived streams do not overlap.
    static uint64_t derive(uint64_t seed, uint64_t stream)
    {
        SplitMix64 g(seed ^ (stream * 0xd1b54a32d192ed03ULL));
        return g.next();
    }

private:
    uint64_t m_state;
};

} // namespace valuator
