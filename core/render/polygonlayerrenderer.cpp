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

void PolygonLayerRenderer::render(QPainter& painter, const RenderContext& context)
{
    constexpr double kMinOutlinedPixels = 6.0;
    const double upp = context.settings.mapUnitsPerPixel();
    // A one-pixel margin keeps the antialiased edges of features just outside the view.
    const QRectF view = context.visibleExtent.adjusted(-upp, -upp, upp, upp);
    const double dpr = context.settings.devicePixelRatio();
    // The features in pixels at one simplification tolerance, from the set's cache (built on the first use of a view).
    auto geometryAt = [&](double logicalTolerance) { return m_polygons->screenGeometry(context.mapToPixel, view, logicalTolerance / dpr); };
    const auto fine = geometryAt(0.5);
    std::vector<qsizetype> visible;
    visible.reserve(static_cast<size_t>(m_polygons->size()));
    for (qsizetype i = 0; i < m_polygons->size(); ++i)
        if (m_symbolOf[static_cast<size_t>(i)] >= 0 && fine->isDrawn(i))
            visible.push_back(i);

    painter.save();
    painter.setOpacity(painter.opacity() * m_opacity);
    // Every casing before any line, so no casing covers the line of a neighbouring feature.
    painter.setBrush(Qt::NoBrush);
    for (qsizetype s = 0; s < m_symbols.size() && !context.isCanceled(); ++s) {
        const QPen halo = m_symbols[s].haloPen();
        if (halo.style() == Qt::NoPen)
            continue;
        const auto casing = geometryAt(std::max(0.5, 0.6 * halo.widthF()));
        painter.setPen(halo);
        for (qsizetype i : visible)
            if (m_symbolOf[static_cast<size_t>(i)] == s)
                casing->draw(painter, i);
    }
    for (qsizetype s = 0; s < m_symbols.size(); ++s) {
        if (context.isCanceled())
            break;
        const Symbol& symbol = m_symbols[s];
        // A wide outline without fill cannot show detail finer than its own width; fewer vertices
        // make Qt's stroker (used for pens over one pixel) several times faster.
        const auto geometry = symbol.fill.alpha() == 0 ? geometryAt(std::max(0.5, 0.6 * symbol.strokeWidth)) : fine;
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
                    geometry->draw(painter, i);
            }
        }
        if (symbol.hatched) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(symbol.hatchBrush());
            for (qsizetype i : visible)
                if (m_symbolOf[static_cast<size_t>(i)] == s)
                    geometry->draw(painter, i);
        }
    }
    painter.restore();
}

} // namespace Mk
