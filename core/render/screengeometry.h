// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QTransform>

#include <memory>
#include <vector>

class QPainter;

namespace Mk {

class PolygonSet;

/**
 * The features of a PolygonSet in logical pixels for one view: transformed, culled to the view,
 * features under half a pixel dropped, and every ring simplified: a radial pass (vertices within half
 * the tolerance of the last kept one go), then the Douglas–Peucker algorithm (Douglas & Peucker 1973,
 * "Algorithms for the reduction of the number of points required to represent a digitized line or its
 * caricature", Cartographica 10(2) 112–122) to `tolerance` pixels, so no vertex moves more than 1.5 ×
 * `tolerance` from the drawn outline. Immutable once built, so render jobs on any thread may share one.
 */
class ScreenGeometry
{
public:
    /**
     * `mapToPixel` must be a scale and translation (RD New is north-up); `view` is in map units. The features are
     * simplified on `threads` threads (0: on every core for a set of many vertices, else on this one); each feature
     * comes out the same on any number.
     */
    static std::shared_ptr<const ScreenGeometry> build(const PolygonSet& set, const QTransform& mapToPixel, const QRectF& view,
                                                       double tolerance, int threads = 0);

    /** Whether feature i has anything to draw in this view. */
    bool isDrawn(qsizetype i) const { return m_kind[static_cast<size_t>(i)] != Kind::None; }
    /** Feature i as drawn (odd-even fill; empty when not drawn), for inspection: draw() paints it without a path. */
    QPainterPath path(qsizetype i) const;
    /** Paints feature i (odd-even fill) with the painter's current pen and brush. */
    void draw(QPainter& painter, qsizetype i) const;
    /** The number of vertices kept, over all features: what the simplification left for the rasteriser. */
    qsizetype vertexCount() const { return m_vertexCount; }

private:
    enum class Kind : unsigned char { None, Polygon, Path };
    std::vector<Kind> m_kind;
    std::vector<QPolygonF> m_polygons; ///< features of one ring
    std::vector<QPainterPath> m_paths; ///< features of several rings (parts and holes)
    qsizetype m_vertexCount = 0;
};

/**
 * The few most recent ScreenGeometry of one PolygonSet, keyed by the view (transform, extent) and the
 * tolerance. Locked, because the GUI thread (briefing, export) and render workers render the same set;
 * entries are immutable and handed out shared, so a render never sees one change under it.
 */
class ScreenGeometryCache
{
public:
    std::shared_ptr<const ScreenGeometry> get(const PolygonSet& set, const QTransform& mapToPixel, const QRectF& view, double tolerance);
    void clear();

private:
    struct Entry {
        QTransform mapToPixel;
        QRectF view;
        double tolerance;
        std::shared_ptr<const ScreenGeometry> geometry;
    };
    QMutex m_mutex;
    std::vector<Entry> m_entries; ///< most recently used last
};

} // namespace Mk
