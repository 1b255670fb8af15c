// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace Mk {
class IndexInput;
struct SegregationSummary;
} // namespace Mk

namespace Mk::detail {

/** A units x groups table of counts with its margins, not owned: an IndexInput or a simulation's buffers. */
struct CountView {
    const double* counts = nullptr; ///< units x groups, row-major
    const double* unitTotals = nullptr;
    const double* groupTotals = nullptr;
    qsizetype units = 0;
    qsizetype groups = 0;
    double total = 0.0;
    bool ordered = false;

    static CountView of(const IndexInput& input);
};

/**
 * Every global index of a table (the formulas of TwoGroupIndices and MultigroupIndices) in one pass over the
 * cells plus one sort per group for the Gini sweep. The pass shares each cell's terms between the indices:
 * the two-group D of group k and the multigroup D add the same |x_ik - P_k t_i|, normalised exposure is
 * sum_k (sum_i t_i (p_ik - P_k)^2) / (1 - P_k), M and Theil's H take ln x from a table, and the Atkinson
 * terms t p^b q^(1-b) = x^b y^(1-b) are products of tabled powers of whole counts (no exp or pow per cell).
 * Keeps its buffers between calls, so that a simulation does not allocate per replicate.
 */
class IndexKernel
{
public:
    /**
     * Fills out.twoGroup (one per group; NaN for a group that is empty or everything) and out.multigroup; with
     * `withTwoGroup` false only the multigroup indices. With `localM`, also ls_i per unit (NaN where t_i = 0).
     * Leaves out.groups and out.ordered to the caller.
     */
    void compute(const CountView& table, SegregationSummary& out, bool withTwoGroup = true, float* localM = nullptr);

    /** A unit for the Gini sweep: its share p as an order-preserving integer key, and its total. */
    struct ShareItem {
        quint64 key;
        double total;
    };

private:
    std::vector<ShareItem> m_items;  ///< group k's units at [k * units, k * units + m_itemCount[k])
    std::vector<ShareItem> m_buffer; ///< radix sort scratch
    std::vector<qsizetype> m_itemCount;
    std::vector<double> m_sums;
    std::vector<double> m_groupTerms;
};

} // namespace Mk::detail
