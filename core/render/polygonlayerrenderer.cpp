// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/polygonlayerrenderer.h"

#include "render/polygonset.h"
#include "render/rendercontext.h"

#include <QPainter>

namespace Mk {

PolygonLayerRenderer::PolygonLayerRenderer(std::shared_ptr<const PolygonSet> polygons, std::vector<int> symbolOf,
                                           QList<Symbol> symbols, double opacity)
    : m_polygons(std::move(polygons)), m_symbolOf(std::move(symbolOf)), m_symbols(std::move(symbols)), m_opacity(opacity)
{
    Q_ASSERT(m_symbolOf.size() == static_cast<size_t>(m_polygons->size()));
}

void PolygonLayerRenderer::render(QPainter& painter, const RenderContext& context)
{
    const double upp = context.settings.mapUnitsPerPixel();
    // Features smaller than a pixel still get drawn (as a dot) so a national map has no holes.
    const QRectF view = context.visibleExtent.adjusted(-upp, -upp, upp, upp);
    std::vector<qsizetype> visible;
    visible.reserve(static_cast<size_t>(m_polygons->size()));
    for (qsizetype i = 0; i < m_polygons->size(); ++i)
        if (m_symbolOf[static_cast<size_t>(i)] >= 0 && m_polygons->bounds(i).intersects(view))
            visible.push_back(i);

    painter.save();
    painter.setOpacity(painter.opacity() * m_opacity);
    painter.setTransform(context.mapToPixel, true);
    for (qsizetype s = 0; s < m_symbols.size(); ++s) {
        if (context.isCanceled())
            break;
        const Symbol& symbol = m_symbols[s];
        painter.setPen(symbol.pen());
        painter.setBrush(symbol.brush());
        for (qsizetype i : visible)
            if (m_symbolOf[static_cast<size_t>(i)] == s)
                painter.drawPath(m_polygons->path(i));
        if (symbol.hatched) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(symbol.hatchBrush());
            for (qsizetype i : visible)
                if (m_symbolOf[static_cast<size_t>(i)] == s)
                    painter.drawPath(m_polygons->path(i));
        }
    }
    painter.restore();
}

} // namespace Mk
