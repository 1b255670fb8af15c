// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Mk {

class IndexInput;

/**
 * The classic two-group indices of one group x against the rest y = t - x of the same units.
 *
 * Notation (per unit i): x_i count of the group, t_i unit total, y_i = t_i - x_i, p_i = x_i / t_i;
 * X = sum x_i, T = sum t_i, P = X / T. Units with t_i = 0 contribute nothing. Formulas as in
 * pysal/segregation 2.5 (Cortes, Rey, Knaap, Wolf; the singlegroup folder), whose values the tests reproduce:
 * - dissimilarity  D = sum_i t_i |p_i - P| / (2 T P (1 - P))            (Duncan & Duncan 1955)
 * - gini           G = sum_i sum_j t_i t_j |p_i - p_j| / (2 T^2 P (1 - P)) (Duncan & Duncan 1955),
 *                  evaluated in O(n log n): after sorting by p, sum_{i<j} t_i t_j (p_j - p_i)
 *                  = sum_j t_j (p_j C_j - S_j) with C_j = sum_{i<j} t_i, S_j = sum_{i<j} t_i p_i
 * - theilH         H = sum_i t_i (E - E_i) / (E T), E = P ln(1/P) + (1-P) ln(1/(1-P)), E_i the same
 *                  with p_i and 0 ln 0 = 0                                (Theil & Finizza 1971)
 * - isolation      xPx = sum_i (x_i / X)(x_i / t_i)                        (Lieberson 1981)
 * - exposure       xPy = sum_i (x_i / X)(y_i / t_i), so xPx + xPy = 1       (Lieberson 1981)
 * - correlationRatio  V = (xPx - P) / (1 - P)                              (Bell 1954; White 1986)
 * - atkinson(b)    A = 1 - (P / (1-P)) |sum_i (1-p_i)^(1-b) p_i^b t_i / (P T)|^(1/(1-b))
 *                  for b = 0.1, 0.5, 0.9                                   (Atkinson 1970; Massey & Denton 1988)
 * Massey & Denton (1988), "The dimensions of residential segregation", Social Forces 67(2):281-315,
 * review all of them.
 */
struct TwoGroupIndices {
    double dissimilarity = 0.0;
    double gini = 0.0;
    double theilH = 0.0;
    double isolation = 0.0;
    double exposure = 0.0;
    double correlationRatio = 0.0;
    double atkinson01 = 0.0;
    double atkinson05 = 0.0;
    double atkinson09 = 0.0;

    /** Group `group` of `input` against the sum of all other groups. NaN when the group or the rest is empty. */
    static TwoGroupIndices compute(const IndexInput& input, qsizetype group);
};

} // namespace Mk
