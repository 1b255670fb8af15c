// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/attributevalue.h"
#include "model/fieldvalues.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Mk {

class Geometry;

/** The administrative level of an area unit (CBS codes GM0308, WK030801, BU03080101; PC4 postcodes). */
enum class AreaLevel { Gemeente, Wijk, Buurt, Postcode4, Other };

/** One area (buurt, wijk, gemeente, PC4 or catchment): codes, geometry in EPSG:28992 and attributes. */
struct AreaUnit {
    QString code;         ///< BU03080101, WK030801, GM0308, or a PC4
    QString name;
    AreaLevel level = AreaLevel::Other;
    QString wijkCode;     ///< for buurten
    QString gemeenteCode; ///< GM code
    std::shared_ptr<const Geometry> geometry; ///< immutable, shared between snapshots; may be null for point-only sources
    FieldValues<AttributeValue> numbers;      ///< numeric attributes by source field name
    FieldValues<QString> texts;               ///< text attributes by source field name

    AttributeValue number(const QString& field) const { return numbers.value(field, AttributeValue::missing()); }
};

/** How many cells of one field hold a value, are missing or suppressed (reported after loading). */
struct FieldSummary {
    QString name;
    bool numeric = false;
    int valid = 0;
    int missing = 0;    ///< empty cells and CBS "unknown" sentinels
    int suppressed = 0; ///< CBS "secret" sentinels and DUO "<5"
};

/** A loaded set of area units of one level with the per-field quality summary. */
struct AreaLayer {
    QString sourceFile;
    QString layerName;
    AreaLevel level = AreaLevel::Other;
    QList<AreaUnit> units;
    QList<FieldSummary> fields;
    QString populationField; ///< the source field holding inhabitants (aantal_inwoners, AANT_INW, population); empty if none
    QString crsName;         ///< CRS of the source file before transformation to EPSG:28992

    const FieldSummary* field(const QString& name) const
    {
        for (const auto& f : fields)
            if (f.name == name)
                return &f;
        return nullptr;
    }

    qsizetype indexOf(const QString& code) const
    {
        for (qsizetype i = 0; i < units.size(); ++i)
            if (units[i].code == code)
                return i;
        return -1;
    }
};

} // namespace Mk
