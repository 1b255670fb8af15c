// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace Mk {

class Feedback;
class Geometry;

/** How the share of a source area that falls in each target is turned into a weight. */
enum class InterpolationMode {
    /**
     * Targets form a partition (nearest-school areas, postcode areas): a source's weights are its
     * intersection areas divided by their sum over all targets, so every covered source hands out
     * exactly its whole count and totals are preserved to rounding even where the target outline
     * and the source outlines differ by slivers.
     */
    Partition,
    /** Targets may overlap (distance bands): weight = intersection area / source area. */
    Overlapping,
};

/** Per target: the sources it overlaps and the fraction of each source's count it receives. */
struct InterpolationWeights {
    struct Term {
        qsizetype source;
        double weight;
    };
    std::vector<std::vector<Term>> perTarget;
    /** Per source: intersected area / source area, summed over the targets (1 = fully covered once). */
    std::vector<double> sourceCoverage;
};

/**
 * Areal interpolation by area weighting: a target receives from each source area the share of the
 * source's count equal to the share of the source's area inside the target, assuming the population
 * is spread evenly within each source area (Goodchild & Lam 1980, Geo-Processing 1:297-312;
 * Flowerdew & Green 1994, "Areal interpolation and types of data"). The intersections are exact
 * polygon overlays (GEOS), with an STRtree to find candidate sources.
 * Sources are indexed once; weights() may then be called for several target sets on the same thread.
 */
class AreaInterpolator
{
    Q_DECLARE_TR_FUNCTIONS(Mk::AreaInterpolator)
public:
    /** Indexes the source polygons (null or empty sources get no weight). */
    explicit AreaInterpolator(std::vector<std::shared_ptr<const Geometry>> sources);
    ~AreaInterpolator();
    AreaInterpolator(const AreaInterpolator&) = delete;
    AreaInterpolator& operator=(const AreaInterpolator&) = delete;

    qsizetype sourceCount() const;

    /** Weights for each target polygon (null targets get none). Fails only on a GEOS error or cancel. */
    Result<InterpolationWeights> weights(const std::vector<const Geometry*>& targets, InterpolationMode mode,
                                         Feedback& feedback) const;

    /**
     * Applies weights to a row-major sources x groups count matrix; returns targets x groups.
     * With InterpolationMode::Partition the column sums of the result equal those of the covered
     * sources (mass preservation).
     */
    static std::vector<double> apply(const InterpolationWeights& weights, const std::vector<double>& sourceCounts,
                                     qsizetype groups);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Mk
