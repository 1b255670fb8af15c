// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QColor>
#include <QPainterPath>
#include <QPen>
#include <QRectF>

namespace Mk {

/**
 * How one class of features is drawn, shared by map renderers and the legend so both always agree.
 * Widths and sizes are logical pixels (device-independent; multiplied by devicePixelRatio on paint).
 */
struct Symbol {
    enum class Shape { Area, Line, Circle }; ///< Circle: a point marker of `size` (see `marker`)
    /** The outline of a point marker; distinct shapes keep categories apart on a black-and-white print. */
    enum class Marker {
        Circle,
        Square,
        Triangle,
        Diamond,
        InvertedTriangle,
        Hexagon,
        Star,  ///< five points: a site that a scenario adds
        Cross, ///< a diagonal cross: a site that a scenario closes
    };

    Shape shape = Shape::Area;
    Marker marker = Marker::Circle;
    QColor fill = Qt::transparent;   ///< transparent = outline only
    QColor stroke = QColor(0x60, 0x60, 0x60);
    double strokeWidth = 0.6;
    Qt::PenStyle strokeStyle = Qt::SolidLine;
    bool hatched = false;            ///< diagonal hatch over the fill (used for "suppressed")
    QColor hatchColor = QColor(0x80, 0x80, 0x80);
    double size = 8.0;               ///< marker diameter
    /**
     * A casing drawn under the outline, `haloWidth` wider on each side (transparent: none), so a line in a
     * school's colour stays visible on a choropleth fill of the same or a similar colour.
     */
    QColor halo = Qt::transparent;
    double haloWidth = 1.5;

    /**
     * A cosmetic pen (width in pixels whatever the painter transform). Bevel joins: round joins
     * add curve segments at every vertex, which makes wide outlines of detailed polygons slow.
     */
    QPen pen() const
    {
        if (strokeWidth <= 0.0 || stroke.alpha() == 0)
            return Qt::NoPen;
        QPen p(stroke, strokeWidth, strokeStyle, Qt::FlatCap, Qt::BevelJoin);
        p.setCosmetic(true);
        return p;
    }
    /** The casing's pen, under pen(); Qt::NoPen without a halo. */
    QPen haloPen() const
    {
        if (halo.alpha() == 0 || pen().style() == Qt::NoPen)
            return Qt::NoPen;
        QPen p(halo, strokeWidth + 2.0 * haloWidth, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin);
        p.setCosmetic(true);
        return p;
    }
    QBrush brush() const { return fill.alpha() == 0 ? QBrush(Qt::NoBrush) : QBrush(fill); }
    QBrush hatchBrush() const { return QBrush(hatchColor, Qt::BDiagPattern); }
    /** The marker inscribed in `box` (its size is the marker diameter), for the map and the legend alike. */
    QPainterPath markerPath(const QRectF& box) const;
};

} // namespace Mk
