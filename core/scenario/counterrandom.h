// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cmath>

namespace Mk {

/**
 * Counter-based random numbers: every draw is a pure function of (seed, counters), so a draw for child i
 * and school j in run r is the same in the baseline and in every scenario, on any number of threads, and
 * whatever other schools or children exist. That is what common random numbers across scenarios need
 * (Law 2015, "Simulation Modeling and Analysis", 5th ed., §11.2) and what a sequential generator cannot
 * give once a scenario adds a school. The idea is that of Salmon, Moraes, Dror & Shaw (2011), "Parallel
 * random numbers: as easy as 1, 2, 3", SC'11; the mixing function is SplitMix64's finaliser (Steele, Lea &
 * Flood 2014, "Fast splittable pseudorandom number generators", OOPSLA), which passes BigCrush on a counter.
 */
class CounterRandom
{
public:
    /** SplitMix64's finaliser: a bijection of 64-bit words with full avalanche. */
    static constexpr quint64 mix(quint64 z)
    {
        z += 0x9E3779B97F4A7C15ull;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /** MurmurHash3's 32-bit finaliser (Appleby 2011, "MurmurHash3", fmix32): a bijection of 32-bit words with full avalanche. */
    static constexpr quint32 mix32(quint32 h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        return h ^ (h >> 16);
    }
    /** The high half of a key. */
    static constexpr quint32 high(quint64 k) { return static_cast<quint32>(k >> 32); }
    /**
     * The leading 32 bits of pairUniform(a, b), from the keys' high halves: mix32 of their exclusive or. Since
     * 1 − pairUniform(a, b) > ~pairHigh·2^-32, it bounds the draw in 32-bit arithmetic, which vectorises where
     * 64-bit multiplication does not.
     */
    static constexpr quint32 pairHigh(quint32 aHigh, quint32 bHigh) { return mix32(aHigh ^ bHigh); }
    /**
     * A uniform number in (0, 1) for a pair of mixed keys, such as a child's in a run and a school's: 53 bits,
     * pairHigh above the leading 21 bits of mix32 of the low halves.
     */
    static double pairUniform(quint64 a, quint64 b)
    {
        const quint64 low = mix32(static_cast<quint32>(a ^ b)) >> 11;
        return (static_cast<double>((static_cast<quint64>(pairHigh(high(a), high(b))) << 21) | low) + 0.5) * 0x1.0p-53;
    }

    /** A key for a tuple of counters: mix(mix(a) ^ b) ..., so (a, b) and (b, a) differ. */
    static constexpr quint64 key(quint64 a, quint64 b) { return mix(mix(a) ^ b); }
    static constexpr quint64 key(quint64 a, quint64 b, quint64 c) { return mix(key(a, b) ^ c); }
    static constexpr quint64 key(quint64 a, quint64 b, quint64 c, quint64 d) { return mix(key(a, b, c) ^ d); }

    /** A uniform number in the open interval (0, 1) from a 64-bit key (53 bits, never 0 or 1). */
    static double uniform(quint64 k) { return (static_cast<double>(mix(k) >> 11) + 0.5) * 0x1.0p-53; }
    /** An Exp(1) variate: -ln U. */
    static double exponential(quint64 k) { return -std::log(uniform(k)); }

    /** A 64-bit key for a string id (FNV-1a over UTF-16, then mixed), stable across runs and platforms. */
    template<typename String>
    static quint64 keyOf(const String& text)
    {
        quint64 h = 0xCBF29CE484222325ull;
        for (const auto ch : text) {
            h ^= static_cast<quint64>(ch.unicode());
            h *= 0x100000001B3ull;
        }
        return mix(h);
    }
};

} // namespace Mk
