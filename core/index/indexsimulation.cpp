// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/indexsimulation_p.h"

#include "base/feedback.h"
#include "index/indexinput.h"
#include "index/indexmath_p.h"
#include "index/randomtables.h"
#include "index/segregationsummary.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>

namespace Mk::detail {

std::vector<double> simulateSummaries(const IndexInput& input, TableDraw draw, quint64 stream, const InferenceReport::Options& options,
                                      Feedback* feedback, double progressStart, double progressSpan, std::vector<float>* localM)
{
    const size_t nKeys = SegregationSummary::keys(input.groups(), input.isOrdered()).size();
    const auto B = static_cast<size_t>(options.replicates);

    // Random allocation keeps integer margins: cells are rounded to whole pupils first.
    const auto K = static_cast<size_t>(input.groupCount());
    std::vector<qint64> unitTotals(static_cast<size_t>(input.unitCount()), 0), groupTotals(K, 0);
    if (draw == TableDraw::RandomAllocation)
        for (qsizetype i = 0; i < input.unitCount(); ++i)
            for (size_t k = 0; k < K; ++k) {
                const qint64 c = std::llround(input.count(i, static_cast<qsizetype>(k)));
                unitTotals[static_cast<size_t>(i)] += c;
                groupTotals[k] += c;
            }

    std::vector<double> values(B * nKeys);
    const auto nUnits = static_cast<size_t>(input.unitCount());
    if (localM)
        localM->assign(B * nUnits, 0.0f);
    std::vector<int> replicates(B);
    std::iota(replicates.begin(), replicates.end(), 0);
    std::atomic<int> done{0};
    const QString step = QCoreApplication::translate("Mk::InferenceReport", "Simulating");
    const auto run = [&](int r) {
        if (feedback && feedback->isCanceled())
            return;
        RandomTables::Engine engine = RandomTables::engine(options.seed, stream, static_cast<quint64>(r));
        IndexInput table = IndexInput::fromTrustedCounts(input.unitIds(), input.groups(),
                                                         draw == TableDraw::Bootstrap ? RandomTables::bootstrap(input, engine)
                                                                                      : RandomTables::fixedMargins(unitTotals, groupTotals, engine));
        table.setOrdered(input.isOrdered());
        const std::vector<double> v = SegregationSummary::compute(table).values();
        std::copy(v.begin(), v.end(), values.begin() + static_cast<std::ptrdiff_t>(static_cast<size_t>(r) * nKeys));
        if (localM) {
            std::vector<double> lnP(K);
            for (size_t k = 0; k < K; ++k)
                lnP[k] = std::log(table.groupShare(static_cast<qsizetype>(k)));
            float* out = localM->data() + static_cast<size_t>(r) * nUnits;
            for (size_t i = 0; i < nUnits; ++i) {
                const double t = table.unitTotal(static_cast<qsizetype>(i));
                out[i] = t > 0 ? static_cast<float>(unitDivergence(table.row(static_cast<qsizetype>(i)), static_cast<qsizetype>(K), t, lnP.data()))
                               : std::numeric_limits<float>::quiet_NaN();
            }
        }
        if (feedback)
            feedback->setProgress(progressStart + progressSpan * (done.fetch_add(1) + 1) / static_cast<double>(B), step);
    };
    if (options.threads == 1) {
        for (int r : replicates)
            run(r);
    } else if (options.threads > 1) {
        QThreadPool pool;
        pool.setMaxThreadCount(options.threads);
        QtConcurrent::blockingMap(&pool, replicates, run);
    } else {
        QtConcurrent::blockingMap(replicates, run);
    }
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
    std::sort(values.begin(), values.end());
    const auto quantile = [&values](double probability) {
        const double h = (static_cast<double>(values.size()) - 1) * probability;
        const auto lo = static_cast<size_t>(std::floor(h));
        const size_t hi = std::min(lo + 1, values.size() - 1);
        return values[lo] + (h - static_cast<double>(lo)) * (values[hi] - values[lo]);
    };
    const double alpha = (1 - confidence) / 2;
    s.low = quantile(alpha);
    s.high = quantile(1 - alpha);
    return s;
}

template SampleSummary summarize(const std::vector<double>&, size_t, size_t, double);
template SampleSummary summarize(const std::vector<float>&, size_t, size_t, double);

} // namespace Mk::detail
