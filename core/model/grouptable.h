// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/textlanguage.h"
#include "model/attributevalue.h"
#include "model/localizedtext.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Mk {

/**
 * Counts per unit (school or area) and group for one characteristic (income, parental education,
 * migration background, SES). Counts may be fractional (interpolated or derived from percentages).
 * Cells are row-major: cell(unit, group).
 * The characteristic and group names are canonical keys (JSON output, GeoPackage columns, LEA goals, the
 * project file); people read the labels in the language of what they read (characteristicLabel, groupLabel).
 */
struct GroupTable {
    QString characteristic; ///< canonical name, e.g. "migration background"
    QStringList groups;     ///< canonical group names in order
    LocalizedText characteristicLabels; ///< what people read for the characteristic; empty: the name
    QList<LocalizedText> groupLabels;   ///< per group, parallel to groups; absent or empty: the group's name
    bool ordered = false;   ///< groups are ordinal tiers (income, SES)
    bool estimated = false; ///< composition is modelled, not observed: label it "estimate"
    QStringList sourceColumns; ///< the input columns the counts were derived from
    LocalizedText assumption;  ///< how counts were derived (e.g. percentage x children), for the methods page
    QStringList unitIds;
    std::vector<AttributeValue> cells;

    /** A table of `like`'s characteristic, groups, labels and order, without units or cells. */
    static GroupTable emptyLike(const GroupTable& like);
    /** The characteristic in `language`, falling back to English, then the name. */
    QString characteristicLabel(const TextLanguage& language = TextLanguage::application()) const;
    /** Group `group` (an index into groups) in `language`, falling back to English, then the name. */
    QString groupLabel(qsizetype group, const TextLanguage& language = TextLanguage::application()) const;
    /** The group with the canonical name `name` in `language`; `name` itself when the table has no such group. */
    QString groupLabelOf(const QString& name, const TextLanguage& language = TextLanguage::application()) const;
    /** Every group's label in `language`, in the order of groups. */
    QStringList groupLabelList(const TextLanguage& language = TextLanguage::application()) const;
    /** The counting assumption in `language` (English, or one text for all, when it has none); empty when none. */
    QString assumptionText(const TextLanguage& language = TextLanguage::application()) const;

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
