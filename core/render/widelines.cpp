// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/widelines.h"

#include "render/imagebands.h"

#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QPolygonF>

#include <cmath>

namespace Mk {

namespace {

/** Device rows per strip: its cells fit the rasteriser's pool for any line of a few pixels' width. */
constexpr int kStripRows = 16;

/** `ring` clipped to the side of the row `y` above it (`below` false) or below it: one Sutherland–Hodgman stage. */
void clipAtRow(const QPolygonF& ring, double y, bool below, QPolygonF& out)
{
    out.clear();
    const qsizetype n = ring.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF& a = ring[i];
        const QPointF& b = ring[(i + 1) % n];
        const bool aIn = below ? a.y() >= y : a.y() <= y;
        const bool bIn = below ? b.y() >= y : b.y() <= y;
        if (aIn)
            out.append(a);
        if (aIn != bIn)
            out.append(QPointF(a.x() + (y - a.y()) / (b.y() - a.y()) * (b.x() - a.x()), y));
    }
}

} // namespace

bool WideLines::applies(const QPainter& painter, const QPen& pen)
{
    return pen.style() == Qt::SolidLine && pen.isCosmetic() && pen.widthF() > 1.0 && ImageBands::possible(painter);
}

void WideLines::stroke(QPainter& painter, const QPainterPath& path, const QPen& pen)
{
    Q_ASSERT(applies(painter, pen));
    // In device pixels, where a cosmetic pen has its width, so the strips' edges fall on rows.
    const double dpr = painter.device()->devicePixelRatio();
    const QTransform toDevice = QTransform::fromScale(dpr, dpr);
    const QPainterPath outline = QPainterPathStroker(pen).createStroke(toDevice.map(path));
    const QList<QPolygonF> polygons = outline.toSubpathPolygons();
    QList<QRectF> bounds;
    bounds.reserve(polygons.size());
    for (const QPolygonF& p : polygons)
        bounds.append(p.boundingRect());
    const QRectF extent = outline.boundingRect();
    painter.save();
    painter.setWorldTransform(QTransform::fromScale(1.0 / dpr, 1.0 / dpr));
    painter.setPen(Qt::NoPen);
    painter.setBrush(pen.brush());
    QPolygonF top, strip;
    for (double y = std::floor(extent.top()); y < extent.bottom(); y += kStripRows) {
        QPainterPath piece;
        piece.setFillRule(Qt::WindingFill); // the stroker's, for the overlaps at joins
        for (qsizetype k = 0; k < polygons.size(); ++k) {
            if (bounds[k].bottom() < y || bounds[k].top() > y + kStripRows)
                continue;
            clipAtRow(polygons[k], y, true, top);
            clipAtRow(top, y + kStripRows, false, strip);
            if (strip.size() >= 3)
                piece.addPolygon(strip);
        }
        painter.drawPath(piece);
    }
    painter.restore();
}

} // namespace Mk
