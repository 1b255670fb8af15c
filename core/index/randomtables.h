// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <random>
#include <vector>

namespace Mk {

class IndexInput;

/**
 * Random tables for inference on segregation indices, reproducible from a seed.
 *
 * Engine: std::mt19937_64, whose output sequence the C++ standard fixes. Every replicate gets its own
 * engine, seeded from (seed, stream, replicate) through the splitmix64 mixer (Steele, Lea & Flood 2014),
 * so results do not depend on the number of threads or the order in which replicates run. The
 * distributions are our own (the standard leaves std::binomial_distribution's algorithm open, so it differs
 * between standard libraries): uniforms take the top 53 bits of one draw, and binomial and hypergeometric
 * variates are exact inversion by chop-down search from the mode (Kachitvichyanukul & Schmeiser 1985,
 * "Computer generation of hypergeometric random variates", J. Stat. Comput. Simul. 22:127-145; the same
 * search for the binomial), with log-factorials from a table and Stirling's series.
 */
class RandomTables
{
public:
    using Engine = std::mt19937_64;

    static Engine engine(quint64 seed, quint64 stream, quint64 replicate);
    /** The splitmix64 mixer: a counter-based hash of 64 bits to 64 bits. */
    static quint64 splitmix64(quint64 x);
    /** Uniform on [0, 1) with 53 random bits. */
    static double uniform(Engine& engine);
    static qint64 binomial(Engine& engine, qint64 trials, double probability);
    /** Successes among `draws` taken without replacement from `population` items of which `successes` count. */
    static qint64 hypergeometric(Engine& engine, qint64 draws, qint64 successes, qint64 population);
    static double logFactorial(qint64 n);

    /**
     * Bootstrap of individuals: round(T) people drawn with replacement from the unit x group cells with
     * probability proportional to the counts (multinomial), as Elbers' R package segregation does for
     * se = TRUE. Returns counts in the layout of input.counts().
     */
    static std::vector<double> bootstrap(const IndexInput& input, Engine& engine);

    /**
     * Random allocation with fixed margins: the same pupils (group totals) spread at random over the same
     * school sizes (unit totals); drawn unit by unit as multivariate hypergeometric variates, which gives
     * the distribution of R's r2dtable (Patefield 1981). The totals must agree.
     */
    static std::vector<double> fixedMargins(const std::vector<qint64>& unitTotals, const std::vector<qint64>& groupTotals, Engine& engine);
};

} // namespace Mk
