// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/scenariocalibration.h"

#include "admission/admissionrules.h"
#include "base/feedback.h"
#include "choice/berrycontraction.h"
#include "choice/choicemodelfit.h"
#include "choice/flowfitdata.h"
#include "model/dataset.h"
#include "scenario/simulationworld.h"
#include "scenario/syntheticpopulation.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace Mk {

namespace {

/**
 * The logit's expected demand of a world's children, Σ_i exp(δ_j + u_ij) / Σ_k exp(δ_k + u_ik), with u_ij
 * (every term but δ, SimulationWorld::utility) computed once: each evaluation is then one pass over the choice sets, so the
 * analytic contraction's hundreds of steps cost milliseconds.
 */
class LogitDemand
{
public:
    LogitDemand(const SimulationWorld& world, const ChoiceModelParameters& parameters) : m_schools(world.schools.size())
    {
        const std::vector<int> open = world.openSchools();
        m_offsets.push_back(0);
        for (size_t i = 0; i < world.children.size(); ++i) {
            for (int j : open) {
                const SimSchool& s = world.schools[static_cast<size_t>(j)];
                const double d = QLineF(world.children[i].home, s.location).length();
                if (!parameters.inChoiceSet(d))
                    continue;
                m_school.push_back(j);
                m_utility.push_back(world.utility(parameters, i, static_cast<size_t>(j), d) - s.delta);
            }
            m_offsets.push_back(m_school.size());
        }
    }
    std::vector<double> operator()(const std::vector<double>& delta) const
    {
        std::vector<double> demand(m_schools, 0.0);
        std::vector<double> weight;
        for (size_t i = 0; i + 1 < m_offsets.size(); ++i) {
            double best = -std::numeric_limits<double>::infinity();
            for (size_t k = m_offsets[i]; k < m_offsets[i + 1]; ++k)
                best = std::max(best, delta[static_cast<size_t>(m_school[k])] + m_utility[k]);
            weight.clear();
            double sum = 0.0;
            for (size_t k = m_offsets[i]; k < m_offsets[i + 1]; ++k) {
                weight.push_back(std::exp(delta[static_cast<size_t>(m_school[k])] + m_utility[k] - best));
                sum += weight.back();
            }
            for (size_t k = m_offsets[i]; k < m_offsets[i + 1]; ++k)
                demand[static_cast<size_t>(m_school[k])] += weight[k - m_offsets[i]] / sum;
        }
        return demand;
    }

private:
    size_t m_schools;
    std::vector<size_t> m_offsets;
    std::vector<int> m_school;
    std::vector<double> m_utility;
};

/** The group the schoolweging is compared with: the lowest tier of an ordered characteristic, else the last group. */
qsizetype disadvantagedGroup(const SyntheticPopulation& population)
{
    return population.groupNames.ordered ? 0 : population.groupCount() - 1;
}

Result<void> checkGroups(const ChoiceModelParameters& parameters, const SyntheticPopulation& population)
{
    if (parameters.sharedBeta() || parameters.groups == population.groupNames.groups)
        return {};
    return fail(ErrorCode::InvalidValue, ScenarioCalibrator::tr("The choice model has one distance decay per group of \"%1\" (%2), but the "
                                                                "simulation splits children by \"%3\" (%4). Use a shared decay or the same "
                                                                "characteristic.")
                                             .arg(parameters.characteristic, parameters.groups.join(QStringLiteral(", ")),
                                                  population.groupNames.characteristic, population.groupNames.groups.join(QStringLiteral(", "))));
}

} // namespace

QJsonObject ScenarioCalibration::toJson() const
{
    QJsonObject o = report.toJson();
    o.insert(QStringLiteral("fitted_on_flows"), fittedOnFlows);
    o.insert(QStringLiteral("constants_given"), constantsGiven);
    o.insert(QStringLiteral("analytic_iterations"), analyticIterations);
    o.insert(QStringLiteral("simulated_iterations"), simulatedIterations);
    o.insert(QStringLiteral("largest_gap_pupils"), largestGap);
    o.insert(QStringLiteral("largest_gap_school"), largestGapSchool);
    o.insert(QStringLiteral("largest_gap_school_name"), largestGapSchoolName);
    o.insert(QStringLiteral("tolerance_pupils"), ScenarioCalibrator::kTolerance);
    return o;
}

