// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/inferencereport.h"

#include "base/feedback.h"
#include "index/indexinput.h"
#include "index/indexsimulation_p.h"
#include "index/localindices.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Mk {

namespace {

constexpr quint64 kBootstrapStream = 1;
constexpr quint64 kRandomStream = 2;

} // namespace

Result<InferenceReport> InferenceReport::compute(const IndexInput& input, const Options& options, Feedback* feedback)
{
    if (options.replicates < 2)
        return fail(ErrorCode::InvalidArgument, tr("At least 2 replicates are needed, %1 were asked for.").arg(options.replicates));
    if (!(options.confidence > 0 && options.confidence < 1))
        return fail(ErrorCode::InvalidArgument, tr("The confidence level must lie between 0 and 1, not %1.").arg(options.confidence));

    InferenceReport report;
    report.options = options;
    report.keys = SegregationSummary::keys(input.groups(), input.isOrdered());
    const std::vector<double> observed = SegregationSummary::compute(input).values();
    const size_t nKeys = observed.size();
    const auto B = static_cast<size_t>(options.replicates);

    std::vector<float> bootLocal, randomLocal;
    const std::vector<double> boot = detail::simulateSummaries(input, detail::TableDraw::Bootstrap, kBootstrapStream, options, feedback, 0.0, 0.5,
                                                               &bootLocal);
    const std::vector<double> random = detail::simulateSummaries(input, detail::TableDraw::RandomAllocation, kRandomStream, options, feedback,
                                                                 0.5, 0.5, &randomLocal);
    if (feedback && feedback->isCanceled())
        return fail(ErrorCode::Canceled, tr("The simulation was canceled."));

    report.estimates.resize(nKeys);
    for (size_t j = 0; j < nKeys; ++j) {
        Estimate& e = report.estimates[j];
        e.estimate = observed[j];
        const detail::SampleSummary b = detail::summarize(boot, nKeys, j, options.confidence);
        e.bootstrapReplicates = b.count;
        e.standardError = b.standardDeviation;
        e.ciLow = b.low;
        e.ciHigh = b.high;
        e.bias = b.mean - e.estimate;
        e.biasCorrected = e.estimate - e.bias;

        const bool lowerIsMore = report.keys[static_cast<qsizetype>(j)].lowerIsMoreSegregated;
        double sum = 0.0;
        int valid = 0, asExtreme = 0;
        for (size_t r = 0; r < B; ++r) {
            const double v = random[r * nKeys + j];
            if (!std::isfinite(v))
                continue;
            ++valid;
            sum += v;
            asExtreme += (lowerIsMore ? v <= e.estimate : v >= e.estimate) ? 1 : 0;
        }
        e.randomReplicates = valid;
        e.expectedRandom = valid > 0 ? sum / valid : std::numeric_limits<double>::quiet_NaN();
        e.pValue = valid > 0 ? (1.0 + asExtreme) / (1.0 + valid) : std::numeric_limits<double>::quiet_NaN();
    }

    const LocalIndices local = LocalIndices::compute(input);
    const auto nUnits = static_cast<size_t>(input.unitCount());
    report.localM.resize(nUnits);
    for (size_t i = 0; i < nUnits; ++i) {
        LocalEstimate& e = report.localM[i];
        e.estimate = local.localM[i];
        const detail::SampleSummary b = detail::summarize(bootLocal, nUnits, i, options.confidence);
        e.ciLow = b.low;
        e.ciHigh = b.high;
        const detail::SampleSummary n = detail::summarize(randomLocal, nUnits, i, options.confidence);
        e.expectedRandom = n.mean;
        int asExtreme = 0;
        // float storage: compare at float precision so that a tie with the observed value counts as one
        for (size_t r = 0; r < B; ++r)
            asExtreme += randomLocal[r * nUnits + i] >= static_cast<float>(e.estimate) ? 1 : 0;
        e.pValue = n.count > 0 ? (1.0 + asExtreme) / (1.0 + n.count) : std::numeric_limits<double>::quiet_NaN();
    }
    return report;
}

const InferenceReport::Estimate* InferenceReport::find(IndexId id, const QString& group) const
{
    for (qsizetype j = 0; j < keys.size(); ++j)
        if (keys[j].id == id && keys[j].group == group)
            return &estimates[static_cast<size_t>(j)];
    return nullptr;
}

} // namespace Mk
