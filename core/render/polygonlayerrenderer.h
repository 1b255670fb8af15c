// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/layerrenderer.h"
#include "render/symbol.h"

#include <QList>

#include <memory>
#include <vector>

namespace Mk {

class PolygonSet;

/**
 * Paints polygons (buurten, wijken, the gemeente outline, catchments), each with one of a few
 * symbols. symbolOf[i] picks feature i's symbol; -1 leaves it out. Features are batched per
 * symbol so the painter state changes once per class; their outlines in pixels come from the
 * set's ScreenGeometry for the view, so a redraw of a view drawn before only paints.
 */
class PolygonLayerRenderer : public LayerRenderer
{
public:
    PolygonLayerRenderer(std::shared_ptr<const PolygonSet> polygons, std::vector<int> symbolOf, QList<Symbol> symbols,
                         double opacity);
    void render(QPainter& painter, const RenderContext& context) override;

private:
    std::shared_ptr<const PolygonSet> m_polygons;
    std::vector<int> m_symbolOf;
    QList<Symbol> m_symbols;
    double m_opacity;
};

} // namespace Mk