Result<ScenarioCalibration> ScenarioCalibrator::calibrate(const Dataset& dataset, const SyntheticPopulation& population,
                                                          const AdmissionRules& baselineRules,
                                                          const std::optional<ChoiceModelParameters>& given,
                                                          const QHash<QString, double>& givenConstants, const MonteCarloOptions& options,
                                                          Feedback& feedback)
{
    ScenarioCalibration cal;
    std::optional<FlowFitData> flows;
    if (!dataset.pupilFlows.isEmpty()) {
        FlowFitOptions flowOptions;
        flowOptions.characteristic = population.groupNames.characteristic;
        StepFeedback step(feedback, 0.0, 0.1, tr("Reading the pupil flows"));
        auto data = FlowFitData::fromDataset(dataset, flowOptions, *step);
        if (!data)
            return data.error();
        flows = std::move(*data);
    }
    std::optional<ChoiceModelFitSummary> fitSummary;
    QHash<QString, double> start;
    if (given) {
        cal.parameters = *given;
        fitSummary = given->fit;
    } else if (flows) {
        StepFeedback step(feedback, 0.1, 0.3, tr("Fitting the choice model on the pupil flows"));
        ChoiceModelFit::Options fitOptions;
        auto fit = ChoiceModelFit::fit(*flows, fitOptions);
        if (!fit)
            return fit.error();
        cal.parameters = fit->parameters;
        cal.fittedOnFlows = true;
        fitSummary = fit->parameters.fit;
        cal.diagnostics.append(fit->diagnostics);
        if (!fit->betaScope.isEmpty())
            cal.diagnostics.info(fit->betaScope);
        for (qsizetype j = 0; j < fit->schoolIds.size(); ++j)
            if (fit->schoolConstants[static_cast<size_t>(j)])
                start.insert(fit->schoolIds[j], *fit->schoolConstants[static_cast<size_t>(j)]);
    } else {
        cal.parameters = ChoiceModelParameters::literatureDefault();
        cal.diagnostics.warning(tr("No pupils by home postcode are loaded, so the distance decay is not fitted: the documented "
                                   "literature default is used (see the choice model's note)."));
    }
    if (auto ok = checkGroups(cal.parameters, population); !ok)
        return ok.error();

    const bool constantsGiven = !givenConstants.isEmpty();
    auto world = SimulationWorld::baseline(dataset, population, constantsGiven ? givenConstants : start);
    if (!world)
        return world.error();
    const size_t schools = world->schools.size();
    if (cal.parameters.compositionWeight != 0.0) {
        // The feedback variant: constants are calibrated at the compositions the baseline settles to.
        StepFeedback step(feedback, 0.3, 0.35, tr("Settling school compositions"));
        auto settled = ScenarioSimulator::settleComposition(*world, baselineRules, cal.parameters, options, *step);
        if (!settled)
            return settled.error();
    }
    std::vector<double> observed(schools), delta(schools);
    std::vector<bool> censored(schools);
    for (size_t j = 0; j < schools; ++j) {
        observed[j] = world->schools[j].observedPupils;
        delta[j] = world->schools[j].delta;
        censored[j] = world->schools[j].full;
    }

    if (constantsGiven) {
        cal.constantsGiven = true;
    } else {
        StepFeedback step(feedback, 0.35, 0.4, tr("Calibrating school constants"));
        const LogitDemand demand(*world, cal.parameters);
        auto analytic = BerryContraction::run(delta, observed, censored, demand, BerryContraction::Options{1e-9, 2000, 1.0, 5.0});
        if (!analytic)
            return analytic.error();
        delta = analytic->delta;
        cal.analyticIterations = analytic->iterations;
    }

    // The simulated stage: the baseline's own runs, admission and capacities included.
    MonteCarloOptions simulation = options;
    simulation.eligibilitySamples = 0;
    std::optional<SituationSummary> summary;
    auto simulate = [&](const std::vector<double>& d, Feedback& f) {
        SimulationWorld w = *world;
        for (size_t j = 0; j < schools; ++j)
            w.schools[j].delta = d[j];
        return ScenarioSimulator::summarise(w, baselineRules, cal.parameters, simulation, true, f);
    };
    auto gapOf = [&](const SituationSummary& s) {
        cal.largestGap = 0.0;
        for (size_t j = 0; j < schools; ++j) {
            if (observed[j] <= 0.0 || (censored[j] && s.meanPupils[j] >= observed[j]))
                continue;
            const double gap = std::abs(s.meanPupils[j] - observed[j]);
            if (gap > cal.largestGap) {
                cal.largestGap = gap;
                cal.largestGapSchool = world->schools[j].id;
                cal.largestGapSchoolName = world->schools[j].name;
            }
        }
        return cal.largestGap;
    };
    for (int iteration = 0;; ++iteration) {
        const double span = 0.6 / (kMaxSimulatedIterations + 1);
        StepFeedback runs(feedback, 0.4 + span * iteration, 0.4 + span * (iteration + 1), tr("Calibrating on the simulated admissions"));
        auto s = simulate(delta, *runs);
        if (!s)
            return s.error();
        summary = std::move(*s);
        if (constantsGiven || gapOf(*summary) <= kTolerance || iteration == kMaxSimulatedIterations)
            break;
        // One contraction step on the simulated demand: the same rule as the analytic stage, censoring included.
        const std::vector<double> simulated = summary->meanPupils;
        auto step = BerryContraction::run(delta, observed, censored, [&](const std::vector<double>&) { return simulated; },
                                          BerryContraction::Options{1e-12, 1, 1.0, 1.0});
        if (!step)
            return step.error();
        delta = step->delta;
        cal.simulatedIterations = iteration + 1;
    }
    if (!constantsGiven && cal.largestGap > kTolerance)
        cal.diagnostics.warning(tr("The calibration stopped after %1 steps with school %2 (%3) %4 pupils from its observed count.")
                                    .arg(cal.simulatedIterations)
                                    .arg(cal.largestGapSchoolName, cal.largestGapSchool)
                                    .arg(QLocale().toString(cal.largestGap, 'f', 1)));
    const size_t groupCount = static_cast<size_t>(world->groups.size());
    for (size_t j = 0; j < schools; ++j) {
        cal.schoolConstants.insert(world->schools[j].id, delta[j]);
        if (!world->perceivedShares.empty())
            cal.perceivedShares.insert(world->schools[j].id,
                                       std::vector<double>(world->perceivedShares.begin() + static_cast<std::ptrdiff_t>(j * groupCount),
                                                           world->perceivedShares.begin() + static_cast<std::ptrdiff_t>((j + 1) * groupCount)));
    }

    if (flows) {
        // The report compares at the flows' schools: map the world's schools onto them by id.
        SimulatedChoices simulated;
        simulated.pupils.assign(static_cast<size_t>(flows->schoolCount()), 0.0);
        simulated.full.assign(static_cast<size_t>(flows->schoolCount()), false);
        simulated.groupShares.assign(static_cast<size_t>(flows->schoolCount()), std::numeric_limits<double>::quiet_NaN());
        const qsizetype group = disadvantagedGroup(population);
        simulated.group = population.groupNames.groups.value(group);
        const size_t groups = static_cast<size_t>(population.groupCount());
        for (size_t j = 0; j < schools; ++j) {
            const qsizetype f = flows->schoolIndex(world->schools[j].id);
            if (f < 0)
                continue;
            const auto fj = static_cast<size_t>(f);
            // Observed pupils are a cohort's when the population is one: compare like with like.
            simulated.pupils[fj] = summary->meanPupils[j] / population.scale;
            simulated.full[fj] = censored[j];
            if (summary->meanPupils[j] > 0.0)
                simulated.groupShares[fj] = summary->meanCounts[j * groups + static_cast<size_t>(group)] / summary->meanPupils[j];
        }
        simulated.distances = summary->distances;
        simulated.nearestShare = summary->nearestShare;
        simulated.description = tr("mean of %n Monte-Carlo run(s) of the baseline", nullptr, options.runs);
        auto report = CalibrationReportBuilder::build(*flows, simulated, fitSummary);
        if (!report)
            return report.error();
        cal.report = std::move(*report);
    }
    return cal;
}

} // namespace Mk
