// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/attributevalue.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Mk {

/**
 * Counts per unit (school or area) and group for one characteristic (income, parental education,
 * migration background, SES). Counts may be fractional (interpolated or derived from percentages).
 * Cells are row-major: cell(unit, group).
 */
struct GroupTable {
    QString characteristic; ///< e.g. "migration background"
    QStringList groups;     ///< group names in order
    bool ordered = false;   ///< groups are ordinal tiers (income, SES)
    bool estimated = false; ///< composition is modelled, not observed: label it "estimate"
    QStringList sourceColumns; ///< the input columns the counts were derived from
    QString assumption;        ///< how counts were derived (e.g. percentage x children), for the methods page
    QStringList unitIds;
    std::vector<AttributeValue> cells;

    qsizetype unitCount() const { return unitIds.size(); }
    qsizetype groupCount() const { return groups.size(); }
    const AttributeValue& cell(qsizetype unit, qsizetype group) const { return cells[static_cast<size_t>(unit * groups.size() + group)]; }
    AttributeValue& cell(qsizetype unit, qsizetype group) { return cells[static_cast<size_t>(unit * groups.size() + group)]; }
    void resize(qsizetype units) { cells.assign(static_cast<size_t>(units * groups.size()), AttributeValue::of(0.0)); }
    /** Counts as plain numbers (units x groups, row-major); missing/suppressed cells become 0. */
    std::vector<double> countsOrZero() const
    {
        std::vector<double> out(cells.size());
        for (size_t i = 0; i < cells.size(); ++i)
            out[i] = cells[i].valueOr(0.0);
        return out;
    }
};

/** Pupils of one school living in one home PC4 (DUO "leerlingen po per vestiging naar postcode leerling"). */
struct PupilFlow {
    QString schoolId;     ///< BRIN + vestigingscode
    QString homePostcode; ///< PC4, or a 2-digit code: 10 Belgium, 20 Germany, 30 other country, 40 unknown
    QString homeGemeente;
    double knownPupils = 0.0; ///< sum of the numeric cells
    int suppressedCells = 0;  ///< cells with "<5" (1-4 pupils each)

    bool isForeignOrUnknown() const { return homePostcode.size() == 2; }
    /** Central estimate: a suppressed cell counts as 2.5 (midpoint of 1-4). */
    double estimatedPupils() const { return knownPupils + AttributeValue::kSuppressedCountEstimate * suppressedCells; }
};

} // namespace Mk
