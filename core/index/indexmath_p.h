// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <cmath>

namespace Mk::detail {

constexpr int kLogTableSize = 16384;

/**
 * ln v, looked up when v is a whole number below kLogTableSize (counts of pupils usually are) and
 * std::log otherwise. Entries are std::log of the same number, so results do not depend on the path;
 * it turns the n x K logarithms of the indices into lookups plus one logarithm of a share difference.
 */
inline double logOfCount(double v)
{
    static const std::array<double, kLogTableSize> table = [] {
        std::array<double, kLogTableSize> t{};
        for (int i = 0; i < kLogTableSize; ++i)
            t[static_cast<size_t>(i)] = std::log(static_cast<double>(i));
        return t;
    }();
    if (v >= 0 && v < kLogTableSize) {
        const auto i = static_cast<int>(v);
        if (static_cast<double>(i) == v)
            return table[static_cast<size_t>(i)];
    }
    return std::log(v);
}

/**
 * Local segregation score of one unit, ls = sum_k p_k ln(p_k / P_k) with p_k = row[k] / total
 * (Elbers, R package segregation, mutual_local); lnP[k] = ln P_k. 0 ln 0 = 0.
 */
inline double unitDivergence(const double* row, qsizetype groupCount, double total, const double* lnP)
{
    const double lnTotal = logOfCount(total);
    double ls = 0.0;
    for (qsizetype k = 0; k < groupCount; ++k)
        if (row[k] > 0)
            ls += row[k] / total * (logOfCount(row[k]) - lnTotal - lnP[k]);
    return ls;
}

} // namespace Mk::detail
