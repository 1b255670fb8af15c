// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

private:
    void append(const Geometry* geometry);

    std::vector<std::vector<QPolygonF>> m_rings;
    std::vector<QRectF> m_bounds;
    QRectF m_extent;
};

} // namespace Mk
