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
    // Only the image's rows are filled: zoomed in, a gemeente's outline reaches tens of thousands of rows past them.
    const double rows = painter.device()->height();
    QList<QPolygonF> polygons;
    QList<QRectF> bounds;
    QRectF extent;
    QPolygonF top, strip;
    for (const QPolygonF& p : outline.toSubpathPolygons()) {
        clipAtRow(p, 0.0, true, top);
        clipAtRow(top, rows, false, strip);
        if (strip.size() < 3)
            continue;
        polygons.append(strip);
        bounds.append(strip.boundingRect());
        extent |= bounds.last();
    }
    painter.save();
    painter.setWorldTransform(QTransform::fromScale(1.0 / dpr, 1.0 / dpr));
    painter.setPen(Qt::NoPen);
    painter.setBrush(pen.brush());
    // Strips on a fixed grid of rows, so a line's pixels do not depend on how far its path reaches beyond the image.
    for (double y = std::floor(extent.top() / kStripRows) * kStripRows; y < extent.bottom(); y += kStripRows) {
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
