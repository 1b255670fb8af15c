// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/randomtables.h"

#include "index/indexinput.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

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

namespace {

/** Binomial by chop-down from the mode; logP = ln p, logQ = ln(1 - p), odds = p / (1 - p) (0 < p < 1, trials > 0). */
template<typename LogFactorial>
qint64 binomialDraw(RandomTables::Engine& engine, qint64 trials, double p, double logP, double logQ, double odds, const LogFactorial& logFactorial)
{
    const double n = static_cast<double>(trials);
    const qint64 mode = std::min(trials, static_cast<qint64>(std::floor((n + 1) * p)));
    const double logPmf = logFactorial(trials) - logFactorial(mode) - logFactorial(trials - mode) + static_cast<double>(mode) * logP
                          + static_cast<double>(trials - mode) * logQ;
    return chopDownFromMode(
        RandomTables::uniform(engine), mode, std::exp(logPmf), 0, trials,
        [&](qint64 k) { return static_cast<double>(trials - k) / static_cast<double>(k + 1) * odds; },
        [&](qint64 k) { return static_cast<double>(k) / static_cast<double>(trials - k + 1) / odds; });
}

template<typename LogFactorial>
qint64 hypergeometricDraw(RandomTables::Engine& engine, qint64 draws, qint64 successes, qint64 population, const LogFactorial& logFactorial)
{
    const qint64 failures = population - successes;
    const qint64 lo = std::max<qint64>(0, draws - failures);
    const qint64 hi = std::min(draws, successes);
    if (lo >= hi)
        return lo;
    const auto logChoose = [&](qint64 n, qint64 k) { return logFactorial(n) - logFactorial(k) - logFactorial(n - k); };
    const qint64 mode = std::clamp<qint64>(static_cast<qint64>(std::floor(static_cast<double>(draws + 1) * static_cast<double>(successes + 1)
                                                                          / static_cast<double>(population + 2))),
                                           lo, hi);
    const double logPmf = logChoose(successes, mode) + logChoose(failures, draws - mode) - logChoose(population, draws);
    return chopDownFromMode(
        RandomTables::uniform(engine), mode, std::exp(logPmf), lo, hi,
        [&](qint64 k) {
            return static_cast<double>((successes - k) * (draws - k)) / static_cast<double>((k + 1) * (failures - draws + k + 1));
        },
        [&](qint64 k) {
            return static_cast<double>(k * (failures - draws + k)) / static_cast<double>((successes - k + 1) * (draws - k + 1));
        });
}

} // namespace

qint64 RandomTables::binomial(Engine& engine, qint64 trials, double probability)
{
    if (trials <= 0 || probability <= 0)
        return 0;
    if (probability >= 1)
        return trials;
    const double p = probability;
    return binomialDraw(engine, trials, p, std::log(p), std::log1p(-p), p / (1 - p), logFactorial);
}

qint64 RandomTables::hypergeometric(Engine& engine, qint64 draws, qint64 successes, qint64 population)
{
    return hypergeometricDraw(engine, draws, successes, population, logFactorial);
}

RandomTables::LogFactorials::LogFactorials(qint64 upTo)
{
    m_table.resize(static_cast<size_t>(std::max<qint64>(upTo + 1, 0)));
    for (size_t n = 0; n < m_table.size(); ++n)
        m_table[n] = logFactorial(static_cast<qint64>(n));
}

void RandomTables::LogFactorials::prefetch(qint64 n) const
{
    // Two cache lines either way: the guess is off by about a standard deviation of a draw.
    for (qint64 at = n - 16; at <= n + 16; at += 8)
        if (at >= 0 && at < static_cast<qint64>(m_table.size()))
            __builtin_prefetch(m_table.data() + at);
}

RandomTables::BootstrapSampler::BootstrapSampler(const IndexInput& input, bool tableLogFactorials)
    : m_cellCount(input.counts().size())
    , m_people(std::llround(input.total()))
    , m_logFactorials(tableLogFactorials ? std::llround(input.total()) : -1)
{
    const std::vector<double>& cells = input.counts();
    // The remaining mass is a suffix sum computed up front so that rounding does not drift along the cells.
    std::vector<double> suffix(cells.size() + 1, 0.0);
    for (size_t j = cells.size(); j-- > 0;)
        suffix[j] = suffix[j + 1] + cells[j];
    for (size_t j = 0; j < cells.size(); ++j) {
        if (cells[j] <= 0)
            continue;
        const double p = cells[j] / suffix[j];
        m_cells.push_back({j, !(suffix[j + 1] > 0), p, std::log(p), std::log1p(-p), p / (1 - p)});
    }
}

void RandomTables::BootstrapSampler::draw(Engine& engine, std::vector<double>& out) const
{
    out.assign(m_cellCount, 0.0);
    qint64 remaining = m_people;
    for (size_t j = 0; j < m_cells.size(); ++j) {
        const Cell& c = m_cells[j];
        if (remaining <= 0)
            break;
        if (j + 1 < m_cells.size()) {
            // The next draw reads ln n! at about its people left minus its mode, far down the table from this one.
            const double next = static_cast<double>(remaining) * (1 - c.probability);
            m_logFactorials.prefetch(static_cast<qint64>(next * (1 - m_cells[j + 1].probability)));
        }
        qint64 x = remaining;
        if (!c.takesRest)
            x = c.probability >= 1 ? remaining : binomialDraw(engine, remaining, c.probability, c.logProbability, c.logComplement, c.odds, m_logFactorials);
        out[c.index] = static_cast<double>(x);
        remaining -= x;
    }
}

RandomTables::FixedMarginsSampler::FixedMarginsSampler(std::vector<qint64> unitTotals, std::vector<qint64> groupTotals, bool tableLogFactorials)
    : m_unitTotals(std::move(unitTotals))
    , m_groupTotals(std::move(groupTotals))
    , m_logFactorials(tableLogFactorials ? std::accumulate(m_groupTotals.begin(), m_groupTotals.end(), qint64(0)) : -1)
{
}

void RandomTables::FixedMarginsSampler::draw(Engine& engine, std::vector<double>& out) const
{
    const size_t K = m_groupTotals.size();
    out.assign(m_unitTotals.size() * K, 0.0);
    std::vector<qint64> pool = m_groupTotals;
    qint64 poolTotal = std::accumulate(m_groupTotals.begin(), m_groupTotals.end(), qint64(0));
    for (size_t i = 0; i < m_unitTotals.size(); ++i) {
        qint64 need = std::min(m_unitTotals[i], poolTotal);
        qint64 rest = poolTotal;
        for (size_t k = 0; k < K && need > 0; ++k) {
            const qint64 x = k + 1 == K ? need : hypergeometricDraw(engine, need, pool[k], rest, m_logFactorials);
            rest -= pool[k];
            pool[k] -= x;
            need -= x;
            poolTotal -= x;
            out[i * K + k] = static_cast<double>(x);
        }
    }
}

std::vector<double> RandomTables::bootstrap(const IndexInput& input, Engine& engine)
{
    std::vector<double> out;
    BootstrapSampler(input, false).draw(engine, out);
    return out;
}

std::vector<double> RandomTables::fixedMargins(const std::vector<qint64>& unitTotals, const std::vector<qint64>& groupTotals, Engine& engine)
{
    std::vector<double> out;
    FixedMarginsSampler(unitTotals, groupTotals, false).draw(engine, out);
    return out;
}

} // namespace Mk
