// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenariorunner.h"

#include "base/feedback.h"
#include "model/dataset.h"

namespace Mk {

Result<ScenarioOutcome> ScenarioRunner::run(const Dataset& dataset, const Scenario& scenario, int threads, Feedback& feedback)
{
    ScenarioOutcome out;
    out.scenario = scenario;
    PopulationOptions populationOptions = scenario.population;
    populationOptions.seed = scenario.seed;
    {
        StepFeedback step(feedback, 0.0, 0.1, tr("Children"));
        auto population = PopulationBuilder::build(dataset, populationOptions, *step);
        if (!population)
            return population.error();
        out.population = std::move(*population);
    }
    out.diagnostics.append(out.population.diagnostics);

    MonteCarloOptions options;
    options.runs = scenario.runs;
    options.seed = scenario.seed;
    options.threads = threads;
    {
        StepFeedback step(feedback, 0.1, 0.5, tr("Calibrating the choice model"));
        auto calibration = ScenarioCalibrator::calibrate(dataset, out.population, scenario.baselineAdmission, scenario.choiceModel,
                                                         scenario.schoolConstants, options, *step);
        if (!calibration)
            return calibration.error();
        out.calibration = std::move(*calibration);
    }
    out.diagnostics.append(out.calibration.diagnostics);

    auto baseline = SimulationWorld::baseline(dataset, out.population, out.calibration.schoolConstants);
    if (!baseline)
        return baseline.error();
    if (!out.calibration.perceivedShares.isEmpty())
        for (const SimSchool& s : baseline->schools) {
            // Every school has a row (calibrated on the same world); the gemeente's mix only guards the alignment.
            const std::vector<double> shares = out.calibration.perceivedShares.value(s.id, out.population.gemeenteShares);
            baseline->perceivedShares.insert(baseline->perceivedShares.end(), shares.begin(), shares.end());
        }
    auto changed = baseline->applied(scenario.edits, out.population, scenario.seed,
                                     scenario.name.isEmpty() ? tr("the scenario") : scenario.name);
    if (!changed)
        return changed.error();
    out.diagnostics.append(baseline->diagnostics);
    out.diagnostics.append(changed->diagnostics);
    for (const ScenarioEdit& e : scenario.edits)
        out.editDescriptions << e.describe(&dataset);

    StepFeedback step(feedback, 0.5, 1.0, tr("Simulating baseline and scenario"));
    auto result = ScenarioSimulator::compare(*baseline, scenario.baselineAdmission, *changed, scenario.scenarioAdmission(),
                                             out.calibration.parameters, options, *step);
    if (!result)
        return result.error();
    out.result = std::move(*result);
    out.result.scenarioName = scenario.name;
    out.diagnostics.append(out.result.diagnostics);
    return out;
}

} // namespace Mk
