// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Mk {

class IndexInput;

/**
 * Why M changed between two tables (two years, or baseline and scenario), after Elbers (2021),
 * "A method for studying differences in segregation across time and space", Sociological Methods &
 * Research 52(1):5-42 (R package segregation, mutual_difference(method = "shapley")):
 *
 *   M2 - M1 = additions + removals + groupMarginal + unitMarginal + structural
 *
 * - additions  = M2 - M2°: units only in table 2 (new schools), M2° being M of table 2 restricted to the
 *   units present in both tables;
 * - removals   = M1° - M1: units only in table 1 (closed schools);
 * - the change M2° - M1° on the common units is split by Shapley values over three factors, each taken
 *   from table 1 or 2: the group marginal (city-wide composition), the unit marginal (school sizes) and
 *   the structure (the association left when both marginals are fixed). A table with the structure of
 *   table s and the marginals of tables a (units) and b (groups) is made by iterative proportional
 *   fitting (Deming & Stephan 1940) of table s to those margins; with v(S) = M of that table when the
 *   factors in S come from table 2, factor f gets
 *   phi_f = 1/3 [v({f}) - v({})] + 1/6 [v({f,g}) - v({g})] + 1/6 [v({f,h}) - v({h})] + 1/3 [v(all) - v({g,h})].
 * Both tables need the same groups (matched by name); units are matched by id.
 */
struct MutualInformationChange {
    Q_DECLARE_TR_FUNCTIONS(Mk::MutualInformationChange)

public:
    double before = 0.0;     ///< M1
    double after = 0.0;      ///< M2
    double difference = 0.0; ///< M2 - M1
    double additions = 0.0;
    double removals = 0.0;
    double groupMarginal = 0.0;
    double unitMarginal = 0.0;
    double structural = 0.0;
    qsizetype commonUnits = 0;
    qsizetype addedUnits = 0;
    qsizetype removedUnits = 0;
    /**
     * Every IPF reached its margins within 1e-10. False when a table's empty cells cannot carry the other
     * table's margins (e.g. a group that grows only in schools where it was absent): the five parts still
     * add up to the difference, but the split between the three Shapley parts is approximate.
     */
    bool converged = true;

    static Result<MutualInformationChange> compute(const IndexInput& before, const IndexInput& after);
    /** {before, after, difference, additions, removals, group_marginal, unit_marginal, structural, common_units, added_units,
     *  removed_units, converged}; NaN as null. The one JSON form of the split (indices --compare, scenario). */
    QJsonObject toJson() const;
};

} // namespace Mk
