// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/inferencereport.h"

#include "base/feedback.h"
#include "index/indexinput.h"
#include "index/randomtables.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>

namespace Mk {

namespace {

constexpr quint64 kBootstrapStream = 1;
constexpr quint64 kRandomStream = 2;

/** R's default quantile (type 7) of sorted values. */
double quantile(const std::vector<double>& sorted, double prob)
{
    const double h = (static_cast<double>(sorted.size()) - 1) * prob;
    const auto lo = static_cast<size_t>(std::floor(h));
    const size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

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

    // Random allocation keeps integer margins: cells are rounded to whole pupils first.
    const auto K = static_cast<size_t>(input.groupCount());
    std::vector<qint64> unitTotals(static_cast<size_t>(input.unitCount()), 0), groupTotals(K, 0);
    for (qsizetype i = 0; i < input.unitCount(); ++i)
        for (size_t k = 0; k < K; ++k) {
            const qint64 c = std::llround(input.count(i, static_cast<qsizetype>(k)));
            unitTotals[static_cast<size_t>(i)] += c;
            groupTotals[k] += c;
        }

    std::vector<double> boot(B * nKeys), random(B * nKeys);
    std::vector<int> replicateIndexes(B);
    std::iota(replicateIndexes.begin(), replicateIndexes.end(), 0);
    std::atomic<int> done{0};
    const auto runReplicate = [&](int r) {
        if (feedback && feedback->isCanceled())
            return;
        const auto rep = static_cast<quint64>(r);
        RandomTables::Engine bootEngine = RandomTables::engine(options.seed, kBootstrapStream, rep);
        IndexInput resampled = IndexInput::fromTrustedCounts(input.unitIds(), input.groups(), RandomTables::bootstrap(input, bootEngine));
        resampled.setOrdered(input.isOrdered());
        const std::vector<double> b = SegregationSummary::compute(resampled).values();
        std::copy(b.begin(), b.end(), boot.begin() + static_cast<std::ptrdiff_t>(static_cast<size_t>(r) * nKeys));

        RandomTables::Engine nullEngine = RandomTables::engine(options.seed, kRandomStream, rep);
        IndexInput allocated = IndexInput::fromTrustedCounts(input.unitIds(), input.groups(),
                                                             RandomTables::fixedMargins(unitTotals, groupTotals, nullEngine));
        allocated.setOrdered(input.isOrdered());
        const std::vector<double> n = SegregationSummary::compute(allocated).values();
        std::copy(n.begin(), n.end(), random.begin() + static_cast<std::ptrdiff_t>(static_cast<size_t>(r) * nKeys));
        if (feedback)
            feedback->setProgress(static_cast<double>(done.fetch_add(1) + 1) / static_cast<double>(B), tr("Simulating"));
    };
    if (options.threads == 1) {
        for (int r : replicateIndexes)
            runReplicate(r);
    } else if (options.threads > 1) {
        QThreadPool pool;
        pool.setMaxThreadCount(options.threads);
        QtConcurrent::blockingMap(&pool, replicateIndexes, runReplicate);
    } else {
        QtConcurrent::blockingMap(replicateIndexes, runReplicate);
    }
    if (feedback && feedback->isCanceled())
        return fail(ErrorCode::Canceled, tr("The simulation was canceled."));

    const double alpha = (1 - options.confidence) / 2;
    report.estimates.resize(nKeys);
    std::vector<double> values;
    for (size_t j = 0; j < nKeys; ++j) {
        Estimate& e = report.estimates[j];
        e.estimate = observed[j];
        values.clear();
        for (size_t r = 0; r < B; ++r)
            if (std::isfinite(boot[r * nKeys + j]))
                values.push_back(boot[r * nKeys + j]);
        e.bootstrapReplicates = static_cast<int>(values.size());
        const double nan = std::numeric_limits<double>::quiet_NaN();
        if (values.size() >= 2) {
            const double mean = std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
            double ss = 0.0;
            for (double v : values)
                ss += (v - mean) * (v - mean);
            std::sort(values.begin(), values.end());
            e.standardError = std::sqrt(ss / static_cast<double>(values.size() - 1));
            e.ciLow = quantile(values, alpha);
            e.ciHigh = quantile(values, 1 - alpha);
            e.bias = mean - e.estimate;
            e.biasCorrected = e.estimate - e.bias;
        } else {
            e.standardError = e.ciLow = e.ciHigh = e.bias = e.biasCorrected = nan;
        }

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
        e.expectedRandom = valid > 0 ? sum / valid : nan;
        e.pValue = valid > 0 ? (1.0 + asExtreme) / (1.0 + valid) : nan;
    }
    return report;
}

const InferenceReport::Estimate* InferenceReport::find(const QString& group, const QString& name) const
{
    for (qsizetype j = 0; j < keys.size(); ++j)
        if (keys[j].group == group && keys[j].name == name)
            return &estimates[static_cast<size_t>(j)];
    return nullptr;
}

} // namespace Mk
