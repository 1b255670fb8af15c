// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admission/admissionproblem.h"
#include "admission/matching.h"
#include "base/result.h"
#include "choice/distancedistribution.h"
#include "scenario/simulationresult.h"
#include "scenario/simulationworld.h"

#include <QCoreApplication>

#include <utility>
#include <vector>

namespace Mk {

class AdmissionRules;
class Feedback;
struct ChoiceModelParameters;

/** How many runs, which random numbers and how many threads. */
struct MonteCarloOptions {
    int runs = 200;
    quint64 seed = 1;
    int threads = 0;           ///< 0 = every core
    int eligibilitySamples = 2; ///< children per run whose reserve eligibility is toggled to check it never hurts
    bool lazyLists = true;      ///< draw lists only as deep as deferred acceptance reads them (the same figures; false for the test that shows it)
};

/** One situation's figures averaged over the runs (ScenarioSimulator::summarise). */
struct SituationSummary {
    std::vector<double> meanPupils; ///< per school of the world
    std::vector<double> meanCounts; ///< schools x groups
    std::vector<double> fullShare;  ///< per school: share of runs with every place taken
    DistanceDistribution distances; ///< placed children, weight 1/runs each
    double nearestShare = 0.0;      ///< placed children at their nearest open school
};

/**
 * One run of one situation as the mechanism saw it: every child's compiled list, classes and lottery, and the matching.
 * Lists drawn lazily (deferred acceptance) hold at least every school down to the child's placement.
 */
struct RunRecord {
    AdmissionProblem problem;
    Matching matching;
    int derivedRankings = 0; ///< children whose ranking was derived from the race of the situation paired before (pairedPlacements)
};

/**
 * The Monte Carlo of the what-if engine: N runs of "children rank schools, the admission rules place them",
 * for the baseline and a scenario with common random numbers, and the figures over the runs.
 *
 * In run r, child i ranks the open schools by U_ij = V_ij + ε_ij with ε_ij Gumbel (the exploded logit;
 * Beggs, Cardell & Hausman 1981, J. Econometrics 17:1-19). Ranking by V + Gumbel is ranking by E_ij·exp(-V_ij)
 * ascending with E_ij ~ Exp(1) (the "exponential race", equivalent because -ln E is Gumbel), which costs one
 * logarithm per draw, and none for a school that an exact bound (−ln U ≥ t + t²/2, t = 1 − U) keeps out of the
 * list; the bound is tried first on the leading 32 bits of U, for blocks of schools at once. E_ij and the lottery numbers are CounterRandom draws keyed by (seed, r, child id, school id),
 * so the baseline and the scenario share every random number a child and a school have in common, and the
 * result does not depend on the number of threads. Each child ranks the schools whose V is within
 * kUtilityGap of her best. That truncation is bounded per left-out school x: it would have been her first choice
 * with probability < e^-12, and would have entered her list of length k with probability < H_k·e^-(12 − (V_best − V_k))
 * (V_k her k-th best V, H_k = 1 + 1/2 + … + 1/k: x needs E_x·w_x below the k-th key, which is at most w_k·max of
 * k Exp(1) draws, whose mean is H_k), so far less closely for deep lists when her k-th school is far below her best.
 * Because of these common random numbers a child whose candidates in common have the same weights in the baseline
 * and the scenario (her best school is the same) has the same keys for them in both races: compare() draws her
 * baseline race deeper by the candidates the scenario lacks (the top d of a race are the first d of its top D ≥ d)
 * and the scenario's ranking is the best of those and of its own new candidates, drawn alone; this changes no
 * figure. Where no school can fill up (no seat policy, every capacity at least the number of children) each child
 * gets her first choice whatever the rest of her list, so only the first place of each race is drawn.
 * Under deferred acceptance most children are placed at their first or second school, so there (without a reserve,
 * whose eligibility check matches again on the lists as compiled) each race is first drawn to its first place only
 * and the list compiled from it; a child turned away from all of it has her race drawn whole, and the rest of her list
 * (back-ups included) appended while the matching goes on (DeferredAcceptance with a ListSource). Its outcome does not
 * depend on the order of proposals (McVitie & Wilson 1971, Commun. ACM 14:486-490; Gale & Shapley 1962, Amer. Math.
 * Monthly 69:9-15), so the matching is that of the whole lists; what lies below a child's school changes no figure and
 * no check of the verifier, which reads only the schools above it.
 * Every matching is verified as it is made (MatchingVerifier); indices per run use the index engine
 * (SegregationSummary), and the change in M is split as MutualInformationChange does. compare() reports the
 * thread time per stage (SimulationResult::stageTimes), which `mengkaart-cli bench scenario` prints.
 */
class ScenarioSimulator
{
    Q_DECLARE_TR_FUNCTIONS(Mk::ScenarioSimulator)
public:
    static constexpr double kUtilityGap = 12.0;
    static constexpr int kMaxCandidates = 60;

