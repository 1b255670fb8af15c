// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/symbol.h"

#include <QPolygonF>

#include <cmath>
#include <numbers>

namespace Mk {

namespace {

/** A regular polygon with `corners` corners on the circle of `box`, the first at angle `start` (radians, 0 = up). */
QPolygonF regular(const QRectF& box, int corners, double start)
{
    QPolygonF p;
    const QPointF c = box.center();
    const double r = std::min(box.width(), box.height()) / 2.0;
    for (int i = 0; i < corners; ++i) {
        const double a = start + 2.0 * std::numbers::pi * i / corners;
        p << QPointF(c.x() + r * std::sin(a), c.y() - r * std::cos(a));
    }
    return p;
}

} // namespace

QPainterPath Symbol::markerPath(const QRectF& box) const
{
    QPainterPath path;
    // Corner shapes are drawn a little larger than the circle so that they look as heavy (equal ink).
    const QRectF big = box.adjusted(-box.width() * 0.08, -box.height() * 0.08, box.width() * 0.08, box.height() * 0.08);
    switch (marker) {
    case Marker::Circle:
        path.addEllipse(box);
        break;
    case Marker::Square:
        path.addPolygon(regular(big, 4, std::numbers::pi / 4));
        break;
    case Marker::Triangle:
        path.addPolygon(regular(big, 3, 0.0));
        break;
    case Marker::Diamond:
        path.addPolygon(regular(big, 4, 0.0));
        break;
    case Marker::InvertedTriangle:
        path.addPolygon(regular(big, 3, std::numbers::pi));
        break;
    case Marker::Hexagon:
        path.addPolygon(regular(box, 6, 0.0));
        break;
    }
    path.closeSubpath();
    return path;
}

} // namespace Mk
