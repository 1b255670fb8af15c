// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "model/grouptable.h"
#include "model/school.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Mk {

struct FlowTable;

/**
 * Estimated school composition for gemeenten without a per-school table: the mix of the children in
 * the areas a school draws from, scaled to the school's observed pupil count. The result is a
 * GroupTable with `estimated = true`; every view must label it *estimate*.
 *
 * Two sources, in order of preference:
 *  - fromFlows (used whenever DUO pupils-by-PC4 data exist): share_k(s) = sum_p f_sp * c_pk / sum_p f_sp,
 *    with f_sp the pupils of school s living in PC4 p and c_pk the share of group k among the children
 *    of PC4 area p. It uses where each school's pupils really live, so it already contains the part of
 *    school choice that shows between postcodes; sorting *within* a postcode stays invisible, so
 *    segregation computed from it is a lower bound. PC4s without an area in the gemeente are left out
 *    and the school's mix is taken from its other pupils (their share is reported).
 *  - fromCatchments: the school has the mix of its catchment (e.g. its nearest-school area). This is
 *    the residential counterfactual itself, so it cannot show choice; it is the fallback only.
 * Counts = share x pupils, pupils = the DUO pupil count or, when absent, the school's total in the flows.
 */
class SchoolCompositionEstimator
{
    Q_DECLARE_TR_FUNCTIONS(Mk::SchoolCompositionEstimator)
public:
    /** `postcodeComposition`: children per group for each PC4 area (unitIds = PC4 codes). */
    static GroupTable fromFlows(const QList<School>& schools, const FlowTable& flows, const GroupTable& postcodeComposition,
                                Diagnostics& diagnostics);
    /** `catchmentComposition`: children per group in each school's catchment (unitIds = school ids). */
    static GroupTable fromCatchments(const QList<School>& schools, const GroupTable& catchmentComposition,
                                     Diagnostics& diagnostics);
    /** The school's pupil count: DUO's count, else its total in `flows` (may be null). */
    static std::optional<double> pupilCount(const School& school, const FlowTable* flows);
    /** Where pupilCount takes the count from: the school's own source, or PupilFlows for the fallback. */
    static PupilSource pupilSource(const School& school);
};

} // namespace Mk
