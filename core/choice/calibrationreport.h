// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "choice/choicemodelfit.h"
#include "choice/distancedistribution.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <limits>
#include <optional>
#include <vector>

namespace Mk {

struct FlowFitData;

/** What a simulation (a Monte Carlo mean, or the logit's expectation) says about the schools of a FlowFitData. */
struct SimulatedChoices {
    std::vector<double> pupils;     ///< per school of the FlowFitData
    DistanceDistribution distances; ///< home-school distances of the simulated pupils (weights: pupils / runs)
    double nearestShare = std::numeric_limits<double>::quiet_NaN(); ///< share of simulated pupils at their nearest school
    std::vector<bool> full;         ///< per school: full (censored in calibration); empty = none marked
    QString group;                  ///< group of groupShares (a canonical name); empty = none
    std::vector<double> groupShares; ///< per school: simulated share (0-1) of `group`; NaN = no pupils
    QString description;            ///< translated: where the figures come from ("200 Monte Carlo runs", ...)

    /**
     * The logit's expected figures at the PC4 centroids (ChoiceModelFit::predict): the same resolution as the
     * observed flows. `group` (may be empty) must be one of data's groups for groupShares.
     */
    static SimulatedChoices fromPredictedFlows(const FlowFitData& data, const PredictedFlows& predicted, const QString& group);
};

/**
 * Observed against simulated, for the calibration report of the choice model (issue 10, item 2):
 *  - pupils per school, observed = the school's total in the flows (exclusions as in FlowFitData);
 *  - home-school distance distributions: observed from the flows (PC4 centroid to school, weighted by
 *    pupils), simulated from the caller; shares in DistanceDistribution::reportBinEdges, mean, median and
 *    90th percentile;
 *  - the log-likelihood and McFadden pseudo-R² of the fit, when there is one;
 *  - the share of pupils at their nearest school: observed with "nearest" measured from the PC4 centroid
 *    (schools within 1 m of the nearest one all count, for schools sharing a building), simulated as the
 *    caller measures it (at individual homes a simulation finds other nearest schools than at centroids);
 *  - where the Inspectie schoolweging is loaded: over the schools with a schoolweging and simulated pupils,
 *    the Pearson correlation r between the simulated share of a chosen group and the schoolweging, and the
 *    least-squares line schoolweging = intercept + slope * share (each school one point, unweighted). A
 *    disadvantaged group should give r > 0: a higher schoolweging means more disadvantage (School::schoolweging).
 */
struct CalibrationReport {
    Q_DECLARE_TR_FUNCTIONS(Mk::CalibrationReport)

public:
    struct SchoolRow {
        QString id;
        QString name;
        double observed = 0.0;
        double simulated = 0.0;
        bool full = false;
    };

    struct DistanceSummary {
        std::vector<double> shares; ///< per bin of binUpperEdges (one more than the edges)
        double mean = 0.0;          ///< metres
        double median = 0.0;
        double percentile90 = 0.0;
        double pupils = 0.0;
    };

    struct SchoolwegingComparison {
        QString group;
        int schools = 0;
        double pearsonR = 0.0;
        double slope = 0.0;     ///< schoolweging points per unit (0-1) of group share
        double intercept = 0.0;
    };

    QList<SchoolRow> schools;
    double observedPupils = 0.0;
    double simulatedPupils = 0.0;
    std::vector<double> binUpperEdges; ///< metres
    DistanceSummary observedDistance;
    DistanceSummary simulatedDistance;
    std::optional<ChoiceModelFitSummary> fit;
    double observedNearestShare = 0.0;
    double simulatedNearestShare = std::numeric_limits<double>::quiet_NaN();
    std::optional<SchoolwegingComparison> schoolweging;
    QString simulatedFrom;

    /**
     * {"simulated_from", "observed_pupils", "simulated_pupils", "schools": [{"id", "name", "observed",
     * "simulated", "full"}], "distance": {"bin_upper_edges_m", "observed": {"shares", "mean_m", "median_m",
     * "p90_m", "pupils"}, "simulated": {...}}, "fit": {"pupils", "log_likelihood", "null_log_likelihood",
     * "pseudo_r2"} | null, "nearest_school_share": {"observed", "simulated"}, "schoolweging": {"group",
     * "schools", "pearson_r", "slope", "intercept"} | null}; NaN figures are written as null.
     */
    QJsonObject toJson() const;
};

/** Builds a CalibrationReport from the observed flows, what a simulation produced and, optionally, the fit. */
class CalibrationReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Mk::CalibrationReportBuilder)
public:
    /** Fails when `simulated` does not hold one value per school of `observed`. */
    static Mk::Result<CalibrationReport> build(const FlowFitData& observed, const SimulatedChoices& simulated,
                                               const std::optional<ChoiceModelFitSummary>& fit);

    /** The observed distances: every flow cell at its PC4-centroid-to-school distance, weighted by its pupils. */
    static DistanceDistribution observedDistances(const FlowFitData& data);
    /** Per origin and school: whether the school is (within 1 m of) the nearest school of the origin's centroid. */
    static std::vector<bool> nearestSchools(const FlowFitData& data);
    /**
     * The share of weight in origins x schools `flows` at each origin's nearest school (nearestSchools);
     * NaN without any weight.
     */
    static double nearestShare(const FlowFitData& data, const std::vector<double>& flows);
    /** r, slope and intercept over the pairs with finite x and y; nullopt with fewer than 3 or no spread. */
    static std::optional<CalibrationReport::SchoolwegingComparison> compare(const std::vector<double>& share,
                                                                            const std::vector<double>& schoolweging);
};

} // namespace Mk
