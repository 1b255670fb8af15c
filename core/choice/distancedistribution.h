// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace Mk {

/**
 * A weighted distribution of home-school distances, accumulated in 10 m bins up to 100 km (and one bin
 * beyond), so that millions of simulated pupils cost no memory: the mean is exact, quantiles are
 * interpolated linearly inside their 10 m bin (so within 10 m of the weighted quantile), and shares below
 * a multiple of 10 m are exact. Observed (PC4 centroid to school) and simulated distances use the same
 * accumulator, so their summaries compare like with like.
 */
class DistanceDistribution
{
public:
    static constexpr double kResolutionMetres = 10.0;
    static constexpr double kRangeMetres = 100000.0;

    /** Upper edges of the bins a calibration report shows: 250 m and 1 km are the Brabant figures (DOMAIN.md §A6). */
    static std::vector<double> reportBinEdges() { return {250.0, 500.0, 1000.0, 2000.0, 5000.0}; }

    DistanceDistribution();

    /** Adds `weight` pupils at `metres` (negative distances count as 0; weights <= 0 are ignored). */
    void add(double metres, double weight = 1.0);
    void merge(const DistanceDistribution& other);

    double total() const { return m_total; }
    /** NaN when empty. */
    double mean() const;
    /** The q-quantile (0 <= q <= 1) of the weighted distances; NaN when empty. */
    double quantile(double q) const;
    /** Share of the weight below `metres` (exact for multiples of 10 m); NaN when empty. */
    double shareBelow(double metres) const;
    /**
     * Shares in the bins [0, e_1), [e_1, e_2), ..., [e_n, infinity) of the ascending upper edges `edges`
     * (n + 1 values summing to 1); NaN values when empty.
     */
    std::vector<double> binShares(const std::vector<double>& edges) const;

private:
    std::vector<double> m_bins; ///< weight per 10 m bin, the last one for everything from kRangeMetres on
    double m_total = 0.0;
    double m_weightedSum = 0.0;
    double m_max = 0.0;
};

} // namespace Mk
