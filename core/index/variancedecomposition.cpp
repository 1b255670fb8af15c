// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/variancedecomposition.h"

#include <algorithm>
#include <cmath>

namespace Mk {

Result<VarianceDecomposition> VarianceDecomposition::compute(const QStringList& unitIds, const std::vector<double>& counts,
                                                             const std::vector<double>& means, const std::vector<double>& spreads,
                                                             Spread spread)
{
    const auto n = static_cast<size_t>(unitIds.size());
    if (counts.size() != n || means.size() != n || spreads.size() != n)
        return fail(ErrorCode::InvalidArgument, tr("Counts, means and spreads must be given for each of the %1 schools.").arg(n));
    double N = 0.0, sum = 0.0, ss = 0.0;
    VarianceDecomposition r;
    for (size_t i = 0; i < n; ++i) {
        const QString& id = unitIds[static_cast<qsizetype>(i)];
        if (!std::isfinite(counts[i]) || counts[i] < 0)
            return fail(ErrorCode::InvalidValue, tr("School \"%1\": the pupil count is negative or not a number.").arg(id));
        if (counts[i] == 0)
            continue;
        if (!std::isfinite(means[i]))
            return fail(ErrorCode::InvalidValue, tr("School \"%1\": the mean score is missing or not a number.").arg(id));
        if (!std::isfinite(spreads[i]) || spreads[i] < 0)
            return fail(ErrorCode::InvalidValue, tr("School \"%1\": the spread is missing, negative or not a number.").arg(id));
        N += counts[i];
        sum += counts[i] * means[i];
        const double dof = spread == Spread::Population ? counts[i] : std::max(0.0, counts[i] - 1);
        ss += dof * spreads[i] * spreads[i];
        ++r.unitsUsed;
    }
    if (!(N > 0))
        return fail(ErrorCode::EmptyInput, tr("No school has pupils; the variance cannot be split."));
    r.mean = sum / N;
    double between = 0.0;
    for (size_t i = 0; i < n; ++i)
        if (counts[i] > 0)
            between += counts[i] * (means[i] - r.mean) * (means[i] - r.mean);
    r.between = between / N;
    r.within = ss / N;
    r.total = r.between + r.within;
    r.betweenShare = r.total > 0 ? r.between / r.total : 0.0;
    return r;
}

} // namespace Mk
