// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/polygonlayerrenderer.h"

#include "render/imagebands.h"
#include "render/polygonset.h"
#include "render/rendercontext.h"
#include "render/screengeometry.h"
#include "render/widelines.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Mk {

namespace {
/** Below this many features the second thread costs more than it saves (a demo gemeente's buurten stay on one). */
constexpr size_t kMinBandedFeatures = 512;
} // namespace

PolygonLayerRenderer::PolygonLayerRenderer(std::shared_ptr<const PolygonSet> polygons, std::vector<int> symbolOf,
                                           QList<Symbol> symbols, double opacity)
    : m_polygons(std::move(polygons)), m_symbolOf(std::move(symbolOf)), m_symbols(std::move(symbols)), m_opacity(opacity)
{
    Q_ASSERT(m_symbolOf.size() == static_cast<size_t>(m_polygons->size()));
}

void PolygonLayerRenderer::render(QPainter& painter, const RenderContext& context)
{
    const double upp = context.settings.mapUnitsPerPixel();
    // A one-pixel margin keeps the antialiased edges of features just outside the view.
    const QRectF view = context.visibleExtent.adjusted(-upp, -upp, upp, upp);
    const double dpr = context.settings.devicePixelRatio();
    // The features in pixels at one simplification tolerance, from the set's cache (built on the first use of a view).
    auto geometryAt = [&](double logicalTolerance) { return m_polygons->screenGeometry(context.mapToPixel, view, logicalTolerance / dpr); };
    // Every outline this render draws is fetched before painting starts, so that painting in bands builds each only once.
    Geometries g;
    g.fine = geometryAt(0.5);
    double widest = 0.0; // logical pixels of the widest line drawn
    for (const Symbol& symbol : m_symbols) {
        const QPen halo = symbol.haloPen();
        g.casing.push_back(halo.style() == Qt::NoPen ? nullptr : geometryAt(std::max(0.5, 0.6 * halo.widthF())));
        // A wide outline without fill cannot show detail finer than its own width; fewer vertices
        // make Qt's stroker (used for pens over one pixel) several times faster.
        g.outline.push_back(symbol.fill.alpha() == 0 ? geometryAt(std::max(0.5, 0.6 * symbol.strokeWidth)) : g.fine);
        widest = std::max({widest, halo.style() == Qt::NoPen ? 0.0 : halo.widthF(), symbol.pen().style() == Qt::NoPen ? 0.0 : symbol.strokeWidth});
    }
    std::vector<qsizetype> visible;
    visible.reserve(static_cast<size_t>(m_polygons->size()));
    for (qsizetype i = 0; i < m_polygons->size(); ++i)
        if (m_symbolOf[static_cast<size_t>(i)] >= 0 && g.fine->isDrawn(i))
            visible.push_back(i);
    if (visible.size() < kMinBandedFeatures || !ImageBands::possible(painter)) {
        paintFeatures(painter, context, g, visible);
        return;
    }
    // Each band paints the features whose pixels can reach it: their bounds, widened by half the widest line and a
    // pixel of antialiasing (with room to spare). The split at the median feature gives both bands about as many.
    const double margin = widest + 2.0;
    std::vector<QRectF> pixelBounds;
    std::vector<double> middles;
    pixelBounds.reserve(visible.size());
    middles.reserve(visible.size());
    for (qsizetype i : visible) {
        pixelBounds.push_back(context.mapToPixel.mapRect(m_polygons->bounds(i)).adjusted(-margin, -margin, margin, margin));
        middles.push_back(pixelBounds.back().center().y());
    }
    const auto median = middles.begin() + static_cast<std::ptrdiff_t>(middles.size() / 2);
    std::nth_element(middles.begin(), median, middles.end());
    ImageBands::paint(painter, *median, [&](QPainter& bandPainter, const QRect& band) {
        std::vector<qsizetype> inBand;
        for (size_t k = 0; k < visible.size(); ++k)
            if (pixelBounds[k].intersects(band))
                inBand.push_back(visible[k]);
        paintFeatures(bandPainter, context, g, inBand);
    });
}

void PolygonLayerRenderer::paintFeatures(QPainter& painter, const RenderContext& context, const Geometries& g,
                                         const std::vector<qsizetype>& features) const
{
    constexpr double kMinOutlinedPixels = 6.0;
    const double upp = context.settings.mapUnitsPerPixel();
    painter.save();
    painter.setOpacity(painter.opacity() * m_opacity);
    // Feature i of `geometry` with the painter's brush and `pen`; a wide line through WideLines, which Qt rasterises in
    // a fraction of the time when it comes in strips.
    const auto draw = [&painter](const ScreenGeometry& geometry, qsizetype i, const QPen& pen, bool wide) {
        if (!wide) {
            geometry.draw(painter, i);
            return;
        }
        if (painter.brush().style() != Qt::NoBrush)
            geometry.draw(painter, i); // the painter's pen is off: the fill, under the line as Qt draws it
        WideLines::stroke(painter, geometry.path(i), pen);
    };
    // Every casing before any line, so no casing covers the line of a neighbouring feature.
    painter.setBrush(Qt::NoBrush);
    for (qsizetype s = 0; s < m_symbols.size() && !context.isCanceled(); ++s) {
        const auto& casing = g.casing[static_cast<size_t>(s)];
        if (!casing)
            continue;
        const QPen pen = m_symbols[s].haloPen();
        const bool wide = WideLines::applies(painter, pen);
        painter.setPen(wide ? QPen(Qt::NoPen) : pen);
        for (qsizetype i : features)
            if (m_symbolOf[static_cast<size_t>(i)] == s)
                draw(*casing, i, pen, wide);
    }
    for (qsizetype s = 0; s < m_symbols.size(); ++s) {
        if (context.isCanceled())
            break;
        const Symbol& symbol = m_symbols[s];
        const ScreenGeometry& geometry = *g.outline[static_cast<size_t>(s)];
        painter.setBrush(symbol.brush());
        // Filled features only a few pixels across get no outline: at national scale the outlines
        // would merge into a grey haze, and stroking them costs more than filling.
        const bool filled = symbol.fill.alpha() > 0;
        for (const bool outlined : {false, true}) {
            const QPen pen = outlined ? symbol.pen() : QPen(Qt::NoPen);
            const bool wide = WideLines::applies(painter, pen);
            painter.setPen(wide ? QPen(Qt::NoPen) : pen);
            for (qsizetype i : features) {
                if (m_symbolOf[static_cast<size_t>(i)] != s)
                    continue;
                const QRectF& b = m_polygons->bounds(i);
                const bool tiny = filled && std::max(b.width(), b.height()) < kMinOutlinedPixels * upp;
                if (tiny != outlined)
                    draw(geometry, i, pen, wide);
            }
        }
        if (symbol.hatched) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(symbol.hatchBrush());
            for (qsizetype i : features)
                if (m_symbolOf[static_cast<size_t>(i)] == s)
                    geometry.draw(painter, i);
        }
    }
    painter.restore();
}

} // namespace Mk
