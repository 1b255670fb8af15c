// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "index/inferencereport.h"
#include "index/mutualinformationchange.h"
#include "index/segregationsummary.h"

#include <QCoreApplication>

#include <vector>

namespace Mk {

class Feedback;
class IndexInput;

/**
 * The change of every index between two tables (two years, or baseline and scenario), with a bootstrap
 * interval for the difference, plus the Shapley split of the change in M (MutualInformationChange).
 *
 * Both tables are bootstrapped independently (RandomTables::bootstrap, separate random streams);
 * replicate r gives the difference b2_r - b1_r, and ci is the percentile interval of these differences
 * (Efron & Tibshirani 1993, ch. 13). With options.replicates = 0 only the point values are computed.
 */
struct IndexChange {
    Q_DECLARE_TR_FUNCTIONS(Mk::IndexChange)

public:
    struct Difference {
        double before = 0.0;
        double after = 0.0;
        double difference = 0.0;
        double ciLow = 0.0;  ///< NaN without replicates
        double ciHigh = 0.0; ///< NaN without replicates
        double standardError = 0.0;
        int replicates = 0;
    };

    InferenceReport::Options options;
    QList<SegregationSummary::Key> keys;
    std::vector<Difference> differences; ///< aligned with keys
    MutualInformationChange mutualInformation;

    /** The groups of `after` are matched to those of `before` by name. */
    static Result<IndexChange> compute(const IndexInput& before, const IndexInput& after, const InferenceReport::Options& options,
                                       Feedback* feedback = nullptr);
};

} // namespace Mk
