// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/inferencereport.h"

#include <vector>

namespace Mk {
class Feedback;
class IndexInput;
} // namespace Mk

namespace Mk::detail {

enum class TableDraw { Bootstrap, RandomAllocation };

/**
 * SegregationSummary::values() of options.replicates simulated tables, replicate-major; replicate r is
 * drawn with RandomTables::engine(options.seed, stream, r), so the result does not depend on threads.
 * Progress runs from `progressStart` over `progressSpan`. Empty when canceled. With `localM`, also the
 * local M score of every unit per replicate (replicate-major, NaN for a unit left empty), as float to keep
 * thousands of schools x replicates small.
 */
std::vector<double> simulateSummaries(const IndexInput& input, TableDraw draw, quint64 stream, const InferenceReport::Options& options,
                                      Feedback* feedback, double progressStart = 0.0, double progressSpan = 1.0,
                                      std::vector<float>* localM = nullptr);

/** Mean, standard deviation and percentile interval (R's quantile type 7) of the finite values. */
struct SampleSummary {
    int count = 0; ///< finite values; with fewer than 2 the other fields are NaN
    double mean = 0.0;
    double standardDeviation = 0.0;
    double low = 0.0;
    double high = 0.0;
};

/** Summarises column `column` of a replicate-major matrix with `columns` columns. */
template<typename T>
SampleSummary summarize(const std::vector<T>& matrix, size_t columns, size_t column, double confidence);

} // namespace Mk::detail
