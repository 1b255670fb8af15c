// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"
#include "catchment/catchment.h"
#include "catchment/postcodeareabuilder.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <vector>

namespace Mk {

struct PupilFlow;
struct School;

/** Pupils per school (rows) and home PC4 (columns), from DUO's pupils-by-postcode file. */
struct FlowTable {
    QStringList schoolIds;
    QStringList postcodes; ///< sorted
    std::vector<double> pupils; ///< row-major schools x postcodes; a "<5" cell counts 2.5 (PupilFlow::estimatedPupils)

    double at(qsizetype school, qsizetype postcode) const
    {
        return pupils[static_cast<size_t>(school * postcodes.size() + postcode)];
    }
    double schoolTotal(qsizetype school) const;
};

/**
 * Observed catchments (empirical voedingsgebied): for each school, the smallest set of postcode areas
 * that together supply at least `share` of its pupils. Taking postcodes in order of decreasing supply
 * gives the smallest such set (ties broken by PC4 code, so runs are reproducible). The polygon is the
 * union of those PC4s' areas inside the gemeente; pupils from PC4s without an area (another gemeente,
 * abroad) count in the share but add no polygon, and their share is reported as `unmappedShare`.
 */
class ObservedCatchmentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Mk::ObservedCatchmentBuilder)
public:
    static constexpr double kDefaultShare = 0.8;

    /** The flow table of `schools` (schools without flows get a zero row). */
    static FlowTable flowTable(const QList<School>& schools, const QList<PupilFlow>& flows);

    /** One catchment per school with pupils in the flow table; fails when share is not in (0, 1]. */
    static Result<QList<Catchment>> build(const QList<School>& schools, const FlowTable& flows,
                                          const QList<PostcodeArea>& postcodeAreas, double share, Diagnostics& diagnostics);
};

} // namespace Mk
