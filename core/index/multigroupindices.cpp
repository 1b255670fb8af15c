// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/multigroupindices.h"

#include "index/indexmath_p.h"
#include "index/indexinput.h"

#include <cmath>
#include <limits>
#include <vector>

namespace Mk {

namespace {

/** Blair & Lacy's ordinal variation of cumulative shares c_1..c_{K-1}, as used by Reardon (2009). */
double ordinalVariationOf(const double* counts, qsizetype K, double total)
{
    double cumulative = 0.0, sum = 0.0;
    for (qsizetype k = 0; k + 1 < K; ++k) {
        cumulative += counts[k];
        const double c = cumulative / total;
        sum += 4 * c * (1 - c);
    }
    return sum / static_cast<double>(K - 1);
}

} // namespace

MultigroupIndices MultigroupIndices::compute(const IndexInput& input)
{
    const qsizetype n = input.unitCount();
    const qsizetype K = input.groupCount();
    const double T = input.total();
    std::vector<double> P(static_cast<size_t>(K)), lnP(static_cast<size_t>(K)), neWeight(static_cast<size_t>(K));
    double I = 0.0, E = 0.0;
    for (qsizetype k = 0; k < K; ++k) {
        const double pk = input.groupShare(k);
        P[k] = pk;
        lnP[k] = std::log(pk);
        neWeight[k] = 1 / (1 - pk);
        I += pk * (1 - pk);
        E -= pk > 0 ? pk * lnP[k] : 0.0;
    }
    double sumAbs = 0.0, sumM = 0.0, sumNE = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        const double t = input.unitTotal(i);
        if (!(t > 0))
            continue;
        const double* row = input.row(i);
        double absU = 0.0, neU = 0.0;
        for (qsizetype k = 0; k < K; ++k) {
            const double d = row[k] / t - P[k];
            absU += std::abs(d);
            neU += d * d * neWeight[k];
        }
        sumAbs += t * absU;
        sumM += t * detail::unitDivergence(row, K, t, lnP.data());
        sumNE += t * neU;
    }
    MultigroupIndices r;
    r.dissimilarity = sumAbs / (2 * T * I);
    r.mutualInformation = sumM / T;
    r.entropy = E;
    r.theilH = r.mutualInformation / E;
    r.normalizedExposure = sumNE / T;
    r.ordinalVariation = std::numeric_limits<double>::quiet_NaN();
    if (input.isOrdered()) {
        const double v = ordinalVariationOf(input.groupTotals().data(), K, T);
        double sumV = 0.0;
        for (qsizetype i = 0; i < n; ++i) {
            const double t = input.unitTotal(i);
            if (t > 0)
                sumV += t * (v - ordinalVariationOf(input.row(i), K, t));
        }
        r.ordinalVariation = sumV / (T * v);
    }
    return r;
}

double MultigroupIndices::mutualInformationOf(const IndexInput& input)
{
    const qsizetype K = input.groupCount();
    const double T = input.total();
    std::vector<double> lnP(static_cast<size_t>(K));
    for (qsizetype k = 0; k < K; ++k)
        lnP[k] = std::log(input.groupShare(k));
    double sum = 0.0;
    for (qsizetype i = 0; i < input.unitCount(); ++i) {
        const double t = input.unitTotal(i);
        if (!(t > 0))
            continue;
        sum += t * detail::unitDivergence(input.row(i), K, t, lnP.data());
    }
    return sum / T;
}

} // namespace Mk
