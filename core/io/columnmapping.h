// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"
#include "model/arealayer.h"
#include "model/grouptable.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Mk {

/** One group of a characteristic and the input column(s) whose values add up to it. */
struct GroupColumns {
    QString name;         ///< canonical name: the key in JSON output, GeoPackage columns and LEA goals
    QStringList columns;
    LocalizedText labels = {}; ///< what people read, by language; empty: the name
    /**
     * The group is what the others leave ("remainder": true in the mapping, no columns): 100 minus the other
     * groups' percentages, or the base (population, children) minus the other groups' counts. At most one per
     * characteristic; never rescaled.
     */
    bool remainder = false;
};

/**
 * How one characteristic (migration background, income, ...) is read from area or school
 * columns. Counts are the columns themselves (Kind::Count) or derived from percentages:
 *   count(unit, group) = sum over the group's columns of  value / 100 * base(unit)
 * where base is the unit's population, its school-age children
 * (population * schoolAgeShare / 100, see ColumnMapping::schoolAgeColumn), or a school's pupils.
 * A missing or suppressed input makes the cell Missing or Suppressed, never zero.
 * CBS publishes herkomst and age bands as percentages of aantal_inwoners of the area (CBS,
 * "Toelichting Kerncijfers Wijken en Buurten 2024", variables P_00_14_JR and the herkomst
 * percentages), which is why the base is the population or its school-age share.
 */
struct CharacteristicMapping {
    enum class Target { Areas, Schools };
    enum class Kind { Count, Percentage };
    enum class Base { None, Population, SchoolAgeChildren, Pupils };

    QString name;         ///< canonical name (a key, never translated)
    LocalizedText labels; ///< what people read, by language; empty: the name
    Target target = Target::Areas;
    Kind kind = Kind::Count;
    Base base = Base::None;
    bool ordered = false;
    QString idColumn; ///< schools: the school-id column of the composition file (empty = detect)
    QList<GroupColumns> groups;
    LocalizedText assumption; ///< stated in the methods section (e.g. "children share the buurt's origin mix")

    QStringList columns() const;
    /** A GroupTable of this characteristic's names, labels, order and assumption, without units. */
    GroupTable emptyTable() const;
};

/**
 * Which columns of this year's files mean what, saved as JSON so next year's files load with
 * one click. File format (format "mengkaart-column-mapping", version 1):
 * {
 *   "description": "...", "publisher": "...", "licence": "...",
 *   "areas": {"code": "buurtcode", "name": "buurtnaam", "population": "aantal_inwoners"},
 *   "schoolAge": {"column": "percentage_personen_0_tot_15_jaar", "kind": "percentage", "label": "0-15"},
 *   "characteristics": [{"name": ..., "labels": {"nl": ..., "en": ...},
 *                        "target": "areas"|"schools", "kind": "count"|"percentage",
 *                        "base": "none"|"population"|"schoolAgeChildren"|"pupils", "ordered": false,
 *                        "idColumn": "...", "assumption": "..." | {"en": "...", "nl": "..."},
 *                        "groups": [{"name": ..., "labels": {"nl": ..., "en": ...}, "columns": [...]}]}]
 * }
 * "labels" (optional, added within version 1) are what people read in each language; "name" stays the
 * key of the characteristic or group everywhere machine-readable. "publisher" and "licence" (optional, added within
 * version 1) name who published the user's own area file and under which terms; the methods page credits them.
 * A group may be {"name": ..., "remainder": true} instead of listing columns. Without labels the name is shown in
 * every language. A key the format does not know is refused (JsonKeys), so a typo cannot silently
 * leave a setting at its default; a later addition to the format comes with a new version.
 */
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(Mk::ColumnMapping)

public:
    QString description;
    QString publisher; ///< of the area file this mapping reads, credited on the methods page; empty: not known
    QString licence;   ///< of that file, e.g. "CC BY 4.0"
    QString areaCodeColumn;   ///< overrides AreaLoader's detection; empty: detected
    QString areaNameColumn;   ///< overrides detection; empty: detected
    QString populationColumn; ///< overrides detection; empty: the layer's detected population field
    QString schoolAgeColumn;  ///< the age band standing for school-age children (CBS has 0-15, not 4-12)
    bool schoolAgeIsPercentage = true; ///< the column is a % of the population, else a count
    QString schoolAgeLabel;   ///< e.g. "0-15", shown in the methods section
    QList<CharacteristicMapping> characteristics;

    QJsonObject toJson() const;
    static Result<ColumnMapping> fromJson(const QJsonObject& json, const QString& source);
    static Result<ColumnMapping> load(const QString& path);
    Result<void> save(const QString& path) const;

    /** "publisher, licence" as the list of sources credits the area file; empty when neither is given. */
    QString attribution() const;
    /** Every area column the mapping refers to (population, age band, group columns). */
    QStringList areaColumns() const;
    /** The mapped characteristic with this target, or nullptr. */
    const CharacteristicMapping* firstFor(CharacteristicMapping::Target target) const;

    /** School-age children of a unit (population x age share, or the count column). */
    AttributeValue schoolAgeChildren(const AreaUnit& unit, const QString& populationField) const;
    /**
     * Builds the area GroupTable of one characteristic; fails naming the first absent column. Shares are never
     * rescaled: percentages whose groups do not add up to 100 beyond rounding (0.5 point per column, CBS rounds to
     * whole percents), or leave less than 0 for the remainder, are taken as they are and reported in `diagnostics`
     * with the areas and what to do. A group with no members in any area is left out with a warning (at least two
     * groups must keep members).
     */
    Result<GroupTable> areaTable(const CharacteristicMapping& characteristic, const AreaLayer& areas, Diagnostics& diagnostics) const;
};

} // namespace Mk
