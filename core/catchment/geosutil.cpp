// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/geosutil_p.h"

#include <vector>

namespace Mk::detail {

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
} // namespace

Geometry polygonalPart(GEOSGeometry* geometry)
{
    std::unique_ptr<GEOSGeometry, GeosGeometryDeleter> owner(geometry);
    if (!geometry)
        return {};
    GEOSContextHandle_t ctx = GeosContext::handle();
    const int type = GEOSGeomTypeId_r(ctx, geometry);
    if (type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON)
        return Geometry::adopt(owner.release());
    std::vector<GEOSGeometry*> polygons;
    collectPolygons(ctx, geometry, polygons);
    if (polygons.size() == 1)
        return Geometry::adopt(polygons.front());
    return Geometry::adopt(GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, polygons.data(),
                                                       static_cast<unsigned>(polygons.size())));
}

Geometry clipToRegion(const GEOSGeometry* cell, const GEOSGeometry* region, const GEOSPreparedGeometry* preparedRegion)
{
    GEOSContextHandle_t ctx = GeosContext::handle();
    if (GEOSPreparedContainsProperly_r(ctx, preparedRegion, cell) == 1)
        return Geometry::adopt(GEOSGeom_clone_r(ctx, cell));
    if (GEOSPreparedIntersects_r(ctx, preparedRegion, cell) != 1)
        return Geometry::adopt(GEOSGeom_createEmptyPolygon_r(ctx));
    return polygonalPart(GEOSIntersection_r(ctx, cell, region));
}

} // namespace Mk::detail
