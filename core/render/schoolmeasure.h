// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/attributevalue.h"
#include "render/valueformat.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace Mk {

/**
 * A per-school number to colour school symbols by: pupils, schoolweging, a group share, or an
 * afspiegeling gap supplied by the catchment analysis. A plain value keyed by School::id, so any
 * module can provide one without the renderer knowing where it came from.
 */
struct SchoolMeasure {
    QString id;     ///< stable key, e.g. "schoolweging" or "gap:migration"
    QString label;  ///< translated, for legend and menus
    ValueFormat format;
    bool diverging = false; ///< centred on zero (gaps): coloured with a diverging ramp
    QHash<QString, AttributeValue> bySchool;
    /**
     * Schools whose value lies within chance (its interval includes zero): the map colours them as zero,
     * so only differences beyond chance stand out, while a table shows the value itself, marked.
     */
    QSet<QString> withinChance;

    AttributeValue value(const QString& schoolId) const { return bySchool.value(schoolId, AttributeValue::missing()); }
    /** What the map colours: value(), or zero for a school within chance. */
    AttributeValue mapValue(const QString& schoolId) const
    {
        const AttributeValue v = value(schoolId);
        return v.hasValue() && withinChance.contains(schoolId) ? AttributeValue::of(0.0) : v;
    }
};

} // namespace Mk
