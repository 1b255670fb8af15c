// SPDX-License-Identifier: GPL-3.0-or-later
#include "choice/flowgroupsplit.h"

#include "choice/flowfitdata.h"

#include <algorithm>
#include <cmath>

namespace Mk {

namespace {

/** Factor that scales `fitted` to `target`; 0 fitted stays 0 (IPF cannot create mass in a zero cell). */
double factor(double target, double fitted)
{
    return fitted > 0.0 ? target / fitted : 1.0;
}

double relativeError(double fitted, double target)
{
    return std::abs(fitted - target) / std::max(1.0, target);
}

/**
 * Scales the rows (byRow) or the columns of a rows x cols table to `targets`; returns the worst relative
 * error of those lines before the scaling.
 */
double scaleLines(std::vector<double>& table, size_t rows, size_t cols, const std::vector<double>& targets, bool byRow)
{
    const size_t lines = byRow ? rows : cols, length = byRow ? cols : rows;
    auto at = [&](size_t line, size_t k) -> double& { return byRow ? table[line * cols + k] : table[k * cols + line]; };
    double worst = 0.0;
    for (size_t l = 0; l < lines; ++l) {
        double sum = 0.0;
        for (size_t k = 0; k < length; ++k)
            sum += at(l, k);
        worst = std::max(worst, relativeError(sum, targets[l]));
        const double f = factor(targets[l], sum);
        for (size_t k = 0; k < length; ++k)
            at(l, k) *= f;
    }
    return worst;
}

/**
 * Rakes a rows x cols table to row and column targets (2-way IPF). Returns false when a positive column
 * target meets a column without mass, which no scaling can fill.
 */
bool rake(std::vector<double>& table, size_t rows, size_t cols, const std::vector<double>& rowTargets,
          const std::vector<double>& colTargets, const FlowGroupSplit::Options& options)
{
    for (size_t c = 0; c < cols; ++c) {
        double mass = 0.0;
        for (size_t r = 0; r < rows; ++r)
            mass += table[r * cols + c];
        if (!(mass > 0.0) && colTargets[c] > 0.0)
            return false;
    }
    for (int it = 0; it < options.maxIterations; ++it) {
        const double rowError = scaleLines(table, rows, cols, rowTargets, true);
        const double colError = scaleLines(table, rows, cols, colTargets, false);
        if (std::max(rowError, colError) < options.tolerance)
            break;
    }
    return true;
}

} // namespace

Mk::Result<FlowGroupSplit::Result> FlowGroupSplit::split(const FlowFitData& data, const Options& options)
{
    const auto I = static_cast<size_t>(data.originCount());
    const auto J = static_cast<size_t>(data.schoolCount());
    const auto G = static_cast<size_t>(data.groupCount());
    if (G < 2 || data.originGroupShares.size() != I * G)
        return fail(ErrorCode::InvalidArgument, tr("The flows have no group shares per postcode, so they cannot be split by group."));
    std::vector<size_t> observed; // schools with a composition row and pupils in the flows
    for (size_t j = 0; j < J; ++j)
        if (data.hasSchoolGroupTotals(static_cast<qsizetype>(j)) && data.schoolTotal(static_cast<qsizetype>(j)) > 0.0)
            observed.push_back(j);
    if (observed.empty())
        return fail(ErrorCode::NotFound, tr("No school of the flows has an observed composition of \"%1\", so the flows carry no "
                                            "information on how the groups choose differently.")
                                             .arg(data.characteristic));

    Result out;
    out.schoolsWithComposition = static_cast<int>(observed.size());
    std::vector<double>& x = out.counts;
    x.resize(I * J * G);
    std::vector<double> originGroup(I * G, 0.0);
    for (size_t i = 0; i < I; ++i) {
        const double ni = data.originTotal(static_cast<qsizetype>(i));
        for (size_t g = 0; g < G; ++g) {
            const double s = data.originGroupShares[i * G + g];
            originGroup[i * G + g] = ni * s;
            for (size_t j = 0; j < J; ++j)
                x[(i * J + j) * G + g] = data.count(static_cast<qsizetype>(i), static_cast<qsizetype>(j)) * s;
        }
    }
    // The observed block, raked to the flows' school totals and the seed's group totals over those schools.
    const size_t C = observed.size();
    std::vector<double> schoolGroup(C * G), rowTargets(C), colTargets(G, 0.0);
    for (size_t c = 0; c < C; ++c) {
        const size_t j = observed[c];
        rowTargets[c] = data.schoolTotal(static_cast<qsizetype>(j));
        for (size_t g = 0; g < G; ++g) {
            schoolGroup[c * G + g] = data.schoolGroupTotals[j * G + g];
            for (size_t i = 0; i < I; ++i)
                colTargets[g] += x[(i * J + j) * G + g];
        }
    }
    if (!rake(schoolGroup, C, G, rowTargets, colTargets, options))
        return fail(ErrorCode::InvalidValue, tr("The observed school compositions of \"%1\" have no pupils in a group that the "
                                                "postcodes of their pupils do have, so the flows cannot be split to match them.")
                                                 .arg(data.characteristic));

    // The three margins of x, and the factor each cell gets from one of them.
    auto at = [&](size_t i, size_t j, size_t g) -> double& { return x[(i * J + j) * G + g]; };
    std::vector<double> originSchoolTarget(I * J);
    for (size_t i = 0; i < I; ++i)
        for (size_t j = 0; j < J; ++j)
            originSchoolTarget[i * J + j] = data.count(static_cast<qsizetype>(i), static_cast<qsizetype>(j));
    auto sums = [&](int margin) {
        std::vector<double> totals(margin == 0 ? I * J : margin == 1 ? I * G : C * G, 0.0);
        for (size_t i = 0; i < I; ++i)
            for (size_t c = 0; c < (margin == 2 ? C : J); ++c)
                for (size_t g = 0; g < G; ++g) {
                    const size_t j = margin == 2 ? observed[c] : c;
                    totals[margin == 0 ? i * J + j : margin == 1 ? i * G + g : c * G + g] += at(i, j, g);
                }
        return totals;
    };
    const std::vector<double>* targets[] = {&originSchoolTarget, &originGroup, &schoolGroup};
    auto scale = [&](int margin) {
        const std::vector<double> fitted = sums(margin);
        const std::vector<double>& target = *targets[margin];
        for (size_t i = 0; i < I; ++i)
            for (size_t c = 0; c < (margin == 2 ? C : J); ++c)
                for (size_t g = 0; g < G; ++g) {
                    const size_t j = margin == 2 ? observed[c] : c;
                    const size_t m = margin == 0 ? i * J + j : margin == 1 ? i * G + g : c * G + g;
                    at(i, j, g) *= factor(target[m], fitted[m]);
                }
    };
    auto marginError = [&] {
        double worst = 0.0;
        for (int margin = 0; margin < 3; ++margin) {
            const std::vector<double> fitted = sums(margin);
            for (size_t m = 0; m < fitted.size(); ++m)
                worst = std::max(worst, relativeError(fitted[m], (*targets[margin])[m]));
        }
        return worst;
    };
    auto cycle = [&] {
        for (int margin = 0; margin < 3; ++margin)
            scale(margin);
    };
    for (out.iterations = 1; out.iterations <= options.maxIterations; ++out.iterations) {
        cycle();
        out.maxMarginError = marginError();
        if (out.maxMarginError < options.tolerance) {
            out.converged = true;
            break;
        }
    }
    out.iterations = std::min(out.iterations, options.maxIterations);
    return out;
}

} // namespace Mk
