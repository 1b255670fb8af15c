// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "index/entropydecomposition.h"
#include "index/indexchange.h"
#include "index/inferencereport.h"
#include "index/localindices.h"
#include "index/segregationsummary.h"
#include "privacy/smallcellsuppressor.h"

#include <QStringList>

#include <optional>

namespace Mk {

class IndexInput;

/**
 * Everything the index engine reports for one units x groups table: every index of the catalogue, the
 * per-unit indices with their privacy pattern, and on request the split of M by area (EntropyDecomposition),
 * chance (InferenceReport) and the change against a second table (IndexChange). The one compute path of
 * `mengkaart-cli indices`, the GUI and scenario reports, so that they all print the same figures.
 */
struct IndexReport {
    struct Options {
        /** Per-unit figures resting on fewer people are withheld (SmallCellSuppressor). */
        double privacyThreshold = SmallCellSuppressor::kDefaultThreshold;
        /** Bootstrap and random allocation of every index; without it a comparison has point values only. */
        bool withInference = false;
        InferenceReport::Options inference;
    };

    Options options;
    SegregationSummary summary;
    LocalIndices local;
    /** Per-unit figures resting on small counts are withheld; a unit with any withheld share shows no local index. */
    SuppressionPattern privacy;
    std::optional<EntropyDecomposition> decomposition;
    std::optional<InferenceReport> inference;
    std::optional<IndexChange> change;

    /**
     * `areaOfUnit` (empty, or one area per unit of `input`) asks for the decomposition; `compareTo` (may be
     * null) for the change from `input` to it. Fails on a threshold below 1, an empty area or bad inference
     * options.
     */
    static Result<IndexReport> compute(const IndexInput& input, const QStringList& areaOfUnit, const IndexInput* compareTo,
                                       const Options& options);
};

} // namespace Mk
