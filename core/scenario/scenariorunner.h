// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"
#include "scenario/scenario.h"
#include "scenario/scenariocalibration.h"
#include "scenario/simulationresult.h"
#include "scenario/syntheticpopulation.h"

#include <QCoreApplication>
#include <QStringList>

namespace Mk {

class Feedback;
struct Dataset;

/** Everything one scenario run produced: the population, the calibrated model, both situations and their comparison. */
struct ScenarioOutcome {
    Scenario scenario;
    SyntheticPopulation population;
    ScenarioCalibration calibration;
    SimulationResult result;
    QStringList editDescriptions; ///< in the application's language
    Diagnostics diagnostics;      ///< population, worlds and calibration notes
};

/**
 * Runs a scenario on loaded data: builds the synthetic population (PopulationBuilder), fits and calibrates the
 * choice model on the baseline (ScenarioCalibrator; skipped where the scenario stores its parameters and school
 * constants), applies the edits (SimulationWorld::applied) and simulates baseline and scenario with common random
 * numbers (ScenarioSimulator::compare). Pure and synchronous; any thread; progress and cancel through `feedback`.
 */
class ScenarioRunner
{
    Q_DECLARE_TR_FUNCTIONS(Mk::ScenarioRunner)
public:
    /** `threads` = 0 uses every core; the numbers do not depend on it. */
    static Result<ScenarioOutcome> run(const Dataset& dataset, const Scenario& scenario, int threads, Feedback& feedback);
};

} // namespace Mk
