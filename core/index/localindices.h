// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

namespace Mk {

class IndexInput;

/**
 * Per-unit (per school) indices, in the unit order of the input. Matrices are units x groups, row-major.
 *
 * Notation as in MultigroupIndices (p_ik = t_ik / t_i, P_k, I = sum_k P_k (1 - P_k), K groups).
 * - weight               w_i = t_i / T
 * - shares               p_ik
 * - locationQuotient     LQ_ik = p_ik / P_k                          (Isard 1960; pysal local_multi_location_quotient.py)
 * - entropy              e_i = -sum_k p_ik ln p_ik, in nats         (pysal local_multi_diversity.py)
 * - normalizedEntropy    e_i / ln K over all K groups               (pysal local_multi_entropy.py)
 * - localM               ls_i = sum_k p_ik ln(p_ik / P_k); sum_i w_i ls_i = M   (Elbers, R package
 *                        segregation, mutual_local; Frankel & Volij 2011)
 * - localDissimilarity   d_i = t_i sum_k |p_ik - P_k| / (2 T I); sum_i d_i = multigroup D
 *                        (Feitosa et al. 2007, Int. J. Geogr. Inf. Sci. 21(3):299-323, local dissimilarity)
 */
struct LocalIndices {
    QStringList unitIds;
    std::vector<double> weight;
    std::vector<double> shares;
    std::vector<double> locationQuotient;
    std::vector<double> entropy;
    std::vector<double> normalizedEntropy;
    std::vector<double> localM;
    std::vector<double> localDissimilarity;

    static LocalIndices compute(const IndexInput& input);
};

} // namespace Mk
