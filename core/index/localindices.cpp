// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/localindices.h"

#include "index/indexinput.h"
#include "index/indexmath_p.h"

#include <cmath>

namespace Mk {

LocalIndices LocalIndices::compute(const IndexInput& input)
{
    const qsizetype n = input.unitCount();
    const qsizetype K = input.groupCount();
    const double T = input.total();
    const auto cells = static_cast<size_t>(n * K);
    std::vector<double> P(static_cast<size_t>(K)), lnP(static_cast<size_t>(K));
    double I = 0.0;
    for (qsizetype k = 0; k < K; ++k) {
        P[k] = input.groupShare(k);
        lnP[k] = std::log(P[k]);
        I += P[k] * (1 - P[k]);
    }
    const double lnK = std::log(static_cast<double>(K));

    LocalIndices r;
    r.unitIds = input.unitIds();
    r.weight.resize(static_cast<size_t>(n));
    r.shares.resize(cells);
    r.locationQuotient.resize(cells);
    r.entropy.resize(static_cast<size_t>(n));
    r.normalizedEntropy.resize(static_cast<size_t>(n));
    r.localM.resize(static_cast<size_t>(n));
    r.localDissimilarity.resize(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        const double t = input.unitTotal(i);
        const double* row = input.row(i);
        // One log-count lookup per cell serves both the entropy and ls_i.
        double e = 0.0, ls = 0.0, absU = 0.0;
        const double lnTotal = t > 0 ? detail::logOfCount(t) : 0.0;
        for (qsizetype k = 0; k < K; ++k) {
            const double p = t > 0 ? row[k] / t : 0.0;
            r.shares[i * K + k] = p;
            r.locationQuotient[i * K + k] = p / P[k];
            absU += std::abs(p - P[k]);
            if (p > 0) {
                const double lp = detail::logOfCount(row[k]) - lnTotal;
                e -= p * lp;
                ls += p * (lp - lnP[k]);
            }
        }
        r.weight[i] = t / T;
        r.entropy[i] = e;
        r.normalizedEntropy[i] = e / lnK;
        r.localM[i] = ls;
        r.localDissimilarity[i] = t * absU / (2 * T * I);
    }
    return r;
}

} // namespace Mk
