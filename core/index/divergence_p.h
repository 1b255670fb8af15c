// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cmath>

namespace Mk::detail {

/**
 * Local segregation score of one unit, ls = sum_k p_k ln(p_k / P_k) with p_k = row[k] / total
 * (Elbers, R package segregation, mutual_local); lnP[k] = ln P_k. 0 ln 0 = 0.
 */
inline double unitDivergence(const double* row, qsizetype groupCount, double total, const double* lnP)
{
    double ls = 0.0;
    for (qsizetype k = 0; k < groupCount; ++k) {
        const double p = row[k] / total;
        if (p > 0)
            ls += p * (std::log(p) - lnP[k]);
    }
    return ls;
}

} // namespace Mk::detail
