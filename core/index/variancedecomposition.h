// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace Mk {

/**
 * Between-school share of the variance of a continuous score (SES-WOA, schoolweging) known per school
 * only as pupil count n_i, mean m_i and within-school spread s_i.
 *
 * Law of total variance (one-way ANOVA, Fisher 1925): with N = sum n_i and mu = sum n_i m_i / N,
 *   between = sum_i n_i (m_i - mu)^2 / N,   within = sum_i SS_i / N,   total = between + within,
 *   betweenShare = between / total   (the correlation ratio eta^2; the "between-school variance share"
 *   of OECD PISA reports), where SS_i = n_i s_i^2 for a population spread and (n_i - 1) s_i^2 for a
 *   sample spread.
 */
struct VarianceDecomposition {
    Q_DECLARE_TR_FUNCTIONS(Mk::VarianceDecomposition)

public:
    enum class Spread { Population, Sample };

    double mean = 0.0;
    double between = 0.0;
    double within = 0.0;
    double total = 0.0;
    double betweenShare = 0.0;
    qsizetype unitsUsed = 0; ///< schools with n_i > 0

    /** Fails naming the school when a count, mean or spread is negative or not a number. */
    static Result<VarianceDecomposition> compute(const QStringList& unitIds, const std::vector<double>& counts,
                                                 const std::vector<double>& means, const std::vector<double>& spreads,
                                                 Spread spread = Spread::Population);
};

} // namespace Mk
