// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/twogroupindices.h"

#include "index/indexinput.h"
#include "index/segregationsummary.h"

namespace Mk {

TwoGroupIndices TwoGroupIndices::compute(const IndexInput& input, qsizetype group)
{
    return SegregationSummary::compute(input).twoGroup[static_cast<size_t>(group)];
}

} // namespace Mk
