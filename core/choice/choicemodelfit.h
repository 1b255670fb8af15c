// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"
#include "choice/berrycontraction.h"
#include "choice/choicemodelparameters.h"
#include "choice/flowgroupsplit.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace Mk {

struct FlowFitData;

/** Expected pupils per origin x school (and group) under a choice model: n_i * P_ij, the logit form. */
struct PredictedFlows {
    std::vector<double> counts;      ///< origins x schools
    std::vector<double> groupCounts; ///< origins x schools x groups (g fastest); empty when the data have no groups
};

/**
 * Fits the conditional logit of ChoiceModelParameters to the DUO pupils-by-postcode flows by maximum
 * likelihood on the grouped counts: log L = sum_ij n_ij ln P_ij (the multinomial constant left out), with
 * P_ij = exp(delta_j + beta f(d_ij)) / sum_{k in C_i} exp(delta_k + beta f(d_ik)), C_i the schools within the
 * choice radius of origin i.
 *  - The school constants are concentrated out: for given beta their first-order condition
 *    sum_i n_i P_ij = n_j is solved by the BerryContraction with the analytic logit demand.
 *  - beta by Newton-Raphson on the profile log-likelihood (concave, as the logit log-likelihood is concave in
 *    (beta, delta); McFadden 1974), with step halving; its gradient is the partial derivative at delta(beta)
 *    (envelope theorem) and its Hessian the Schur complement H_bb - H_bd H_dd^-1 H_db of the full Hessian,
 *    whose inverse is the covariance of beta: standard errors from the observed information, which take the
 *    estimation of the constants into account. They treat pupils as independent choosers and "<5" cells as
 *    2.5 pupils, so they understate the uncertainty when choices cluster (siblings) or cells are small.
 *  - The same maximum is the Poisson regression of n_ij on origin and school fixed effects and f(d_ij)
 *    (Guimarães, Figueiredo & Woodward 2003, "A tractable approach to the firm location decision problem",
 *    Rev. Econ. Stat. 85(1):201-204); Schmidheiny & Brülhart (2011, J. Urban Econ. 69(2):214-222): same
 *    coefficients, but predict with the logit form, which keeps every origin's pupils (predict()).
 *  - Per group (options.perGroup, data with groups): the flows are split by FlowGroupSplit (IPF) and each
 *    group g gets its own beta_g, the constants staying shared; this needs an observed school composition,
 *    without which the split holds no information on group differences and one shared beta is fitted
 *    (betaScope says why). The group log-likelihood treats the imputed group flows as observed, so its
 *    standard errors are too small by an unknown amount.
 * Schools with no pupil in the flows (after the exclusions) get no constant: their maximum-likelihood value
 * is minus infinity. A scenario gives them one, e.g. from comparable schools. Constants are reported with
 * mean 0 over the fitted schools of each connected part of the choice sets (only the differences matter).
 * Counts to schools beyond the choice radius cannot be explained by the model and are left out (counted).
 */
class ChoiceModelFit
{
    Q_DECLARE_TR_FUNCTIONS(Mk::ChoiceModelFit)
public:
    struct Options {
        /** Distance form and choice radius to fit with; gamma, lambda and listLength are carried into the result. */
        ChoiceModelParameters model;
        bool perGroup = true;     ///< one beta per group where the data allow it
        double tolerance = 1e-9;  ///< on the largest Newton step of beta
        int maxIterations = 100;  ///< Newton iterations
        BerryContraction::Options contraction{1e-12, 100000, 1.0, 5.0};
        FlowGroupSplit::Options split;
    };

    struct Result {
        ChoiceModelParameters parameters; ///< source Fitted, with beta, standard errors and the fit summary
        QStringList schoolIds;            ///< the schools of the FlowFitData, in order
        std::vector<std::optional<double>> schoolConstants; ///< delta_j; none for schools without pupils
        double logLikelihood = 0.0;
        double nullLogLikelihood = 0.0;   ///< constants only, beta = 0
        double pseudoR2 = 0.0;            ///< McFadden: 1 - logLikelihood / nullLogLikelihood
        double pupils = 0.0;              ///< n: pupils in the fit
        double pupilsOutsideChoiceSet = 0.0; ///< flow pupils at schools beyond the choice radius (left out)
        int iterations = 0;               ///< Newton iterations
        int contractionIterations = 0;    ///< all contraction iterations together
        bool converged = false;
        bool perGroup = false;
        QString betaScope; ///< translated: one beta per group, or why one shared beta was fitted
        std::optional<FlowGroupSplit::Result> groupSplit; ///< the IPF split when the fit is per group (counts dropped)
        Diagnostics diagnostics;
    };

    /**
     * The fit. Fails when the distance decay cannot be identified (all distances alike, or a single school
     * with pupils), or on a bad choice radius. Warnings (not converged, exclusions) are in Result::diagnostics.
     */
    static Mk::Result<Result> fit(const FlowFitData& data, const Options& options);

    /**
     * The logit prediction for `data`'s origins: each origin's pupils spread over its choice set with
     * P_ij (per group with beta_g when `parameters` has one beta per group of data's groups). Schools with no
     * constant are not chosen; an origin without any school in its choice set predicts no pupils. The denomination and composition terms are left out (the flows know neither).
     * Fails when the constants do not match the schools or per-group parameters lack one of the data's groups.
     */
    static Mk::Result<PredictedFlows> predict(const FlowFitData& data, const ChoiceModelParameters& parameters,
                                  const std::vector<std::optional<double>>& schoolConstants);
};

} // namespace Mk
