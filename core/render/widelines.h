// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPainter;
class QPainterPath;
class QPen;

namespace Mk {

/**
 * Lines wider than a pixel on an image, stroked once and filled in strips of rows, each strip's part of the stroke cut
 * out by clipping its polygons to the strip (Sutherland & Hodgman 1974, "Reentrant polygon clipping", Communications
 * of the ACM 17(1) 32–42). Qt's antialiasing rasteriser works in bands of rows whose cells fit a small pool and, when a
 * band overflows it, renders every line crossing the band again for each half: the 2.2 pixel outline of a gemeente,
 * long lines across many bands, cost more than all the buurt fills. A strip is a band that fits. Cutting a line at a
 * strip's edge moves its rounded ends by under 1/64 pixel, so a few pixels along the line differ by a few levels.
 */
class WideLines
{
public:
    /** Whether stroke() draws `pen` on this painter: a solid cosmetic pen over a pixel wide, on an image ImageBands could band. */
    static bool applies(const QPainter& painter, const QPen& pen);
    /** Draws `path` (closed rings) with `pen`, as QPainter::strokePath does to within a few levels. Requires applies(). */
    static void stroke(QPainter& painter, const QPainterPath& path, const QPen& pen);
};

} // namespace Mk
