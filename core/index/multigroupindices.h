// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Mk {

class IndexInput;

/**
 * Indices over all K groups of a table at once.
 *
 * Notation: t_ik counts, t_i unit totals, T total, p_ik = t_ik / t_i, P_k = sum_i t_ik / T,
 * I = sum_k P_k (1 - P_k) (Simpson interaction), E = sum_k P_k ln(1/P_k) (entropy, nats).
 * Units with t_i = 0 contribute nothing; 0 ln 0 = 0.
 * - dissimilarity       D = sum_i sum_k t_i |p_ik - P_k| / (2 T I)      (Morgan 1975; Sakoda 1981;
 *                       pysal multigroup/multi_dissim.py)
 * - mutualInformation   M = sum_i (t_i / T) sum_k p_ik ln(p_ik / P_k)   (Theil & Finizza 1971;
 *                       Frankel & Volij 2011, J. Econ. Theory 146:1-38; Elbers, R package segregation,
 *                       mutual_total)
 * - theilH              H = M / E                                        (Theil 1972; Reardon & Firebaugh 2002,
 *                       Sociological Methodology 32:33-67)
 * - normalizedExposure  NE = sum_i sum_k t_i (p_ik - P_k)^2 / (1 - P_k) / T   (James 1986; Reardon &
 *                       Firebaugh 2002; pysal multigroup/multi_norm_exposure.py)
 * - entropy             E
 * - ordinalVariation    only for ordered groups (lowest tier first): with cumulative shares
 *                       c_k = sum_{j<=k} P_k and the ordinal variation v = 1/(K-1) sum_{k<K} 4 c_k (1 - c_k),
 *                       v_i the same within unit i: Lambda = sum_i t_i (v - v_i) / (T v)
 *                       (Reardon 2009, "Measures of ordinal segregation", Research on Economic
 *                       Inequality 17:129-155, ordinal variation ratio index); NaN for unordered groups.
 */
struct MultigroupIndices {
    double dissimilarity = 0.0;
    double theilH = 0.0;
    double mutualInformation = 0.0;
    double normalizedExposure = 0.0;
    double entropy = 0.0;
    double ordinalVariation = 0.0;

    static MultigroupIndices compute(const IndexInput& input);
    /** M alone (the kernel of decompositions and simulations). */
    static double mutualInformationOf(const IndexInput& input);
};

} // namespace Mk
