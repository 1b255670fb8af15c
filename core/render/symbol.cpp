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
    case Marker::Star: {
        // Inner radius 0.45 of the outer one: points that stay distinct at legend size.
        const QPolygonF outer = regular(big, 5, 0.0);
        const double inset = big.width() * (1.0 - 0.45) / 2.0;
        const QPolygonF inner = regular(big.adjusted(inset, inset, -inset, -inset), 5, std::numbers::pi / 5);
        QPolygonF star;
        for (qsizetype i = 0; i < outer.size(); ++i)
            star << outer[i] << inner[i];
        path.addPolygon(star);
        break;
    }
    case Marker::Cross: {
        // Two bars of a fifth of the box's width, crossing at its centre.
        const double w = box.width() * 0.2 / std::numbers::sqrt2;
        const QPointF c = box.center();
        const double r = box.width() / 2.0;
        path.addPolygon(QPolygonF{{c.x() - r, c.y() - r + w}, {c.x() - r + w, c.y() - r}, {c.x(), c.y() - w},
                                  {c.x() + r - w, c.y() - r}, {c.x() + r, c.y() - r + w}, {c.x() + w, c.y()},
                                  {c.x() + r, c.y() + r - w}, {c.x() + r - w, c.y() + r}, {c.x(), c.y() + w},
                                  {c.x() - r + w, c.y() + r}, {c.x() - r, c.y() + r - w}, {c.x() - w, c.y()}});
        break;
    }
    }
    path.closeSubpath();
    return path;
}

} // namespace Mk
