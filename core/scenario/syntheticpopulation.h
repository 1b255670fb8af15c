// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"
#include "model/grouptable.h"
#include "i18n/textlanguage.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointF>
#include <QHash>
#include <QStringList>

#include <vector>

namespace Mk {

class Feedback;
struct Dataset;

/** Which children the simulator places: every primary pupil of today (steady state) or one intake cohort. */
enum class PopulationScope {
    Pupils, ///< all primary pupils, as if every one of them chose under the scenario's conditions
    Cohort, ///< one year group (1/8 of the primary pupils, DUO groups 1-8), with capacities scaled alike
};

/** One synthetic child: where she lives, her group, the area she was drawn from. */
struct SyntheticChild {
    quint64 id = 0;    ///< stable over baseline and scenarios (common random numbers key on it)
    QPointF home;      ///< EPSG:28992
    int group = 0;     ///< index into SyntheticPopulation::groups
    int area = -1;     ///< index into SyntheticPopulation::areaCodes (-1: a housing area of a scenario)
    int denomination = -1; ///< preferred denomination, an index into SyntheticPopulation::denominations (-1: none)
    bool vveIndication = false; ///< drawn with the rules' VVE share by the simulator, not here
};

/** What PopulationBuilder::build makes and the assumptions behind it, stated in every output. */
struct SyntheticPopulation {
    PopulationScope scope = PopulationScope::Pupils;
    GroupTable groupNames; ///< characteristic, groups and labels (no units)
    QStringList areaCodes; ///< PC4s (from pupil flows) or buurten (school-age estimate)
    /**
     * The schools' denominations (as DUO writes them). Each child prefers one, drawn from the denominations her
     * postcode's pupils attend (with flows; else the gemeente's pupils): the choice model's denomination term
     * (ChoiceModelParameters::denominationWeight, 0 by default) favours schools of it.
     */
    QStringList denominations;
    std::vector<SyntheticChild> children;
    std::vector<double> gemeenteShares; ///< per group, over the children placed
    /**
     * Pupils per school id the population stands for, the calibration targets: each school's pupils in the flows (or
     * its DUO count), scaled so that they add up to the children placed (the difference is rounding and DUO's "<5").
     */
    QHash<QString, double> observedPupils;
    double scale = 1.0; ///< 1 for pupils, 1/8 for one cohort
    bool fromPupilFlows = false;
    double leftOutPupils = 0.0; ///< flows whose home postcode is abroad, unknown or has no location
    Diagnostics diagnostics;

    qsizetype groupCount() const { return groupNames.groups.size(); }
    std::vector<double> groupTotals() const;
    /** The age, group and placement assumptions in `language`, one sentence each: stated in every output. */
    QStringList assumptions(const TextLanguage& language = TextLanguage::application()) const;
};

/** How PopulationBuilder::build draws the population. */
struct PopulationOptions {
    PopulationScope scope = PopulationScope::Pupils;
    QString characteristic; ///< the area group table to split by; empty = the first
    quint64 seed = 1;
    /** Spread (metres, Gaussian) around a PC4 centroid for pupils whose postcode has no polygon here. */
    double centroidSpread = 300.0;

    QJsonObject toJson() const;
    static Result<PopulationOptions> fromJson(const QJsonObject& json, const QString& source);
};

/**
 * Builds the synthetic children of one gemeente from its loaded data.
 *
 * With DUO pupils per home postcode (the usual case) the children are those pupils: per home PC4 the pupils
 * of the gemeente's regular primary schools, split over the groups with the children's mix of that PC4's area
 * (the school-age estimate of the column mapping interpolated to the PC4 areas, as CatchmentAnalysis does), or
 * the gemeente's mix for a PC4 outside the gemeente. So the simulated total of every school can equal its
 * observed total. Without flows they are the school-age estimate of the mapping (CBS 0-15 band) times 8/15 for
 * the primary ages 4-11 (or 1/15 for a cohort), per buurt and group.
 *
 * Counts become whole children by largest-remainder rounding per area (Hamilton's method, ties by the seed),
 * and each child gets a home drawn uniformly inside her area's polygon (rejection sampling in its bounding
 * box), or near its PC4 centroid when no polygon exists. Everything is a function of the seed.
 */
class PopulationBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Mk::PopulationBuilder)
public:
    static constexpr double kPrimaryYears = 8.0;      ///< DUO groups 1-8 (ages 4-11)
    static constexpr double kSchoolAgeBandYears = 15.0; ///< CBS band 0-15 used by the column mapping

    static Result<SyntheticPopulation> build(const Dataset& dataset, const PopulationOptions& options, Feedback& feedback);
};

} // namespace Mk
