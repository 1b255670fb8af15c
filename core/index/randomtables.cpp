// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/randomtables.h"

#include "index/indexinput.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace Mk {

namespace {

constexpr qint64 kTableSize = 256;

/**
 * Exact inversion by searching outward from the mode, alternating up and down; `up(k)` and `down(k)`
 * are the pmf ratios f(k+1)/f(k) and f(k-1)/f(k). Expected work is O(standard deviation).
 */
template<typename Up, typename Down>
qint64 chopDownFromMode(double u, qint64 mode, double pmfMode, qint64 lo, qint64 hi, Up up, Down down)
{
    if (u < pmfMode)
        return mode;
    u -= pmfMode;
    qint64 below = mode, above = mode;
    double pBelow = pmfMode, pAbove = pmfMode;
    for (;;) {
        const bool canUp = above < hi && pAbove > 0;
        const bool canDown = below > lo && pBelow > 0;
        if (!canUp && !canDown)
            return mode; // only rounding left in u: the mass beyond is below double precision
        if (canUp) {
            pAbove *= up(above);
            ++above;
            if (u < pAbove)
                return above;
            u -= pAbove;
        }
        if (canDown) {
            pBelow *= down(below);
            --below;
            if (u < pBelow)
                return below;
            u -= pBelow;
        }
    }
}

} // namespace

quint64 RandomTables::splitmix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

RandomTables::Engine RandomTables::engine(quint64 seed, quint64 stream, quint64 replicate)
{
    return Engine(splitmix64(splitmix64(splitmix64(seed) ^ stream) ^ replicate));
}

double RandomTables::uniform(Engine& engine)
{
    return static_cast<double>(engine() >> 11) * 0x1.0p-53;
}

double RandomTables::logFactorial(qint64 n)
{
    static const std::array<double, kTableSize> table = [] {
        std::array<double, kTableSize> t{};
        for (qint64 i = 1; i < kTableSize; ++i)
            t[static_cast<size_t>(i)] = t[static_cast<size_t>(i - 1)] + std::log(static_cast<double>(i));
        return t;
    }();
    if (n < kTableSize)
        return table[static_cast<size_t>(n)];
    // Stirling's series; beyond 256 the next term is below 1e-19.
    const double x = static_cast<double>(n);
    const double x2 = x * x;
    return x * std::log(x) - x + 0.5 * std::log(2 * M_PI * x) + 1 / (12 * x) - 1 / (360 * x * x2) + 1 / (1260 * x * x2 * x2);
}

qint64 RandomTables::binomial(Engine& engine, qint64 trials, double probability)
{
    if (trials <= 0 || probability <= 0)
        return 0;
    if (probability >= 1)
        return trials;
    const double p = probability, q = 1 - probability;
    const double n = static_cast<double>(trials);
    const qint64 mode = std::min(trials, static_cast<qint64>(std::floor((n + 1) * p)));
    const double logPmf = logFactorial(trials) - logFactorial(mode) - logFactorial(trials - mode)
                          + static_cast<double>(mode) * std::log(p) + static_cast<double>(trials - mode) * std::log1p(-p);
    const double odds = p / q;
    return chopDownFromMode(
        uniform(engine), mode, std::exp(logPmf), 0, trials,
        [&](qint64 k) { return static_cast<double>(trials - k) / static_cast<double>(k + 1) * odds; },
        [&](qint64 k) { return static_cast<double>(k) / static_cast<double>(trials - k + 1) / odds; });
}

qint64 RandomTables::hypergeometric(Engine& engine, qint64 draws, qint64 successes, qint64 population)
{
    const qint64 failures = population - successes;
    const qint64 lo = std::max<qint64>(0, draws - failures);
    const qint64 hi = std::min(draws, successes);
    if (lo >= hi)
        return lo;
    const auto logChoose = [](qint64 n, qint64 k) { return logFactorial(n) - logFactorial(k) - logFactorial(n - k); };
    const qint64 mode = std::clamp<qint64>(static_cast<qint64>(std::floor(static_cast<double>(draws + 1) * static_cast<double>(successes + 1)
                                                                          / static_cast<double>(population + 2))),
                                           lo, hi);
    const double logPmf = logChoose(successes, mode) + logChoose(failures, draws - mode) - logChoose(population, draws);
    return chopDownFromMode(
        uniform(engine), mode, std::exp(logPmf), lo, hi,
        [&](qint64 k) {
            return static_cast<double>((successes - k) * (draws - k)) / static_cast<double>((k + 1) * (failures - draws + k + 1));
        },
        [&](qint64 k) {
            return static_cast<double>(k * (failures - draws + k)) / static_cast<double>((successes - k + 1) * (draws - k + 1));
        });
}

std::vector<double> RandomTables::bootstrap(const IndexInput& input, Engine& engine)
{
    const std::vector<double>& cells = input.counts();
    std::vector<double> out(cells.size(), 0.0);
    // Conditional binomials: cell j gets Bin(remaining people, c_j / remaining mass). The remaining
    // mass is a suffix sum computed up front so that rounding does not drift along the cells.
    std::vector<double> suffix(cells.size() + 1, 0.0);
    for (size_t j = cells.size(); j-- > 0;)
        suffix[j] = suffix[j + 1] + cells[j];
    qint64 remaining = std::llround(input.total());
    for (size_t j = 0; j < cells.size() && remaining > 0; ++j) {
        if (cells[j] <= 0)
            continue;
        const qint64 x = suffix[j + 1] > 0 ? binomial(engine, remaining, cells[j] / suffix[j]) : remaining;
        out[j] = static_cast<double>(x);
        remaining -= x;
    }
    return out;
}

std::vector<double> RandomTables::fixedMargins(const std::vector<qint64>& unitTotals, const std::vector<qint64>& groupTotals, Engine& engine)
{
    const size_t K = groupTotals.size();
    std::vector<double> out(unitTotals.size() * K, 0.0);
    std::vector<qint64> pool = groupTotals;
    qint64 poolTotal = 0;
    for (qint64 g : pool)
        poolTotal += g;
    for (size_t i = 0; i < unitTotals.size(); ++i) {
        qint64 need = std::min(unitTotals[i], poolTotal);
        qint64 rest = poolTotal;
        for (size_t k = 0; k < K && need > 0; ++k) {
            const qint64 x = k + 1 == K ? need : hypergeometric(engine, need, pool[k], rest);
            rest -= pool[k];
            pool[k] -= x;
            need -= x;
            poolTotal -= x;
            out[i * K + k] = static_cast<double>(x);
        }
    }
    return out;
}

} // namespace Mk
