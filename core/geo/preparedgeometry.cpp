// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/preparedgeometry.h"

#include "geo/geometry_p.h"

#include <vector>

namespace Mk {

namespace detail {
struct PreparedGeometryPrivate {
    const GEOSGeometry* source = nullptr; // borrowed: the caller keeps the Geometry alive
    std::unique_ptr<const GEOSPreparedGeometry, GeosPreparedDeleter> prepared;
};
} // namespace detail

using detail::GeometryAccess;
using detail::GeosContext;

namespace {

void collectPolygons(GEOSContextHandle_t ctx, const GEOSGeometry* g, std::vector<GEOSGeometry*>& out)
{
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_POLYGON) {
        if (!GEOSisEmpty_r(ctx, g))
            out.push_back(GEOSGeom_clone_r(ctx, g));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int n = GEOSGetNumGeometries_r(ctx, g);
        for (int i = 0; i < n; ++i)
            collectPolygons(ctx, GEOSGetGeometryN_r(ctx, g, i), out);
    }
}

/** The Polygon or MultiPolygon part of an overlay result; takes ownership of `geometry`. */
Geometry polygonalPart(GEOSGeometry* geometry)
{
    std::unique_ptr<GEOSGeometry, detail::GeosGeometryDeleter> owner(geometry);
    if (!geometry)
        return {};
    GEOSContextHandle_t ctx = GeosContext::handle();
    const int type = GEOSGeomTypeId_r(ctx, geometry);
    if (type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON)
        return GeometryAccess::adopt(owner.release());
    std::vector<GEOSGeometry*> polygons;
    collectPolygons(ctx, geometry, polygons);
    if (polygons.size() == 1)
        return GeometryAccess::adopt(polygons.front());
    return GeometryAccess::adopt(GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, polygons.data(),
                                                             static_cast<unsigned>(polygons.size())));
}

} // namespace

PreparedGeometry::PreparedGeometry(const Geometry& geometry) : d(std::make_unique<detail::PreparedGeometryPrivate>())
{
    d->source = GeometryAccess::raw(geometry);
    if (d->source)
        d->prepared.reset(GEOSPrepare_r(GeosContext::handle(), d->source));
}

PreparedGeometry::~PreparedGeometry() = default;
PreparedGeometry::PreparedGeometry(PreparedGeometry&&) noexcept = default;
PreparedGeometry& PreparedGeometry::operator=(PreparedGeometry&&) noexcept = default;

bool PreparedGeometry::isNull() const { return !d->prepared; }

bool PreparedGeometry::covers(const QPointF& point) const
{
    return covers(Geometry::point(point.x(), point.y()));
}

bool PreparedGeometry::covers(const Geometry& other) const
{
    return d->prepared && !other.isNull()
           && GEOSPreparedCovers_r(GeosContext::handle(), d->prepared.get(), GeometryAccess::raw(other)) == 1;
}

bool PreparedGeometry::intersects(const Geometry& other) const
{
    return d->prepared && !other.isNull()
           && GEOSPreparedIntersects_r(GeosContext::handle(), d->prepared.get(), GeometryAccess::raw(other)) == 1;
}

bool PreparedGeometry::containsProperly(const Geometry& other) const
{
    return d->prepared && !other.isNull()
           && GEOSPreparedContainsProperly_r(GeosContext::handle(), d->prepared.get(), GeometryAccess::raw(other)) == 1;
}

Geometry PreparedGeometry::clip(const Geometry& other) const
{
    if (!d->prepared || other.isNull())
        return {};
    GEOSContextHandle_t ctx = GeosContext::handle();
    const GEOSGeometry* cell = GeometryAccess::raw(other);
    // The prepared predicates settle most cells (wholly inside or outside) without an overlay.
    if (GEOSPreparedContainsProperly_r(ctx, d->prepared.get(), cell) == 1)
        return GeometryAccess::adopt(GEOSGeom_clone_r(ctx, cell));
    if (GEOSPreparedIntersects_r(ctx, d->prepared.get(), cell) != 1)
        return GeometryAccess::adopt(GEOSGeom_createEmptyPolygon_r(ctx));
    return polygonalPart(GEOSIntersection_r(ctx, cell, d->source));
}

} // namespace Mk
