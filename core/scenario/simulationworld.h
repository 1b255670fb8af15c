// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"
#include "choice/choicemodelparameters.h"
#include "scenario/scenarioedit.h"
#include "scenario/syntheticpopulation.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <vector>

namespace Mk {

struct Dataset;

/** Where a school of a simulated world comes from. */
enum class SimSchoolOrigin {
    Existing, ///< a school of the loaded data
    Added,    ///< a new site of the scenario
    Merged,   ///< the school that merged schools became
};

/** One school as the simulator sees it. */
struct SimSchool {
    QString id;
    quint64 key = 0; ///< CounterRandom::keyOf(id): the same school draws the same random numbers in every world
    QString name;
    QPointF location; ///< EPSG:28992
    int capacity = 0; ///< places for the simulated population (scaled like it)
    bool capacityAssumed = false; ///< no capacity in the data: observed pupils plus kDefaultCapacitySlack
    double delta = 0.0;           ///< school constant of the choice model (attractiveness)
    QString denomination;
    int denominationIndex = -1; ///< into SimulationWorld::denominations (-1: none)
    bool vvePartner = false;      ///< a VVE location on site (within kVvePartnerDistance) or a new school with VVE
    bool open = true;
    SimSchoolOrigin origin = SimSchoolOrigin::Existing;
    double observedPupils = 0.0;  ///< calibration target (0 for added schools)
    bool full = false;            ///< observed at capacity: enrolment is supply, so calibration treats it as censored
    QStringList mergedFrom;       ///< for Merged: the schools it replaces
};

/**
 * The schools and children of one situation (the baseline, or a scenario applied to it). Values only; the
 * simulator reads it from any number of threads.
 */
struct SimulationWorld {
    Q_DECLARE_TR_FUNCTIONS(Mk::SimulationWorld)
public:
    static constexpr double kDefaultCapacitySlack = 0.10; ///< assumed capacity = observed pupils x 1.10, rounded up
    static constexpr double kFullShare = 0.97;            ///< observed / capacity from which a school counts as full
    static constexpr double kVvePartnerDistance = 250.0;  ///< metres between a VVE location and its partner school

    QStringList groups;  ///< canonical group names
    QStringList denominations; ///< as SyntheticPopulation::denominations
    std::vector<SimSchool> schools;
    std::vector<SyntheticChild> children;
    QStringList areaCodes; ///< index = SyntheticChild::area; housing areas are appended ("housing: name")
    /** Per child: the school (index) her parents' initiative registers her at first, or -1. */
    std::vector<int> initiativeSchool;
    double scale = 1.0; ///< the population's scale (1/8 for a cohort)
    /**
     * Per school and group (schools x groups, row-major) the composition children expect when the choice model has
     * a composition term (ChoiceModelParameters::compositionWeight != 0): the fixed point ScenarioSimulator finds.
     * Empty: no composition term.
     */
    std::vector<double> perceivedShares;
    Diagnostics diagnostics;

    qsizetype schoolIndex(const QString& id) const;
    /**
     * The deterministic utility V_ij of school `school` for child `child` at `metres`: δ_j plus every term of the
     * choice model (ChoiceModelParameters::utility), the denomination match and the perceived own-group share
     * included. Every user of the model in the simulator computes it here.
     */
    double utility(const ChoiceModelParameters& parameters, size_t child, size_t school, double metres) const;
    /** The open schools' indexes. */
    std::vector<int> openSchools() const;

    /**
     * The loaded situation: the population's schools (those with observed pupils), their locations, known or
     * assumed capacities, and school constants `delta` by school id (0 where absent).
     */
    static Result<SimulationWorld> baseline(const Dataset& dataset, const SyntheticPopulation& population,
                                            const QHash<QString, double>& delta);

    /**
     * This world changed by `edits`, in order. Unknown school ids, a school closed twice, a merge of a
     * closed school or an initiative from an area or group that does not exist fail with a message that
     * names the edit (`where`, e.g. the scenario file). New housing children are placed with `seed`.
     */
    Result<SimulationWorld> applied(const QList<ScenarioEdit>& edits, const SyntheticPopulation& population, quint64 seed,
                                    const QString& where) const;
};

// Inline, as ChoiceModelParameters::utility is: ChoiceSets::build calls it for every child and school.
inline double SimulationWorld::utility(const ChoiceModelParameters& parameters, size_t child, size_t school, double metres) const
{
    const SyntheticChild& c = children[child];
    const SimSchool& s = schools[school];
    const size_t groupCount = static_cast<size_t>(groups.size());
    const size_t cell = school * groupCount + static_cast<size_t>(c.group);
    const double ownShare = cell < perceivedShares.size() ? perceivedShares[cell] : 0.0;
    return s.delta + parameters.utility(metres, c.group, c.denomination >= 0 && c.denomination == s.denominationIndex, ownShare);
}

} // namespace Mk
