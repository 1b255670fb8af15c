// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Mk {

class IndexInput;

/**
 * Exact split of the mutual information index M (and Theil's H) into a part between areas and a part
 * within areas, for any grouping of units into areas (schools into wijken, denominations, po vs vo).
 *
 * With c an area, p_c = t_c / T its population share, M_c and E_c the M index and group entropy
 * computed inside area c alone, and E the entropy of the whole table:
 *   M = M_between + M_within,  M_between = M of the areas x groups table,  M_within = sum_c p_c M_c;
 *   H = H_between + H_within,  H_between = M_between / E,  H_within = sum_c p_c (E_c / E) H_c.
 * (Theil 1971; Mora & Ruiz-Castillo 2011, Sociological Methodology 41:159-194; Elbers, R package
 * segregation, mutual_total(within=) and mutual_within.)
 */
struct EntropyDecomposition {
    Q_DECLARE_TR_FUNCTIONS(Mk::EntropyDecomposition)

public:
    /** One area's share of the within part. */
    struct Area {
        QString id;
        qsizetype unitCount = 0;
        double weight = 0.0;            ///< p_c
        double entropy = 0.0;           ///< E_c
        double mutualInformation = 0.0; ///< M_c
        double theilH = 0.0;            ///< H_c = M_c / E_c (0 when E_c = 0)
    };

    double total = 0.0;   ///< M
    double between = 0.0; ///< M_between
    double within = 0.0;  ///< M_within
    double totalH = 0.0;
    double betweenH = 0.0;
    double withinH = 0.0;
    QList<Area> areas; ///< in order of first appearance

    /** `areaOfUnit[i]` is the area of unit i of `input` (same order as input.unitIds()); none may be empty. */
    static Result<EntropyDecomposition> compute(const IndexInput& input, const QStringList& areaOfUnit);
};

} // namespace Mk
