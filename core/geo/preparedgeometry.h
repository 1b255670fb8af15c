// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/geometry.h"

#include <QPointF>

#include <memory>

namespace Mk {

namespace detail { struct PreparedGeometryPrivate; }

/**
 * A GEOS prepared geometry for many repeated predicates against one polygon (e.g. thousands of
 * schools against a gemeente boundary). It borrows `geometry`, which must outlive it, and is used
 * by one thread at a time.
 */
class PreparedGeometry
{
public:
    explicit PreparedGeometry(const Geometry& geometry);
    ~PreparedGeometry();
    PreparedGeometry(PreparedGeometry&&) noexcept;
    PreparedGeometry& operator=(PreparedGeometry&&) noexcept;
    PreparedGeometry(const PreparedGeometry&) = delete;
    PreparedGeometry& operator=(const PreparedGeometry&) = delete;

    bool isNull() const;
    /** True when the point lies inside or on the boundary. */
    bool covers(const QPointF& point) const;
    bool covers(const Geometry& other) const;
    bool intersects(const Geometry& other) const;
    /** True when `other` lies in the interior (it touches no boundary point). */
    bool containsProperly(const Geometry& other) const;
    /**
     * `other` clipped to this geometry, as a Polygon or MultiPolygon: a copy when it lies inside, an empty polygon
     * when it lies outside, otherwise the polygonal part of the intersection (overlay of touching polygons can add
     * lines or points, which carry no area and do not fit a polygon layer). Null when GEOS fails
     * (Geometry::takeLastError() says why).
     */
    Geometry clip(const Geometry& other) const;

private:
    std::unique_ptr<detail::PreparedGeometryPrivate> d;
};

} // namespace Mk
