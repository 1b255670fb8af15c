// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/indexsimulation_p.h"

#include "base/feedback.h"
#include "base/parallelfor.h"
#include "index/indexinput.h"
#include "index/indexkernel_p.h"
#include "index/randomtables.h"
#include "index/segregationsummary.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

namespace Mk::detail {

namespace {

/** Replicates run in blocks, each with one set of buffers. */
constexpr int kBlockSize = 16;

/** A thread's buffers: one simulated table, its margins and the index kernel's scratch. */
struct Workspace {
    std::vector<double> counts;
    std::vector<double> unitTotals;
    std::vector<double> groupTotals;
    IndexKernel kernel;
    SegregationSummary summary;
};

} // namespace

std::vector<double> simulateSummaries(const IndexInput& input, TableDraw draw, quint64 stream, const InferenceReport::Options& options,
                                      Feedback* feedback, double progressStart, double progressSpan, std::vector<float>* localM)
{
    const size_t nKeys = SegregationSummary::keys(input.groups(), input.isOrdered()).size();
    const auto B = static_cast<size_t>(options.replicates);
    const auto K = static_cast<size_t>(input.groupCount());
    const auto nUnits = static_cast<size_t>(input.unitCount());

    std::optional<RandomTables::BootstrapSampler> bootstrap;
    std::optional<RandomTables::FixedMarginsSampler> fixedMargins;
    if (draw == TableDraw::Bootstrap) {
        bootstrap.emplace(input);
    } else {
        // Random allocation keeps integer margins: cells are rounded to whole pupils first.
        std::vector<qint64> unitTotals(nUnits, 0), groupTotals(K, 0);
        for (size_t i = 0; i < nUnits; ++i)
            for (size_t k = 0; k < K; ++k) {
                const qint64 c = std::llround(input.count(static_cast<qsizetype>(i), static_cast<qsizetype>(k)));
                unitTotals[i] += c;
                groupTotals[k] += c;
            }
        fixedMargins.emplace(std::move(unitTotals), std::move(groupTotals));
    }

    std::vector<double> values(B * nKeys);
    if (localM)
        localM->assign(B * nUnits, 0.0f);
    std::vector<int> blocks((options.replicates + kBlockSize - 1) / kBlockSize);
    std::iota(blocks.begin(), blocks.end(), 0);
    std::atomic<int> done{0};
    const QString step = QCoreApplication::translate("Mk::InferenceReport", "Simulating");
    const auto runBlock = [&](int block) {
        Workspace w;
        w.summary.ordered = input.isOrdered();
        const int end = std::min(options.replicates, (block + 1) * kBlockSize);
        for (int r = block * kBlockSize; r < end; ++r) {
            if (feedback && feedback->isCanceled())
                return;
            RandomTables::Engine engine = RandomTables::engine(options.seed, stream, static_cast<quint64>(r));
            if (bootstrap)
                bootstrap->draw(engine, w.counts);
            else
                fixedMargins->draw(engine, w.counts);
            // Margins as IndexInput::computeTotals() sums them, so that replicates score like any input.
            w.unitTotals.assign(nUnits, 0.0);
            w.groupTotals.assign(K, 0.0);
            for (size_t i = 0; i < nUnits; ++i) {
                double rowTotal = 0.0;
                for (size_t k = 0; k < K; ++k) {
                    const double v = w.counts[i * K + k];
                    rowTotal += v;
                    w.groupTotals[k] += v;
                }
                w.unitTotals[i] = rowTotal;
            }
            CountView view{w.counts.data(), w.unitTotals.data(), w.groupTotals.data(), input.unitCount(), input.groupCount(), 0.0,
                           input.isOrdered()};
            for (double g : w.groupTotals)
                view.total += g;
            w.kernel.compute(view, w.summary, true, localM ? localM->data() + static_cast<size_t>(r) * nUnits : nullptr);
            const std::vector<double> v = w.summary.values();
            std::copy(v.begin(), v.end(), values.begin() + static_cast<std::ptrdiff_t>(static_cast<size_t>(r) * nKeys));
            if (feedback)
                feedback->setProgress(progressStart + progressSpan * (done.fetch_add(1) + 1) / static_cast<double>(B), step);
        }
    };
    parallelFor(blocks, options.threads, runBlock);
    if (feedback && feedback->isCanceled())
        return {};
    return values;
}

template<typename T>
SampleSummary summarize(const std::vector<T>& matrix, size_t columns, size_t column, double confidence)
{
    std::vector<double> values;
    for (size_t at = column; at < matrix.size(); at += columns)
        if (std::isfinite(matrix[at]))
            values.push_back(static_cast<double>(matrix[at]));
    SampleSummary s;
    s.count = static_cast<int>(values.size());
    if (values.size() < 2) {
        s.mean = s.standardDeviation = s.low = s.high = std::numeric_limits<double>::quiet_NaN();
        return s;
    }
    s.mean = std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
    double ss = 0.0;
    for (double v : values)
        ss += (v - s.mean) * (v - s.mean);
    s.standardDeviation = std::sqrt(ss / static_cast<double>(values.size() - 1));
    // Type 7 needs two neighbouring order statistics per quantile: select them instead of sorting.
    const auto quantile = [&values](double probability) {
        const double h = (static_cast<double>(values.size()) - 1) * probability;
        const auto lo = static_cast<size_t>(std::floor(h));
        std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(lo), values.end());
        const double low = values[lo];
        const double high = lo + 1 < values.size() ? *std::min_element(values.begin() + static_cast<std::ptrdiff_t>(lo) + 1, values.end()) : low;
        return low + (h - static_cast<double>(lo)) * (high - low);
    };
    const double alpha = (1 - confidence) / 2;
    s.low = quantile(alpha);
    s.high = quantile(1 - alpha);
    return s;
}

template SampleSummary summarize(const std::vector<double>&, size_t, size_t, double);
template SampleSummary summarize(const std::vector<float>&, size_t, size_t, double);

} // namespace Mk::detail
