// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/runhistogram.h"

#include "scenario/simulationresult.h"

#include <algorithm>
#include <cmath>

namespace Mk {

RunHistogram RunHistogram::of(const IndexOutcome& index, int bins)
{
    RunHistogram h;
    double min = INFINITY, max = -INFINITY;
    for (const std::vector<double>* runs : {&index.runsBefore, &index.runsAfter})
        for (double v : *runs)
            if (std::isfinite(v)) {
                min = std::min(min, v);
                max = std::max(max, v);
            }
    if (bins < 1 || !(min <= max))
        return h;
    if (max - min <= 1e-12 * std::max(1.0, std::abs(max))) {
        // Every run gave the same value (e.g. a scenario that changes nothing): a narrow range keeps the bar visible.
        const double half = std::max(1e-4, std::abs(max) * 1e-3);
        min -= half;
        max += half;
    }
    h.lo = min;
    h.width = (max - min) / bins;
    h.before.assign(static_cast<size_t>(bins), 0);
    h.after.assign(static_cast<size_t>(bins), 0);
    auto count = [&](const std::vector<double>& runs, std::vector<int>& into) {
        for (double v : runs) {
            if (!std::isfinite(v))
                continue;
            const int bin = std::clamp(static_cast<int>(std::floor((v - h.lo) / h.width)), 0, bins - 1);
            ++into[static_cast<size_t>(bin)];
        }
    };
    count(index.runsBefore, h.before);
    count(index.runsAfter, h.after);
    return h;
}

} // namespace Mk
