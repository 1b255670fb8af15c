// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/screengeometry.h"

#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <memory>
#include <vector>

namespace Mk {

class Geometry;
struct AreaLayer;

/**
 * The drawable outlines of a set of polygons in map units (EPSG:28992), converted from GEOS once
 * per loaded layer and shared read-only by every render snapshot, so redraws never touch GEOS.
 * Each feature is a list of rings (outer rings and holes, filled odd-even). Feature i = unit i.
 * It keeps its features in pixels for the last few views (screenGeometry), so a redraw of the same
 * view only paints; new data means a new set, so that cache can never outlive its data.
 */
class PolygonSet
{
public:
    static std::shared_ptr<const PolygonSet> fromAreaLayer(const AreaLayer& layer);
    static std::shared_ptr<const PolygonSet> fromGeometries(const std::vector<const Geometry*>& geometries);

    qsizetype size() const { return static_cast<qsizetype>(m_rings.size()); }
    const std::vector<QPolygonF>& rings(qsizetype i) const { return m_rings[static_cast<size_t>(i)]; }
    /** The feature as a path (odd-even fill), for hit tests and highlights; built on demand. */
    QPainterPath path(qsizetype i) const;
    const QRectF& bounds(qsizetype i) const { return m_bounds[static_cast<size_t>(i)]; }
    /** Union of all bounds; empty for an empty set. */
    QRectF extent() const { return m_extent; }
    /** The last (topmost) feature containing the map point, or -1. */
    qsizetype featureAt(const QPointF& mapPoint) const;
    /** The features in pixels for this view, simplified to `tolerance` pixels: cached, safe from any thread. */
    std::shared_ptr<const ScreenGeometry> screenGeometry(const QTransform& mapToPixel, const QRectF& view, double tolerance) const
    {
        return m_screenCache.get(*this, mapToPixel, view, tolerance);
    }
    /** Forgets the cached views (after a style change, and for timing the first render of a view). */
    void clearScreenCache() const { m_screenCache.clear(); }

private:
    void append(const Geometry* geometry);

    std::vector<std::vector<QPolygonF>> m_rings;
    std::vector<QRectF> m_bounds;
    QRectF m_extent;
    mutable ScreenGeometryCache m_screenCache;
};

} // namespace Mk
