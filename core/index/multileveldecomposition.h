// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <vector>

namespace Mk {

class IndexInput;

/**
 * Multilevel split of M for nested groupings, e.g. gemeente > wijk > school: by the chain rule of
 * mutual information, M(G;U) = M(G;L1) + [M(G;L1,L2) - M(G;L1)] + ... + [M(G;U) - M(G;L1..Lk)], each
 * bracket being the population-weighted M within the areas of the level above (Theil 1971;
 * Elbers, R package segregation, mutual_total_nested). H parts are the M parts divided by E.
 */
struct MultilevelDecomposition {
    Q_DECLARE_TR_FUNCTIONS(Mk::MultilevelDecomposition)

public:
    double total = 0.0;            ///< M
    double entropy = 0.0;          ///< E, so H part = M part / E
    std::vector<double> levelParts; ///< levels.size() + 1 parts: between top-level areas, ..., between units within the lowest level

    /**
     * `levels[l][i]` is the label of unit i at level l, outermost level first. Each level must nest in
     * the one above: two units with the same label share the labels of all higher levels.
     */
    static Result<MultilevelDecomposition> compute(const IndexInput& input, const QList<QStringList>& levels);
};

} // namespace Mk
