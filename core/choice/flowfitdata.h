// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Mk {

class Feedback;
struct Dataset;

/** A home postcode (PC4) of the flows with the point its pupils are taken to live at (EPSG:28992). */
struct FlowOrigin {
    QString pc4;
    QPointF location; ///< the centroid of the PC4 point or polygon of Dataset::postcodes
};

/** A school that the flows' pupils choose among, with what the choice model and its calibration read. */
struct FlowSchool {
    QString id;
    QString name;
    QPointF location; ///< EPSG:28992
    QString denomination;
    std::optional<int> capacity;
    std::optional<double> schoolweging; ///< Inspectie schoolweging, when loaded
};

/** Pupils of the flows that a fit cannot use, by reason (a DUO "<5" cell counts 2.5). */
struct FlowExclusions {
    double foreignOrUnknownHome = 0.0; ///< home code 10 Belgium, 20 Germany, 30 other country, 40 unknown
    double homeWithoutLocation = 0.0;  ///< PC4 absent from the loaded PC4 points/areas
    int postcodesWithoutLocation = 0;
    double schoolNotModelled = 0.0;    ///< school absent from the school list, unplaced, or not a regular primary school
    int schoolsNotModelled = 0;

    double total() const { return foreignOrUnknownHome + homeWithoutLocation + schoolNotModelled; }
};

/** What FlowFitData::fromDataset uses. */
struct FlowFitOptions {
    /**
     * Regular primary schools only (when the data hold any; schools of unknown sector stay): special schools
     * take pupils by referral from a region and would flatten the distance decay of ordinary choice.
     */
    bool regularPrimaryOnly = true;
    /** Group counts per area of this characteristic give each origin its group shares; empty = no groups. */
    QString characteristic;
};

/**
 * What a fit of the choice model needs, read from a loaded Dataset: origins (home PC4s with a location),
 * schools (placed schools of the data set), pupils per origin x school from DUO's pupils-by-postcode file
 * (Dataset::pupilFlows, a "<5" cell counting 2.5 as PupilFlow::estimatedPupils) and straight-line
 * distances between PC4 centroid and school in metres (EPSG:28992). Measuring a pupil's home at its PC4's
 * centroid adds noise to distance, which biases a fitted decay towards 0 (errors in variables).
 *
 * Optionally, per origin the shares of the groups of one characteristic among its children: the buurt
 * counts of Dataset::areaComposition spread over PC4 areas by area weighting (AreaInterpolator over the
 * PostcodeAreaBuilder areas, as CatchmentAnalysis does); an origin without a PC4 area in the gemeente gets
 * the gemeente's mix (counted in the diagnostics). When the data set also holds an observed school
 * composition of that characteristic (same groups, not an estimate), its rows give schoolGroupTotals.
 *
 * Matrices are dense and row-major: origins x schools (counts, distances), origins x groups, schools x groups.
 */
struct FlowFitData {
    Q_DECLARE_TR_FUNCTIONS(Mk::FlowFitData)

public:
    QList<FlowOrigin> origins;
    QList<FlowSchool> schools;
    std::vector<double> counts;    ///< origins x schools, pupils
    std::vector<double> distances; ///< origins x schools, metres
    QString characteristic;        ///< of the groups below; empty without groups
    QStringList groups;
    std::vector<double> originGroupShares; ///< origins x groups, each row sums to 1; empty without groups
    std::vector<double> schoolGroupTotals; ///< schools x groups, observed pupils; NaN rows: not observed; empty: none
    FlowExclusions excluded;
    Diagnostics diagnostics;

    qsizetype originCount() const { return origins.size(); }
    qsizetype schoolCount() const { return schools.size(); }
    qsizetype groupCount() const { return groups.size(); }
    double count(qsizetype origin, qsizetype school) const { return counts[cell(origin, school)]; }
    double distance(qsizetype origin, qsizetype school) const { return distances[cell(origin, school)]; }
    double originTotal(qsizetype origin) const;
    double schoolTotal(qsizetype school) const;
    double total() const;
    /** Whether school `school` has an observed row in schoolGroupTotals. */
    bool hasSchoolGroupTotals(qsizetype school) const;
    qsizetype schoolIndex(const QString& id) const;

    /**
     * Origins, schools and counts from `dataset` (see the class comment). Fails when no flows are loaded,
     * when no flow pupil is left after the exclusions, or when `options.characteristic` names no loaded
     * group table. Every exclusion is counted in `excluded` and described in `diagnostics`.
     */
    static Result<FlowFitData> fromDataset(const Dataset& dataset, const FlowFitOptions& options, Feedback& feedback);
    /**
     * Flow data from explicit origins, schools and counts (origins x schools); distances are computed. For
     * tests and for flows that do not come from DUO. Fails on sizes that do not match or negative counts.
     */
    static Result<FlowFitData> create(QList<FlowOrigin> origins, QList<FlowSchool> schools, std::vector<double> counts);
    /**
     * Sets the groups: `originShares` origins x groups (rows are normalised; a row without any children is
     * an error), `schoolTotals` schools x groups with NaN rows for schools without an observed composition,
     * or empty.
     */
    Result<void> setGroups(const QString& characteristic, const QStringList& groups, std::vector<double> originShares,
                           std::vector<double> schoolTotals);

private:
    size_t cell(qsizetype origin, qsizetype school) const
    {
        return static_cast<size_t>(origin * schools.size() + school);
    }
};

} // namespace Mk