    static constexpr int kFeedbackIterations = 10;
    static constexpr double kFeedbackDamping = 0.5;
    static constexpr double kFeedbackTolerance = 0.002; ///< largest change of a perceived share that ends the iteration

    /**
     * With a composition term in the choice model (ChoiceModelParameters::compositionWeight != 0), the feedback
     * variant: the compositions children perceive are iterated with damping, s ← (1 − a)·s + a·s(choices given s),
     * until no share moves by more than kFeedbackTolerance (at most kFeedbackIterations passes of the runs;
     * SCENARIOS.md §2.1; Stoica & Flache 2014, JASSS 17(1)5). It starts from world.perceivedShares (rows missing for
     * new schools: the gemeente's mix). Such equilibria need not be unique (tipping), so a run with feedback is to
     * be read next to one without. Without a composition term it does nothing. Returns the passes made, or
     * kFeedbackIterations + 1 when the shares did not settle.
     */
    static Result<int> settleComposition(SimulationWorld& world, const AdmissionRules& rules, const ChoiceModelParameters& parameters,
                                         const MonteCarloOptions& options, Feedback& feedback);

    /** Baseline and scenario, paired run by run (each settled first when the model has a composition term). */
    static Result<SimulationResult> compare(const SimulationWorld& baseline, const AdmissionRules& baselineRules,
                                            const SimulationWorld& scenario, const AdmissionRules& scenarioRules,
                                            const ChoiceModelParameters& parameters, const MonteCarloOptions& options,
                                            Feedback& feedback);

    /**
     * One situation over the runs: mean placed pupils per school (the simulated demand that calibration matches),
     * per school and group, the share of runs each school was full, and with `withDistances` the distribution of
     * home-school distances and the share of placed children at their nearest open school.
     */
    static Result<SituationSummary> summarise(const SimulationWorld& world, const AdmissionRules& rules,
                                              const ChoiceModelParameters& parameters, const MonteCarloOptions& options,
                                              bool withDistances, Feedback& feedback);

    /** Run `run` of `world` alone: each child's list and where she is placed (school index, -1 unplaced). For tests. */
    static Result<RunRecord> placements(const SimulationWorld& world, const AdmissionRules& rules, const ChoiceModelParameters& parameters,
                                        const MonteCarloOptions& options, int run);
    /**
     * Run `run` of the baseline and the scenario paired as compare() pairs them (the baseline's races made first,
     * the scenario's rankings derived from them where they can be): the two records, baseline first. For tests: each
     * must equal placements() of its situation alone.
     */
    static Result<std::pair<RunRecord, RunRecord>> pairedPlacements(const SimulationWorld& baseline, const AdmissionRules& baselineRules,
                                                                    const SimulationWorld& scenario, const AdmissionRules& scenarioRules,
                                                                    const ChoiceModelParameters& parameters,
                                                                    const MonteCarloOptions& options, int run);

    /**
     * The expected number of children choosing each school first under the logit (no capacities, no noise):
     * Σ_i P_ij with P_ij = exp(V_ij) / Σ_k exp(V_ik). The analytic demand of the first calibration stage.
     */
    static std::vector<double> expectedFirstChoices(const SimulationWorld& world, const ChoiceModelParameters& parameters);
};

} // namespace Mk
