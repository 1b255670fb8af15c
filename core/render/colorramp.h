// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Mk {

/**
 * A continuous colour ramp given by evenly spaced stops, interpolated in sRGB.
 * The built-in ramps are colour-blind-safe: viridis and cividis (Nuñez, Anderton & Renslow 2018,
 * "Optimizing colormaps with consideration for color vision deficiency", PLOS ONE 13(7)) and the
 * ColorBrewer YlGnBu and PuOr schemes marked colour-blind-safe by Harrower & Brewer (2003),
 * "ColorBrewer.org", The Cartographic Journal 40(1).
 */
class ColorRamp
{
    Q_DECLARE_TR_FUNCTIONS(Mk::ColorRamp)
public:
    enum class Kind { Sequential, Diverging };

    ColorRamp() = default;
    ColorRamp(QString id, QList<QColor> stops, Kind kind);

    /** Ids of the built-in ramps: "viridis", "cividis", "ylgnbu", "puor". */
    static QStringList ids();
    /** A built-in ramp; unknown ids give viridis. */
    static ColorRamp byId(const QString& id);
    /** Translated name for menus. */
    static QString displayName(const QString& id);

    const QString& id() const { return m_id; }
    Kind kind() const { return m_kind; }
    bool isValid() const { return !m_stops.isEmpty(); }

    /** The colour at t in [0, 1] (clamped); inverted ramps run from the last stop to the first. */
    QColor color(double t) const;
    /** n colours for n ordered classes, light to dark for sequential ramps. */
    QList<QColor> classColors(int n) const;
    /** The same ramp read the other way round. */
    ColorRamp inverted() const;

private:
    QString m_id;
    QList<QColor> m_stops;
    Kind m_kind = Kind::Sequential;
};

} // namespace Mk
