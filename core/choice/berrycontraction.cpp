// SPDX-License-Identifier: GPL-3.0-or-later
#include "choice/berrycontraction.h"

#include <algorithm>
#include <cmath>

namespace Mk {

namespace {

Mk::Result<std::vector<double>> checkedDemand(const BerryContraction::Demand& demand, const std::vector<double>& delta)
{
    std::vector<double> d = demand(delta);
    if (d.size() != delta.size())
        return fail(ErrorCode::Internal, BerryContraction::tr("The demand function returned %1 values for %2 schools.")
                                             .arg(d.size())
                                             .arg(delta.size()));
    for (double v : d)
        if (!(v >= 0.0) || !std::isfinite(v))
            return fail(ErrorCode::Internal, BerryContraction::tr("The demand function returned a negative or non-finite demand (%1).").arg(v));
    return d;
}

} // namespace

Mk::Result<BerryContraction::Result> BerryContraction::run(std::vector<double> start, const std::vector<double>& observed,
                                                           const std::vector<bool>& censored, const Demand& demand,
                                                           const Options& options)
{
    const size_t n = start.size();
    if (observed.size() != n || (!censored.empty() && censored.size() != n))
        return fail(ErrorCode::InvalidArgument, tr("The contraction got %1 constants, %2 observed counts and %3 full-school flags; "
                                                   "they must be one per school.")
                                                    .arg(n)
                                                    .arg(observed.size())
                                                    .arg(censored.size()));
    if (!(options.damping > 0.0 && options.damping <= 1.0) || !(options.tolerance > 0.0) || options.maxIterations < 1
        || !(options.maxStep > 0.0))
        return fail(ErrorCode::InvalidArgument, tr("The contraction needs a damping in (0, 1], a tolerance and a largest step above 0 "
                                                   "and at least one iteration."));
    for (size_t j = 0; j < n; ++j)
        if (!(observed[j] >= 0.0) || !std::isfinite(observed[j]) || !std::isfinite(start[j]))
            return fail(ErrorCode::InvalidArgument, tr("School %1 has an observed count or a starting constant that is not a finite "
                                                       "number of at least 0.")
                                                        .arg(j + 1));
    Result out;
    out.delta = std::move(start);
    auto predicted = checkedDemand(demand, out.delta);
    if (!predicted)
        return predicted.error();
    out.status.resize(n);
    for (size_t j = 0; j < n; ++j)
        out.status[j] = !(observed[j] > 0.0)              ? SchoolStatus::NotObserved
                        : !((*predicted)[j] > 0.0)        ? SchoolStatus::NoDemand
                        : (!censored.empty() && censored[j]) ? SchoolStatus::Censored
                                                          : SchoolStatus::Calibrated;
    auto gap = [&](size_t j, const std::vector<double>& pred) {
        if (out.status[j] != SchoolStatus::Calibrated && out.status[j] != SchoolStatus::Censored)
            return 0.0;
        const double g = pred[j] > 0.0 ? std::log(observed[j]) - std::log(pred[j]) : options.maxStep / options.damping;
        return out.status[j] == SchoolStatus::Censored ? std::max(0.0, g) : g;
    };
    for (;;) {
        out.maxLogError = 0.0;
        for (size_t j = 0; j < n; ++j)
            out.maxLogError = std::max(out.maxLogError, std::abs(gap(j, *predicted)));
        if (out.maxLogError < options.tolerance) {
            out.converged = true;
            break;
        }
        if (out.iterations == options.maxIterations)
            break;
        ++out.iterations;
        for (size_t j = 0; j < n; ++j)
            out.delta[j] += std::clamp(options.damping * gap(j, *predicted), -options.maxStep, options.maxStep);
        predicted = checkedDemand(demand, out.delta);
        if (!predicted)
            return predicted.error();
    }
    out.demand = std::move(*predicted);
    return out;
}

} // namespace Mk
