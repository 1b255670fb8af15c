// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/indexreport.h"

#include "index/indexinput.h"

namespace Mk {

Result<IndexReport> IndexReport::compute(const IndexInput& input, const QStringList& areaOfUnit, const IndexInput* compareTo,
                                         const Options& options)
{
    IndexReport r;
    r.options = options;
    r.summary = SegregationSummary::compute(input);
    r.local = LocalIndices::compute(input);
    // Unit totals (weight x total) and group totals (from the shares and weights) can be derived from the output.
    const auto suppressor = SmallCellSuppressor::create(options.privacyThreshold);
    if (!suppressor)
        return suppressor.error();
    r.privacy = suppressor->apply(input.counts(), input.unitCount(), input.groupCount());
    if (!areaOfUnit.isEmpty()) {
        auto d = EntropyDecomposition::compute(input, areaOfUnit);
        if (!d)
            return d.error();
        r.decomposition = std::move(*d);
    }
    if (options.withInference) {
        auto inference = InferenceReport::compute(input, options.inference);
        if (!inference)
            return inference.error();
        r.inference = std::move(*inference);
    }
    if (compareTo) {
        InferenceReport::Options changeOptions = options.inference;
        changeOptions.replicates = options.withInference ? options.inference.replicates : 0;
        auto change = IndexChange::compute(input, *compareTo, changeOptions);
        if (!change)
            return change.error();
        r.change = std::move(*change);
    }
    return r;
}

} // namespace Mk
