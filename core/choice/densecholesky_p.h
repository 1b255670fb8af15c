// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <utility>
#include <vector>

namespace Mk::detail {

/**
 * A symmetric positive definite n x n matrix (row-major) and its Cholesky factor L (A = L L^T; Golub &
 * Van Loan 2013, Matrix Computations, 4th ed., alg. 4.2.1). The matrices of the choice model fit are
 * information matrices of at most a few hundred school constants, so dense is the simple and fast choice.
 */
class DenseCholesky
{
public:
    /** Factors `a`; valid() is false when `a` is not positive definite (to rounding). */
    DenseCholesky(std::vector<double> a, size_t n) : m_l(std::move(a)), m_n(n)
    {
        for (size_t j = 0; j < n && m_valid; ++j) {
            double d = m_l[j * n + j];
            for (size_t k = 0; k < j; ++k)
                d -= m_l[j * n + k] * m_l[j * n + k];
            if (!(d > 0.0) || !std::isfinite(d)) {
                m_valid = false;
                break;
            }
            const double root = std::sqrt(d);
            m_l[j * n + j] = root;
            for (size_t i = j + 1; i < n; ++i) {
                double s = m_l[i * n + j];
                for (size_t k = 0; k < j; ++k)
                    s -= m_l[i * n + k] * m_l[j * n + k];
                m_l[i * n + j] = s / root;
            }
        }
    }

    bool valid() const { return m_valid; }

    /** Solves A x = b in place. */
    void solve(double* b) const
    {
        for (size_t i = 0; i < m_n; ++i) {
            double s = b[i];
            for (size_t k = 0; k < i; ++k)
                s -= m_l[i * m_n + k] * b[k];
            b[i] = s / m_l[i * m_n + i];
        }
        for (size_t i = m_n; i-- > 0;) {
            double s = b[i];
            for (size_t k = i + 1; k < m_n; ++k)
                s -= m_l[k * m_n + i] * b[k];
            b[i] = s / m_l[i * m_n + i];
        }
    }

    /** A^-1, row-major. */
    std::vector<double> inverse() const
    {
        std::vector<double> out(m_n * m_n, 0.0);
        std::vector<double> column(m_n);
        for (size_t c = 0; c < m_n; ++c) {
            std::fill(column.begin(), column.end(), 0.0);
            column[c] = 1.0;
            solve(column.data());
            for (size_t r = 0; r < m_n; ++r)
                out[r * m_n + c] = column[r];
        }
        return out;
    }

private:
    std::vector<double> m_l;
    size_t m_n = 0;
    bool m_valid = true;
};

} // namespace Mk::detail
