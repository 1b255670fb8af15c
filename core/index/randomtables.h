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

    /** ln n!: a table up to `upTo` (filled once with logFactorial's values) and logFactorial beyond, for samplers drawing many tables. */
    class LogFactorials
    {
    public:
        explicit LogFactorials(qint64 upTo = -1);
        double operator()(qint64 n) const { return n < static_cast<qint64>(m_table.size()) ? m_table[static_cast<size_t>(n)] : logFactorial(n); }
        /** Asks the cache for the entries around n, which a draw is about to read (the table is too large for it). */
        void prefetch(qint64 n) const;

    private:
        std::vector<double> m_table;
    };

    /**
     * Bootstrap of individuals: round(T) people drawn with replacement from the unit x group cells with
     * probability proportional to the counts (multinomial), as Elbers' R package segregation does for
     * se = TRUE. Drawn as conditional binomials, cell j getting Bin(people left, c_j / (c_j + c_{j+1} + ...));
     * those probabilities and their logarithms are the same for every table, so they are prepared once.
     */
    class BootstrapSampler
    {
    public:
        /** With `tableLogFactorials`, ln n! up to round(T) is tabled: worth it when many tables are drawn. */
        explicit BootstrapSampler(const IndexInput& input, bool tableLogFactorials = true);
        /** One table in the layout of input.counts(); `out` is resized. */
        void draw(Engine& engine, std::vector<double>& out) const;

    private:
        struct Cell {
            size_t index;
            bool takesRest; ///< the last cell with people: the rest, without a draw
            double probability, logProbability, logComplement, odds;
        };
        std::vector<Cell> m_cells;
        size_t m_cellCount = 0;
        qint64 m_people = 0;
        LogFactorials m_logFactorials;
    };

    /**
     * Random allocation with fixed margins: the same pupils (group totals) spread at random over the same
     * school sizes (unit totals); drawn unit by unit as multivariate hypergeometric variates, which gives
     * the distribution of R's r2dtable (Patefield 1981). The totals must agree.
     */
    class FixedMarginsSampler
    {
    public:
        FixedMarginsSampler(std::vector<qint64> unitTotals, std::vector<qint64> groupTotals, bool tableLogFactorials = true);
        /** One table, units x groups row-major; `out` is resized. */
        void draw(Engine& engine, std::vector<double>& out) const;

    private:
        std::vector<qint64> m_unitTotals;
        std::vector<qint64> m_groupTotals;
        LogFactorials m_logFactorials;
    };

    /** One table of BootstrapSampler (without the tabled ln n!). */
    static std::vector<double> bootstrap(const IndexInput& input, Engine& engine);
    /** One table of FixedMarginsSampler (without the tabled ln n!). */
    static std::vector<double> fixedMargins(const std::vector<qint64>& unitTotals, const std::vector<qint64>& groupTotals, Engine& engine);
};

} // namespace Mk
