// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace Mk {

/**
 * Calibrates school constants so that demand reproduces observed pupils: the contraction of Berry (1994,
 * "Estimating discrete-choice models of product differentiation", RAND J. Econ. 25(2):242-262) and Berry,
 * Levinsohn & Pakes (1995, Econometrica 63(4):841-890),
 *     delta_j <- delta_j + damping * (ln obs_j - ln pred_j(delta)),
 * for any demand function: the analytic logit demand of ChoiceModelFit, or the simulated demand of a Monte
 * Carlo run (which may include admission). For the plain logit it is the same fixed point as Furness/IPF
 * balancing of a doubly constrained gravity model (SCENARIOS.md §2.1, derived); without an outside option
 * constants are identified up to one common shift, so the contraction keeps the level where it starts.
 *
 * Full schools are censored: their enrolment is supply (capacity), not demand, so their constant is only a
 * lower bound. Their step is max(0, ...): raised when demand falls short of the enrolment, never lowered to
 * shed pupils. Pushing it down is shadow pricing, which sends rejected children musical-chairs style to
 * far-away schools (ActivitySim issue #815; SCENARIOS.md §2.1); rationing a full school is the admission
 * mechanism's job. With a demand function that ignores capacity, the other schools' constants rise instead
 * until the censored school's demand meets its enrolment: relative constants are what logit demand sees.
 *
 * Schools with no observed pupils (obs_j = 0, e.g. a new school) are not calibrated: ln 0 would send the
 * constant to minus infinity. Their constant stays as given (for a new school: from comparable schools) and
 * their status says so. Schools whose demand is 0 at every constant (nobody has them in a choice set) are
 * left alone as well. A step is at most maxStep in size, so a simulated demand of 0 by chance does not
 * produce an infinite step.
 *
 * Converged: every calibrated school within `tolerance` in ln(obs/pred), and every censored school at
 * least at its enrolment (ln obs - ln pred < tolerance).
 */
class BerryContraction
{
    Q_DECLARE_TR_FUNCTIONS(Mk::BerryContraction)
public:
    /** Demand per school at the given constants (same length); must not keep references to `delta`. */
    using Demand = std::function<std::vector<double>(const std::vector<double>& delta)>;

    struct Options {
        double tolerance = 1e-8; ///< on |ln obs - ln pred| (as choicer::blp_contraction)
        int maxIterations = 1000;
        double damping = 1.0;    ///< step factor in (0, 1]; < 1 for noisy simulated demand
        double maxStep = 5.0;    ///< largest |change| of one constant in one iteration
    };

    enum class SchoolStatus {
        Calibrated,     ///< demand reproduces the observed pupils
        Censored,       ///< full: constant is a lower bound, raised only
        NotObserved,    ///< 0 observed pupils: constant kept as given
        NoDemand,       ///< demand 0 at the start: nobody can choose it; constant kept as given
    };

    struct Result {
        std::vector<double> delta;
        std::vector<double> demand;       ///< at the final delta
        std::vector<SchoolStatus> status;
        int iterations = 0;
        bool converged = false;
        double maxLogError = 0.0; ///< worst |ln obs - ln pred| (censored: only shortfalls) at the final delta
    };

    /**
     * Runs the contraction from `start`. `observed` pupils per school, `censored` marks full schools (may
     * be empty: none). Fails on lengths that do not match, on bad options or when demand returns the wrong
     * length or a negative or non-finite value.
     */
    static Mk::Result<Result> run(std::vector<double> start, const std::vector<double>& observed, const std::vector<bool>& censored,
                                  const Demand& demand, const Options& options);
};

} // namespace Mk
