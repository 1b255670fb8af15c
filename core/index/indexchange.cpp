// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/indexchange.h"

#include "base/feedback.h"
#include "index/indexinput.h"
#include "index/indexsimulation_p.h"

#include <limits>

namespace Mk {

namespace {

constexpr quint64 kBeforeStream = 3;
constexpr quint64 kAfterStream = 4;

} // namespace

Result<IndexChange> IndexChange::compute(const IndexInput& before, const IndexInput& after, const InferenceReport::Options& options,
                                         Feedback* feedback)
{
    auto split = MutualInformationChange::compute(before, after);
    if (!split)
        return split.error();
    QList<qsizetype> order;
    for (const QString& g : before.groups())
        order.append(after.groups().indexOf(g));
    auto aligned = after.withGroups(order);
    if (!aligned)
        return aligned.error();
    aligned->setOrdered(before.isOrdered());

    IndexChange r;
    r.options = options;
    r.mutualInformation = *split;
    r.keys = SegregationSummary::keys(before.groups(), before.isOrdered());
    const std::vector<double> v1 = SegregationSummary::compute(before).values();
    const std::vector<double> v2 = SegregationSummary::compute(*aligned).values();
    const size_t nKeys = v1.size();

    std::vector<double> differences;
    if (options.replicates > 0) {
        if (options.replicates < 2 || !(options.confidence > 0 && options.confidence < 1))
            return fail(ErrorCode::InvalidArgument, tr("Use at least 2 replicates and a confidence level between 0 and 1."));
        const std::vector<double> b1 = detail::simulateSummaries(before, detail::TableDraw::Bootstrap, kBeforeStream, options, feedback, 0.0, 0.5);
        const std::vector<double> b2 = detail::simulateSummaries(*aligned, detail::TableDraw::Bootstrap, kAfterStream, options, feedback, 0.5, 0.5);
        if (feedback && feedback->isCanceled())
            return fail(ErrorCode::Canceled, tr("The simulation was canceled."));
        differences.resize(b1.size());
        for (size_t i = 0; i < b1.size(); ++i)
            differences[i] = b2[i] - b1[i];
    }
    r.differences.resize(nKeys);
    for (size_t j = 0; j < nKeys; ++j) {
        Difference& d = r.differences[j];
        d.before = v1[j];
        d.after = v2[j];
        d.difference = v2[j] - v1[j];
        if (differences.empty()) {
            d.ciLow = d.ciHigh = d.standardError = std::numeric_limits<double>::quiet_NaN();
            continue;
        }
        const detail::SampleSummary s = detail::summarize(differences, nKeys, j, options.confidence);
        d.ciLow = s.low;
        d.ciHigh = s.high;
        d.standardError = s.standardDeviation;
        d.replicates = s.count;
    }
    return r;
}

} // namespace Mk
