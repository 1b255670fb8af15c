// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/textlanguage.h"
#include "model/attributevalue.h"
#include "render/valueformat.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace Mk {

struct AreaLayer;
struct Dataset;
struct GroupTable;

/**
 * What an area choropleth shows: a numeric attribute of the area, or a derived group share
 * (count of the chosen groups / count of all groups, Inspectie and CBS "aandeel").
 * A share is Suppressed when a cell it needs is suppressed, Missing when a cell is missing,
 * the unit is absent from the table, or the total is zero.
 */
struct ValueSource {
    enum class Kind { Field, GroupShare };

    Kind kind = Kind::Field;
    QString field;          ///< Field: the attribute name
    QString characteristic; ///< GroupShare: GroupTable::characteristic in Dataset::areaComposition
    QStringList groups;     ///< GroupShare: numerator groups
    QString title;          ///< optional translated label that replaces the generated one

    static ValueSource ofField(const QString& field) { return {Kind::Field, field, {}, {}, {}}; }
    static ValueSource ofGroupShare(const QString& characteristic, const QStringList& groups)
    {
        return {Kind::GroupShare, {}, characteristic, groups, {}};
    }

    bool isValid() const { return kind == Kind::Field ? !field.isEmpty() : !groups.isEmpty(); }
    /**
     * For legends and the attribute table header, e.g. "Share outside Europe (migration background)", with the
     * labels of `dataset`'s group table in `language`.
     */
    QString label(const Dataset& dataset, const TextLanguage& language = TextLanguage::application()) const;
    ValueFormat format() const;
    /** One value per unit of `layer`, in unit order. */
    std::vector<AttributeValue> evaluate(const Dataset& dataset, const AreaLayer& layer) const;
    bool operator==(const ValueSource&) const = default;

private:
    /** The area group table of `characteristic` in `dataset`, or nullptr. */
    const GroupTable* table(const Dataset& dataset) const;
};

} // namespace Mk
