// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenariorunner.h"

#include "base/feedback.h"
#include "model/dataset.h"

namespace Mk {

namespace {

/** A scenario's JSON without what leaves the baseline alone: its name, edits and the scenario's own admission rules. */
QJsonObject calibrationInputs(const Scenario& scenario)
{
    QJsonObject o = scenario.toJson();
    for (const char* key : {"name", "edits", "admission"})
        o.remove(QLatin1String(key));
    return o;
}

MonteCarloOptions monteCarloOf(const Scenario& scenario, int threads)
{
    MonteCarloOptions options;
    options.runs = scenario.runs;
    options.seed = scenario.seed;
    options.threads = threads;
    return options;
}

} // namespace

bool ScenarioBaseline::fits(const Scenario& scenario) const
{
    return ScenarioRunner::sameCalibration(basis, scenario);
}

bool ScenarioRunner::sameCalibration(const Scenario& a, const Scenario& b)
{
    return calibrationInputs(a) == calibrationInputs(b);
}

Result<ScenarioOutcome> ScenarioRunner::run(const Dataset& dataset, const Scenario& scenario, int threads, Feedback& feedback)
{
    std::shared_ptr<const ScenarioBaseline> baseline;
    return run(dataset, scenario, baseline, 0, threads, feedback);
}

Result<ScenarioOutcome> ScenarioRunner::run(const Dataset& dataset, const Scenario& scenario, std::shared_ptr<const ScenarioBaseline>& baseline,
                                            int runs, int threads, Feedback& feedback)
{
    const bool kept = baseline && baseline->fits(scenario);
    if (!kept) {
        StepFeedback step(feedback, 0.0, 0.5, tr("Calibrating the choice model"));
        auto prepared = prepare(dataset, scenario, threads, *step);
        if (!prepared)
            return prepared.error();
        baseline = std::make_shared<const ScenarioBaseline>(std::move(*prepared));
    }
    Scenario simulated = scenario;
    if (runs > 0)
        simulated.runs = runs;
    StepFeedback step(feedback, kept ? 0.0 : 0.5, 1.0, tr("Simulating baseline and scenario"));
    return run(dataset, *baseline, simulated, threads, *step);
}

Result<ScenarioBaseline> ScenarioRunner::prepare(const Dataset& dataset, const Scenario& scenario, int threads, Feedback& feedback)
{
    ScenarioBaseline out;
    out.basis = scenario;
    PopulationOptions populationOptions = scenario.population;
    populationOptions.seed = scenario.seed;
    {
        StepFeedback step(feedback, 0.0, 0.2, tr("Children"));
        auto population = PopulationBuilder::build(dataset, populationOptions, *step);
        if (!population)
            return population.error();
        out.population = std::move(*population);
    }
    {
        StepFeedback step(feedback, 0.2, 1.0, tr("Calibrating the choice model"));
        auto calibration = ScenarioCalibrator::calibrate(dataset, out.population, scenario.baselineAdmission, scenario.choiceModel,
                                                         scenario.schoolConstants, monteCarloOf(scenario, threads), *step);
        if (!calibration)
            return calibration.error();
        out.calibration = std::move(*calibration);
    }
    auto world = SimulationWorld::baseline(dataset, out.population, out.calibration.schoolConstants);
    if (!world)
        return world.error();
    out.world = std::move(*world);
    if (!out.calibration.perceivedShares.isEmpty())
        for (const SimSchool& s : out.world.schools) {
            // Every school has a row (calibrated on the same world); the gemeente's mix only guards the alignment.
            const std::vector<double> shares = out.calibration.perceivedShares.value(s.id, out.population.gemeenteShares);
            out.world.perceivedShares.insert(out.world.perceivedShares.end(), shares.begin(), shares.end());
        }
    return out;
}

Result<ScenarioOutcome> ScenarioRunner::run(const Dataset& dataset, const ScenarioBaseline& baseline, const Scenario& scenario, int threads,
                                            Feedback& feedback)
{
    ScenarioOutcome out;
    out.scenario = scenario;
    out.population = baseline.population;
    out.calibration = baseline.calibration;
    out.diagnostics.append(out.population.diagnostics);
    out.diagnostics.append(out.calibration.diagnostics);
    auto changed = baseline.world.applied(scenario.edits, out.population, scenario.seed,
                                          scenario.name.isEmpty() ? tr("the scenario") : scenario.name);
    if (!changed)
        return changed.error();
    out.diagnostics.append(baseline.world.diagnostics);
    out.diagnostics.append(changed->diagnostics);
    for (const ScenarioEdit& e : scenario.edits)
        out.editDescriptions << e.describe(&dataset);

    auto result = ScenarioSimulator::compare(baseline.world, scenario.baselineAdmission, *changed, scenario.scenarioAdmission(),
                                             out.calibration.parameters, monteCarloOf(scenario, threads), feedback);
    if (!result)
        return result.error();
    out.result = std::move(*result);
    out.result.scenarioName = scenario.name;
    out.diagnostics.append(out.result.diagnostics);
    return out;
}

} // namespace Mk
