// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "index/segregationsummary.h"

#include <QCoreApplication>

#include <vector>

namespace Mk {

class Feedback;
class IndexInput;

/**
 * How much of each index is chance: bootstrap confidence intervals and bias, and the value expected when
 * the same pupils are spread at random over the same school sizes.
 *
 * For every index of SegregationSummary (estimate e):
 * - bootstrap (Elbers, R package segregation, se = TRUE; Efron & Tibshirani 1993): B tables of round(T)
 *   individuals resampled from the cells (RandomTables::bootstrap); standardError = sd of the B values,
 *   ci = their percentile interval at `confidence` (R's quantile type 7), bias = mean(B values) - e,
 *   biasCorrected = e - bias (the "debiased" estimate of mutual_total);
 * - random allocation (Elbers' mutual_total_expected with fixed margins, i.e. r2dtable; Carrington &
 *   Troske 1997, J. Bus. Econ. Stat. 15(4):402-409): B tables with the rounded unit and group totals of
 *   the input (RandomTables::fixedMargins); expectedRandom = their mean;
 *   pValue = (1 + #{simulated at least as segregated as e}) / (1 + B), the one-sided Monte Carlo p-value
 *   (Davison & Hinkley 1997, ch. 4; never 0). "At least as segregated" is >= e, or <= e for exposure.
 * Replicates whose table leaves a group empty give NaN and are left out (counted per index).
 * The same is done per unit for the local M score ls_i (LocalIndices; Elbers' mutual_local_expected):
 * a school whose ls_i lies within what random allocation produces for a school of its size is not
 * evidence of segregation.
 */
struct InferenceReport {
    Q_DECLARE_TR_FUNCTIONS(Mk::InferenceReport)

public:
    struct Options {
        int replicates = 500;
        quint64 seed = 1;
        double confidence = 0.95;
        int threads = 0; ///< 0: the global thread pool; results are the same for any value
    };

    struct Estimate {
        double estimate = 0.0;
        double ciLow = 0.0;
        double ciHigh = 0.0;
        double standardError = 0.0;
        double bias = 0.0;
        double biasCorrected = 0.0;
        double expectedRandom = 0.0;
        double pValue = 0.0;
        int bootstrapReplicates = 0; ///< replicates with a defined value
        int randomReplicates = 0;

        /**
         * The percentile interval moved by -bias: the bootstrap's spread placed around the estimate. With small
         * units every replicate of D or H lies above the estimate, so the plain interval can miss the estimate
         * altogether; this is the interval a briefing prints (not cut to the index's range).
         */
        double centredLow() const { return ciLow - bias; }
        double centredHigh() const { return ciHigh - bias; }
    };

    /** Chance for one unit's local M score. */
    struct LocalEstimate {
        double estimate = 0.0;
        double ciLow = 0.0;
        double ciHigh = 0.0;
        double expectedRandom = 0.0;
        double pValue = 0.0;
    };

    Options options;
    QList<SegregationSummary::Key> keys;
    std::vector<Estimate> estimates;     ///< aligned with keys
    std::vector<LocalEstimate> localM;   ///< aligned with the units of the input

    /** Fails on fewer than 2 replicates, a confidence outside (0, 1), or cancellation. */
    static Result<InferenceReport> compute(const IndexInput& input, const Options& options, Feedback* feedback = nullptr);

    /** The estimate of index `id` (for `group` when it is a two-group index), or nullptr. */
    const Estimate* find(IndexId id, const QString& group = {}) const;
};

} // namespace Mk
