// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/voronoidiagram.h"

#include "geo/geometry_p.h"
#include "geo/spatialindex.h"

namespace Mk {

using detail::GeometryAccess;
using detail::GeosContext;

std::vector<Geometry> VoronoiDiagram::cells(const std::vector<QPointF>& sites, const Geometry& envelope)
{
    GEOSContextHandle_t ctx = GeosContext::handle();
    std::vector<GEOSGeometry*> points;
    points.reserve(sites.size());
    for (const QPointF& p : sites)
        points.push_back(GEOSGeom_createPointFromXY_r(ctx, p.x(), p.y()));
    const std::unique_ptr<GEOSGeometry, detail::GeosGeometryDeleter> multipoint(
        GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOINT, points.data(), static_cast<unsigned>(points.size())));
    const std::unique_ptr<GEOSGeometry, detail::GeosGeometryDeleter> diagram(
        GEOSVoronoiDiagram_r(ctx, multipoint.get(), GeometryAccess::raw(envelope), 0.0, 0));
    if (!diagram)
        return {};

    // GEOS 3.11 does not keep the input order of the cells: find each cell's site with an index of the sites.
    std::vector<Geometry> sitePoints;
    sitePoints.reserve(sites.size());
    for (const QPointF& p : sites)
        sitePoints.push_back(Geometry::point(p.x(), p.y()));
    SpatialIndex siteIndex;
    for (size_t s = 0; s < sitePoints.size(); ++s)
        siteIndex.insert(sitePoints[s], static_cast<qsizetype>(s));

    std::vector<Geometry> out(sites.size());
    const int diagramCells = GEOSGetNumGeometries_r(ctx, diagram.get());
    for (int k = 0; k < diagramCells; ++k) {
        Geometry cell = GeometryAccess::adopt(GEOSGeom_clone_r(ctx, GEOSGetGeometryN_r(ctx, diagram.get(), k)));
        for (qsizetype s : siteIndex.query(cell)) {
            Geometry& slot = out[static_cast<size_t>(s)];
            if (slot.isNull() && cell.intersects(sitePoints[static_cast<size_t>(s)])) {
                slot = std::move(cell);
                break;
            }
        }
    }
    return out;
}

} // namespace Mk
