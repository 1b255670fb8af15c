// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"
#include "scenario/scenario.h"
#include "scenario/scenariocalibration.h"
#include "scenario/simulationresult.h"
#include "scenario/simulationworld.h"
#include "scenario/syntheticpopulation.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace Mk {

class Feedback;
struct Dataset;

/**
 * What a scenario run builds before it applies the edits: the synthetic population, the calibrated choice model and
 * the baseline world. It depends only on the data and the calibration's inputs (population, seed, runs, baseline
 * admission, stored model), not on the edits, so every scenario that fits() it reuses it instead of calibrating again.
 */
struct ScenarioBaseline {
    Scenario basis; ///< the scenario it was prepared for (its edits play no part)
    SyntheticPopulation population;
    ScenarioCalibration calibration;
    SimulationWorld world; ///< the baseline with the calibrated constants (and settled perceived shares)

    /** `scenario` calibrates to exactly this baseline: same population options, seed, runs, baseline rules and stored model. */
    bool fits(const Scenario& scenario) const;
};

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
 *
 * The first half is prepare(), the second run() on a prepared baseline: run(dataset, scenario) is exactly
 * run(dataset, prepare(dataset, scenario), scenario). A live preview is run() on a baseline kept from before with
 * a few runs: the random numbers are keyed by run, so its runs are the first runs of the full run.
 */
class ScenarioRunner
{
    Q_DECLARE_TR_FUNCTIONS(Mk::ScenarioRunner)
public:
    /** Runs in a live preview: enough to see where the shares go, few enough for a redraw while dragging. */
    static constexpr int kPreviewRuns = 10;

    /** `threads` = 0 uses every core; the numbers do not depend on it. */
    static Result<ScenarioOutcome> run(const Dataset& dataset, const Scenario& scenario, int threads, Feedback& feedback);
    /** The population, calibration and baseline world of `scenario` (the slow part: calibration simulates the baseline). */
    static Result<ScenarioBaseline> prepare(const Dataset& dataset, const Scenario& scenario, int threads, Feedback& feedback);
    /**
     * `scenario`'s edits and Monte Carlo (scenario.runs, scenario.seed) on `baseline`'s population and calibrated
     * model, which are used as they are; with baseline.fits(scenario) the numbers are run(dataset, scenario)'s.
     */
    static Result<ScenarioOutcome> run(const Dataset& dataset, const ScenarioBaseline& baseline, const Scenario& scenario, int threads,
                                       Feedback& feedback);
    /**
     * `scenario` on the kept `baseline`, which is first prepared for it where it is null or does not fit (so a caller
     * that keeps it calibrates once per data and calibration inputs). `runs` > 0 replaces scenario.runs in the Monte
     * Carlo only: the live preview, on the full run's calibration.
     */
    static Result<ScenarioOutcome> run(const Dataset& dataset, const Scenario& scenario, std::shared_ptr<const ScenarioBaseline>& baseline,
                                       int runs, int threads, Feedback& feedback);
    /** `a` and `b` calibrate to the same baseline (ScenarioBaseline::fits): only their names, edits and own rules differ. */
    static bool sameCalibration(const Scenario& a, const Scenario& b);
};

} // namespace Mk
