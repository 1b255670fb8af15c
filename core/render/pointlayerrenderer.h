// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/layerrenderer.h"
#include "render/symbol.h"

#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>

#include <memory>
#include <vector>

namespace Mk {

class LabelCache;

/**
 * Paints point symbols (schools, VVE locations) as markers (Symbol::markerPath) with per-point diameter and fill, then
 * their labels. Labels are placed greedily in priority order at one of eight candidate positions
 * around the symbol (Imhof 1975, "Positioning names on maps", The American Cartographer 2(2),
 * preference order right, left, above, below, then the diagonals) and dropped when every position
 * overlaps a symbol or an earlier label, so labels never overlap. The labels come from the layer's
 * LabelCache, drawn with their halo once.
 */
class PointLayerRenderer : public LayerRenderer
{
public:
    struct Point {
        QPointF position;     ///< map units
        double diameter = 8;  ///< logical pixels
        int symbol = 0;       ///< index into the symbol list; -1 hides the point
        QString label;
        double priority = 0;  ///< larger labels first
    };

    /** A placed label: which point, its box in logical pixels and the text baseline origin. */
    struct LabelPlacement {
        size_t point;
        QRectF box;
        QPointF baseline;
    };

    PointLayerRenderer(std::vector<Point> points, QList<Symbol> symbols, double opacity, bool labels, QFont labelFont,
                       std::shared_ptr<LabelCache> labelCache);
    void render(QPainter& painter, const RenderContext& context) override;

    /**
     * Places labels greedily by priority; symbolRects[i] is point i's symbol in logical pixels
     * (null = not drawn). No returned box overlaps another box, any symbol, or leaves `viewport`.
     */
    static std::vector<LabelPlacement> placeLabels(const std::vector<Point>& points, const std::vector<QRectF>& symbolRects,
                                                   const QFont& font, const QRectF& viewport);

private:
    void renderLabels(QPainter& painter, const std::vector<QRectF>& symbolRects, const RenderContext& context) const;

    std::vector<Point> m_points;
    QList<Symbol> m_symbols;
    double m_opacity;
    bool m_labels;
    QFont m_labelFont;
    std::shared_ptr<LabelCache> m_labelCache;
};

} // namespace Mk
