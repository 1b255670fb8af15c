// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>

#include <vector>

namespace Mk {

struct FlowFitData;

/**
 * Splits the origin x school flows by group with iterative proportional fitting (Deming & Stephan 1940,
 * "On a least squares adjustment of a sampled frequency table when the expected marginal totals are
 * known", Ann. Math. Stat. 11:427-444), the 3-way design of SCENARIOS.md §2.1 (a proposal, derived):
 *  - seed x_ijg = n_ij * s_ig (the flows times the origin's group shares: no sorting within a postcode);
 *  - margins fitted in turn: origin x school = the flows n_ij; origin x group = n_i * s_ig; school x group
 *    = the observed composition of the schools that have one.
 * The observed school rows are first raked (2-way IPF) to the school's flow total n_j and, per group, to
 * the seed's total over those schools: the residential origin shares decide how many pupils of each
 * group the flows hold, the composition table only how they divide over the schools. That makes the
 * three margins consistent, so IPF converges to the table closest to the seed in Kullback-Leibler
 * divergence with those margins (Ireland & Kullback 1968, Biometrika 55:179-188) whenever one exists.
 * A school's composition of zero pupils in a group forces zeros (no pupil of that group there).
 *
 * Without any observed school row the seed already fits both other margins: it carries no information
 * on how groups choose differently, so a fit per group would only re-weight the postcodes. ChoiceModelFit
 * therefore fits one shared beta then and says so.
 */
class FlowGroupSplit
{
    Q_DECLARE_TR_FUNCTIONS(Mk::FlowGroupSplit)
public:
    struct Options {
        double tolerance = 1e-10; ///< largest relative margin error (|fitted - target| / max(1, target))
        int maxIterations = 2000; ///< full cycles over the three margins
    };

    /** The split flows and how well they meet the margins. */
    struct Result {
        std::vector<double> counts; ///< origins x schools x groups, row-major (g fastest)
        int iterations = 0;
        bool converged = false;
        double maxMarginError = 0.0; ///< relative, over all three margins after the last cycle
        int schoolsWithComposition = 0;
    };

    /** Fails when `data` has no groups or no school with an observed composition. */
    static Mk::Result<Result> split(const FlowFitData& data, const Options& options);
};

} // namespace Mk
