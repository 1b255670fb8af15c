// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/pointlayerrenderer.h"

#include "render/labelcache.h"
#include "render/rendercontext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace Mk {

PointLayerRenderer::PointLayerRenderer(std::vector<Point> points, QList<Symbol> symbols, double opacity, bool labels,
                                       QFont labelFont, std::shared_ptr<LabelCache> labelCache)
    : m_points(std::move(points)), m_symbols(std::move(symbols)), m_opacity(opacity), m_labels(labels),
      m_labelFont(std::move(labelFont)), m_labelCache(std::move(labelCache))
{
}

void PointLayerRenderer::render(QPainter& painter, const RenderContext& context)
{
    const QRectF viewport(QPointF(0, 0), QSizeF(context.settings.outputSize()));
    // Large symbols first so small ones stay visible on top.
    std::vector<size_t> order(m_points.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [this](size_t a, size_t b) { return m_points[a].diameter > m_points[b].diameter; });

    std::vector<QRectF> symbolRects(m_points.size());
    painter.save();
    painter.setOpacity(painter.opacity() * m_opacity);
    for (size_t i : order) {
        if (context.isCanceled())
            break;
        const Point& p = m_points[i];
        if (p.symbol < 0 || p.symbol >= m_symbols.size())
            continue;
        const QPointF c = context.mapToPixel.map(p.position);
        const double r = p.diameter / 2.0;
        const QRectF rect(c.x() - r, c.y() - r, p.diameter, p.diameter);
        if (!rect.intersects(viewport))
            continue;
        const Symbol& s = m_symbols[p.symbol];
        painter.setPen(s.pen());
        painter.setBrush(s.brush());
        const QPainterPath marker = s.marker == Symbol::Marker::Circle ? QPainterPath() : s.markerPath(rect);
        const auto draw = [&] { s.marker == Symbol::Marker::Circle ? painter.drawEllipse(rect) : painter.drawPath(marker); };
        draw();
        if (s.hatched) {
            painter.setBrush(s.hatchBrush());
            draw();
        }
        symbolRects[i] = rect;
    }
    painter.restore();
    if (m_labels && !context.isCanceled())
        renderLabels(painter, symbolRects, context);
}

std::vector<PointLayerRenderer::LabelPlacement> PointLayerRenderer::placeLabels(const std::vector<Point>& points,
                                                                                const std::vector<QRectF>& symbolRects,
                                                                                const QFont& font, const QRectF& viewport)
{
    const QFontMetricsF fm(font);
    std::vector<size_t> order;
    for (size_t i = 0; i < points.size(); ++i)
        if (!symbolRects[i].isNull() && !points[i].label.isEmpty())
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&points](size_t a, size_t b) { return points[a].priority > points[b].priority; });

    std::vector<QRectF> taken;
    for (const QRectF& r : symbolRects)
        if (!r.isNull())
            taken.push_back(r);

    std::vector<LabelPlacement> placed;
    constexpr double kGap = 2.0;
    for (size_t i : order) {
        const QSizeF size(fm.horizontalAdvance(points[i].label), fm.height());
        const QRectF sym = symbolRects[i];
        const QPointF c = sym.center();
        const QPointF candidates[] = {
            {sym.right() + kGap, c.y() - size.height() / 2},
            {sym.left() - kGap - size.width(), c.y() - size.height() / 2},
            {c.x() - size.width() / 2, sym.top() - kGap - size.height()},
            {c.x() - size.width() / 2, sym.bottom() + kGap},
            {sym.right(), sym.top() - size.height()},
            {sym.left() - size.width(), sym.top() - size.height()},
            {sym.right(), sym.bottom()},
            {sym.left() - size.width(), sym.bottom()},
        };
        for (const QPointF& topLeft : candidates) {
            const QRectF box(topLeft, size);
            if (!viewport.contains(box))
                continue;
            if (std::any_of(taken.begin(), taken.end(), [&box](const QRectF& t) { return t.intersects(box); }))
                continue;
            taken.push_back(box);
            placed.push_back({i, box, QPointF(box.left(), box.top() + fm.ascent())});
            break;
        }
    }
    return placed;
}

void PointLayerRenderer::renderLabels(QPainter& painter, const std::vector<QRectF>& symbolRects, const RenderContext& context) const
{
    const QRectF viewport(QPointF(0, 0), QSizeF(context.settings.outputSize()));
    const std::vector<LabelPlacement> placed = placeLabels(m_points, symbolRects, m_labelFont, viewport);
    for (const LabelPlacement& p : placed)
        m_labelCache->draw(painter, m_points[p.point].label, m_labelFont, p.baseline);
}

} // namespace Mk
