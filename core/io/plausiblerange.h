// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/error.h"
#include "model/arealayer.h"

#include <QCoreApplication>
#include <QString>

namespace Mk {

/**
 * The range a figure read from a file must lie in to be real, per kind of figure. A value outside
 * it is refused where the data enters (a shifted column, a typo of three zeros, 1e308 in a cell),
 * never carried into an analysis. The upper bounds lie well above the largest real value, so a
 * real file never trips them:
 * - pupils of one school vestiging (also one cell or row of a DUO pupil file): 10,000. The largest
 *   po vestiging has 1,226 pupils (DUO 2024, ../shared/data/national), the largest vo vestigingen
 *   about 3,500 (../shared/data/vo).
 * - inhabitants of one area: buurt 100,000, wijk 250,000, gemeente 2,000,000, PC4 100,000, any
 *   other area 2,000,000. The largest: wijk 95,625, gemeente 882,633 (Amsterdam; CBS Wijk- en
 *   Buurtkaart 2022), PC4 28,080 (CBS PC4 2024). Counts of children in an area share these bounds.
 * - places of one childcare location: 1,000.
 * - percentages: 0 to 100, with half a point for rounding (CBS rounds to whole percents).
 * - the Inspectie's schoolweging: 15 to 50 (its values lie between about 20 and 40, Inspectie van het
 *   Onderwijs, "Technische beschrijving schoolweging", 2021); its spreiding 0 to 20.
 * - the area of one polygon: buurt 1,000 km², wijk 1,500 km², gemeente or other 2,500 km² (the
 *   largest gemeente, Súdwest-Fryslân, has 575 km² of land and about 840 km² with its water).
 */
class PlausibleRange
{
    Q_DECLARE_TR_FUNCTIONS(Mk::PlausibleRange)

public:
    enum class Kind {
        PupilsPerSchool,
        InhabitantsPerBuurt,
        InhabitantsPerWijk,
        InhabitantsPerGemeente,
        InhabitantsPerPostcode,
        InhabitantsPerArea,
        ChildcarePlaces,
        Percentage,
        Schoolweging,
        SchoolwegingSpread,
    };

    static PlausibleRange of(Kind kind);
    /** The inhabitants range of an area of `level`. */
    static PlausibleRange inhabitantsOf(AreaLevel level);
    /** The largest area in km² a polygon of `level` can have. */
    static double maxAreaKm2(AreaLevel level);

    double min() const { return m_min; }
    double max() const { return m_max; }
    /** Whether `value` is finite and within the range. */
    bool contains(double value) const;
    /**
     * The refusal of `value` (written as `text` in the file) in `column` at `where` ("scholen.csv, line 3"
     * or "buurten.gpkg, area BU03080101"): what the figure is, its range (or that it is negative), and what to do.
     */
    Error error(const QString& where, const QString& column, const QString& text) const;

private:
    PlausibleRange(Kind kind, double min, double max) : m_kind(kind), m_min(min), m_max(max) {}
    /** "pupils of one school", "a percentage", ... for messages. */
    QString what() const;

    Kind m_kind;
    double m_min;
    double m_max;
};

} // namespace Mk
