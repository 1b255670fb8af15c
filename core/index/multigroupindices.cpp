// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/multigroupindices.h"

#include "index/indexmath_p.h"
#include "index/indexinput.h"
#include "index/indexkernel_p.h"
#include "index/segregationsummary.h"

#include <cmath>
#include <vector>

namespace Mk {

MultigroupIndices MultigroupIndices::compute(const IndexInput& input)
{
    SegregationSummary summary;
    detail::IndexKernel().compute(detail::CountView::of(input), summary, false);
    return summary.multigroup;
}

double MultigroupIndices::mutualInformationOf(const IndexInput& input)
{
    const qsizetype K = input.groupCount();
    const double T = input.total();
    std::vector<double> lnP(static_cast<size_t>(K));
    for (qsizetype k = 0; k < K; ++k)
        lnP[k] = std::log(input.groupShare(k));
    double sum = 0.0;
    for (qsizetype i = 0; i < input.unitCount(); ++i) {
        const double t = input.unitTotal(i);
        if (!(t > 0))
            continue;
        sum += t * detail::unitDivergence(input.row(i), K, t, lnP.data());
    }
    return sum / T;
}

} // namespace Mk
