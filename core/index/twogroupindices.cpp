// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/twogroupindices.h"

#include "index/indexinput.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace Mk {

namespace {

double binaryEntropy(double p)
{
    double e = 0.0;
    if (p > 0)
        e -= p * std::log(p);
    if (p < 1)
        e -= (1 - p) * std::log1p(-p);
    return e;
}

} // namespace

TwoGroupIndices TwoGroupIndices::compute(const IndexInput& input, qsizetype group)
{
    const double T = input.total();
    const double X = input.groupTotal(group);
    const double P = X / T;
    if (!(X > 0) || !(X < T)) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        return {nan, nan, nan, nan, nan, nan, nan, nan, nan};
    }
    const double E = binaryEntropy(P);
    const qsizetype n = input.unitCount();
    const qsizetype K = input.groupCount();
    const double* cells = input.counts().data();
    const double* totals = input.unitTotals().data();

    double sumAbs = 0.0, sumIso = 0.0, sumExp = 0.0, sumTheil = 0.0, sumA01 = 0.0, sumA05 = 0.0, sumA09 = 0.0;
    std::vector<std::pair<double, double>> byShare; // (p_i, t_i), sorted for the Gini
    byShare.reserve(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        const double t = totals[i];
        if (!(t > 0))
            continue;
        const double x = cells[i * K + group];
        const double p = x / t;
        const double q = 1 - p;
        byShare.emplace_back(p, t);
        sumAbs += t * std::abs(p - P);
        sumIso += x * p;
        sumExp += x * q;
        // ln p and ln(1-p) serve the entropy and both asymmetric Atkinson terms:
        // p^0.9 (1-p)^0.1 = p (1-p) / (p^0.1 (1-p)^0.9), so one exp gives both.
        double ei = 0.0;
        if (p > 0 && q > 0) {
            const double lp = std::log(p);
            const double lq = std::log1p(-p);
            ei = -p * lp - q * lq;
            const double a01 = std::exp(0.1 * lp + 0.9 * lq);
            sumA01 += a01 * t;
            sumA09 += p * q / a01 * t;
            sumA05 += std::sqrt(p * q) * t;
        }
        sumTheil += t * (E - ei);
    }

    std::sort(byShare.begin(), byShare.end());
    double cumT = 0.0, cumX = 0.0, giniSum = 0.0;
    for (const auto& [p, t] : byShare) {
        giniSum += t * (p * cumT - cumX);
        cumT += t;
        cumX += t * p;
    }

    const double PQ = P * (1 - P);
    TwoGroupIndices r;
    r.dissimilarity = sumAbs / (2 * T * PQ);
    r.gini = giniSum / (T * T * PQ);
    r.theilH = sumTheil / (E * T);
    r.isolation = sumIso / X;
    r.exposure = sumExp / X;
    r.correlationRatio = (r.isolation - P) / (1 - P);
    const auto atkinson = [&](double b, double sum) { return 1 - P / (1 - P) * std::pow(std::abs(sum / (P * T)), 1 / (1 - b)); };
    r.atkinson01 = atkinson(0.1, sumA01);
    r.atkinson05 = atkinson(0.5, sumA05);
    r.atkinson09 = atkinson(0.9, sumA09);
    return r;
}

} // namespace Mk
