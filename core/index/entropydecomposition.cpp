// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/entropydecomposition.h"

#include "index/indexaggregation_p.h"
#include "index/indexinput.h"
#include "index/multigroupindices.h"

#include <QHash>

#include <cmath>

namespace Mk {

Result<EntropyDecomposition> EntropyDecomposition::compute(const IndexInput& input, const QStringList& areaOfUnit)
{
    if (areaOfUnit.size() != input.unitCount())
        return fail(ErrorCode::InvalidArgument, tr("%1 area labels were given for %2 units.").arg(areaOfUnit.size()).arg(input.unitCount()));
    for (qsizetype i = 0; i < areaOfUnit.size(); ++i)
        if (areaOfUnit[i].isEmpty())
            return fail(ErrorCode::InvalidValue,
                        tr("Unit \"%1\" has no area label; fill in the grouping column for every unit.").arg(input.unitIds()[i]));

    const detail::AreaTables tables = detail::splitByArea(input, areaOfUnit);
    const double E = MultigroupIndices::compute(input).entropy;
    EntropyDecomposition r;
    r.total = MultigroupIndices::mutualInformationOf(input);
    r.between = MultigroupIndices::mutualInformationOf(tables.aggregate);
    for (qsizetype c = 0; c < tables.areaIds.size(); ++c) {
        const IndexInput& sub = tables.perArea[static_cast<size_t>(c)];
        Area area;
        area.id = tables.areaIds[c];
        area.unitCount = sub.unitCount();
        area.weight = sub.total() / input.total();
        area.entropy = detail::groupEntropy(sub);
        area.mutualInformation = MultigroupIndices::mutualInformationOf(sub);
        area.theilH = area.entropy > 0 ? area.mutualInformation / area.entropy : 0.0;
        r.within += area.weight * area.mutualInformation;
        r.areas.append(area);
    }
    r.totalH = r.total / E;
    r.betweenH = r.between / E;
    r.withinH = r.within / E;
    return r;
}

} // namespace Mk
