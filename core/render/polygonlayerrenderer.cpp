// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/polygonlayerrenderer.h"

#include "render/polygonset.h"
#include "render/rendercontext.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Mk {

PolygonLayerRenderer::PolygonLayerRenderer(std::shared_ptr<const PolygonSet> polygons, std::vector<int> symbolOf,
                                           QList<Symbol> symbols, double opacity)
    : m_polygons(std::move(polygons)), m_symbolOf(std::move(symbolOf)), m_symbols(std::move(symbols)), m_opacity(opacity)
{
    Q_ASSERT(m_symbolOf.size() == static_cast<size_t>(m_polygons->size()));
}

namespace {

/**
 * Transforms a ring to logical pixels and drops vertices closer than `minStep` pixels to the last
 * kept one: at national scale thousands of sub-pixel vertices per polygon only cost time, never
 * detail. The first and last vertex are always kept, so rings stay closed and adjacent areas meet.
 */
void toPixels(const QPolygonF& ring, const QTransform& t, double minStep, QPolygonF& out)
{
    out.clear();
    const double m11 = t.m11(), m22 = t.m22(), dx = t.dx(), dy = t.dy();
    const double minStep2 = minStep * minStep;
    const qsizetype n = ring.size();
    for (qsizetype k = 0; k < n; ++k) {
        const QPointF p(ring[k].x() * m11 + dx, ring[k].y() * m22 + dy);
        if (!out.isEmpty() && k + 1 < n) {
            const double ddx = p.x() - out.back().x(), ddy = p.y() - out.back().y();
            if (ddx * ddx + ddy * ddy < minStep2)
                continue;
        }
        out.append(p);
    }
}

} // namespace

void PolygonLayerRenderer::render(QPainter& painter, const RenderContext& context)
{
    constexpr double kMinOutlinedPixels = 6.0;
    const double upp = context.settings.mapUnitsPerPixel();
    // A one-pixel margin keeps the antialiased edges of features just outside the view.
    const QRectF view = context.visibleExtent.adjusted(-upp, -upp, upp, upp);
    std::vector<qsizetype> visible;
    visible.reserve(static_cast<size_t>(m_polygons->size()));
    for (qsizetype i = 0; i < m_polygons->size(); ++i)
        if (m_symbolOf[static_cast<size_t>(i)] >= 0 && m_polygons->bounds(i).intersects(view))
            visible.push_back(i);

    // The map-to-pixel transform is a pure scale and translation (RD New is north-up).
    Q_ASSERT(context.mapToPixel.type() <= QTransform::TxScale);
    double minStep = 0.5;
    QPolygonF pixels;
    QPainterPath multi;
    auto drawFeature = [&](qsizetype i) {
        const auto& rings = m_polygons->rings(i);
        if (rings.size() == 1) {
            toPixels(rings.front(), context.mapToPixel, minStep, pixels);
            if (pixels.size() >= 3)
                painter.drawPolygon(pixels, Qt::OddEvenFill);
            return;
        }
        multi.clear();
        multi.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF& ring : rings) {
            toPixels(ring, context.mapToPixel, minStep, pixels);
            if (pixels.size() >= 3) {
                multi.addPolygon(pixels);
                multi.closeSubpath();
            }
        }
        painter.drawPath(multi);
    };

    painter.save();
    painter.setOpacity(painter.opacity() * m_opacity);
    // Every casing before any line, so no casing covers the line of a neighbouring feature.
    painter.setBrush(Qt::NoBrush);
    for (qsizetype s = 0; s < m_symbols.size() && !context.isCanceled(); ++s) {
        const QPen halo = m_symbols[s].haloPen();
        if (halo.style() == Qt::NoPen)
            continue;
        minStep = std::max(0.5, 0.6 * halo.widthF()) / context.settings.devicePixelRatio();
        painter.setPen(halo);
        for (qsizetype i : visible)
            if (m_symbolOf[static_cast<size_t>(i)] == s)
                drawFeature(i);
    }
    for (qsizetype s = 0; s < m_symbols.size(); ++s) {
        if (context.isCanceled())
            break;
        const Symbol& symbol = m_symbols[s];
        // A wide outline without fill cannot show detail finer than its own width; fewer vertices
        // make Qt's stroker (used for pens over one pixel) several times faster.
        const double logicalStep = symbol.fill.alpha() == 0 ? std::max(0.5, 0.6 * symbol.strokeWidth) : 0.5;
        minStep = logicalStep / context.settings.devicePixelRatio();
        painter.setBrush(symbol.brush());
        // Filled features only a few pixels across get no outline: at national scale the outlines
        // would merge into a grey haze, and stroking them costs more than filling.
        const bool filled = symbol.fill.alpha() > 0;
        for (const bool outlined : {false, true}) {
            painter.setPen(outlined ? symbol.pen() : QPen(Qt::NoPen));
            for (qsizetype i : visible) {
                if (m_symbolOf[static_cast<size_t>(i)] != s)
                    continue;
                const QRectF& b = m_polygons->bounds(i);
                const bool tiny = filled && std::max(b.width(), b.height()) < kMinOutlinedPixels * upp;
                if (tiny != outlined)
                    drawFeature(i);
            }
        }
        if (symbol.hatched) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(symbol.hatchBrush());
            for (qsizetype i : visible)
                if (m_symbolOf[static_cast<size_t>(i)] == s)
                    drawFeature(i);
        }
    }
    painter.restore();
}

} // namespace Mk
