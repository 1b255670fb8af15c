// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/layerrenderer.h"
#include "render/symbol.h"

#include <QList>

#include <memory>
#include <vector>

namespace Mk {

class PolygonSet;
class ScreenGeometry;

/**
 * Paints polygons (buurten, wijken, the gemeente outline, catchments), each with one of a few
 * symbols. symbolOf[i] picks feature i's symbol; -1 leaves it out. Features are batched per
 * symbol so the painter state changes once per class; their outlines in pixels come from the
 * set's ScreenGeometry for the view, so a redraw of a view drawn before only paints. A layer of many features on an
 * image is painted in two bands at once (ImageBands), the same pixels in about half the time.
 */
class PolygonLayerRenderer : public LayerRenderer
{
public:
    PolygonLayerRenderer(std::shared_ptr<const PolygonSet> polygons, std::vector<int> symbolOf, QList<Symbol> symbols,
                         double opacity);
    void render(QPainter& painter, const RenderContext& context) override;

private:
    /** The outlines in pixels one render draws: all features at the fill's tolerance, and per symbol its casing and line. */
    struct Geometries {
        std::shared_ptr<const ScreenGeometry> fine;
        std::vector<std::shared_ptr<const ScreenGeometry>> casing; ///< null for a symbol without a halo
        std::vector<std::shared_ptr<const ScreenGeometry>> outline;
    };
    /** Paints `features` (ascending) in the order of one render: casings, then per symbol fills and lines, then hatches. */
    void paintFeatures(QPainter& painter, const RenderContext& context, const Geometries& g, const std::vector<qsizetype>& features) const;

    std::shared_ptr<const PolygonSet> m_polygons;
    std::vector<int> m_symbolOf;
    QList<Symbol> m_symbols;
    double m_opacity;
};

} // namespace Mk
