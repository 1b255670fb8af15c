// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace Mk {

struct IndexOutcome;

/**
 * The distribution of one index over the Monte-Carlo runs, baseline and scenario on the same equal-width bins,
 * so the two can be drawn over each other (the scenario results' "distribution" chart). Non-finite run values
 * (an index undefined in that run) are not counted.
 */
struct RunHistogram {
    double lo = 0.0;         ///< lower edge of the first bin
    double width = 0.0;      ///< width of every bin
    std::vector<int> before; ///< runs of the baseline per bin
    std::vector<int> after;  ///< runs of the scenario per bin

    /** `bins` equal bins spanning the smallest to the largest run value of both situations (the last bin holds its
     *  upper edge). All values equal: one narrow range around them. No finite value: empty counts. */
    static RunHistogram of(const IndexOutcome& index, int bins);

    int binCount() const { return static_cast<int>(before.size()); }
    double centre(int bin) const { return lo + (bin + 0.5) * width; }
};

} // namespace Mk
