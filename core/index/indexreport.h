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
    /**
     * Which per-unit and per-area figures are withheld. The output lets a reader work out the counts behind
     * them: a unit's weight x the total is its pupils, share x weight x total a cell, a location quotient
     * gives the group's share (so the group totals count as known), an area's weight and entropy its pupils
     * and mix. So the table is protected as counts with row, column and area totals (SmallCellSuppressor with
     * the column totals known, shares of totals and the decomposition's areas): a withheld cell shows no
     * share or location quotient, a withheld unit total no weight and no share, a withheld area total no weight.
     */
    SuppressionPattern privacy;
    std::optional<EntropyDecomposition> decomposition;
    /** With a decomposition: the index in decomposition->areas of every unit (the areas of `privacy`). */
    std::vector<qsizetype> areaOfUnit;
    std::optional<InferenceReport> inference;
    std::optional<IndexChange> change;

    /**
     * Whether the unit's local indices (local M and D, entropy, their inference) are withheld: they are
     * functions of its shares and weight, so they would give a withheld one away.
     */
    bool unitIndicesWithheld(qsizetype unit) const;
    /**
     * Whether the area's entropy, M and H are withheld: they tell the area's mix. Like the global indices they
     * are not withheld for a withheld unit inside (M within the areas is M minus M between them anyway).
     */
    bool areaMixWithheld(qsizetype area) const;

    /**
     * `areaOfUnit` (empty, or one area per unit of `input`) asks for the decomposition; `compareTo` (may be
     * null) for the change from `input` to it. Fails on a threshold below 1, an empty area or bad inference
     * options.
     */
    static Result<IndexReport> compute(const IndexInput& input, const QStringList& areaOfUnit, const IndexInput* compareTo,
                                       const Options& options);
};

} // namespace Mk
