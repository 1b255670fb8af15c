// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/voronoicatchmentbuilder.h"

#include "base/feedback.h"
#include "catchment/geostree_p.h"
#include "catchment/geosutil_p.h"
#include "geo/geometry.h"
#include "model/school.h"

#include <QHash>

#include <cmath>

namespace Mk {

using detail::GeosContext;
using detail::geosOf;

namespace {

using GeomPtr = std::unique_ptr<GEOSGeometry, detail::GeosGeometryDeleter>;
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, detail::GeosPreparedDeleter>;

/** Snaps a location to the kSameLocation grid so co-located sites compare equal. */
QPair<qint64, qint64> locationKey(const QPointF& p)
{
    const double grid = VoronoiCatchmentBuilder::kSameLocation;
    return {static_cast<qint64>(std::llround(p.x() / grid)), static_cast<qint64>(std::llround(p.y() / grid))};
}

Error geosError(const QString& message)
{
    return fail(ErrorCode::GeometryInvalid, message, GeosContext::takeLastError());
}

} // namespace

Result<VoronoiPartition> VoronoiCatchmentBuilder::partition(const std::vector<QPointF>& sites, const Geometry& region,
                                                            Feedback& feedback)
{
    if (sites.empty())
        return fail(ErrorCode::EmptyInput, tr("There are no school locations to draw nearest-school areas from. "
                                              "Load schools with coordinates or geocode them by postcode."));
    if (region.isEmpty())
        return fail(ErrorCode::EmptyInput, tr("The gemeente boundary is empty, so nearest-school areas cannot be "
                                              "clipped to it. Load the areas (buurten or wijken) of the gemeente."));
    GEOSContextHandle_t ctx = GeosContext::handle();

    VoronoiPartition out;
    out.cellOfSite.resize(sites.size());
    QHash<QPair<qint64, qint64>, qsizetype> cellByKey;
    for (size_t i = 0; i < sites.size(); ++i) {
        const auto key = locationKey(sites[i]);
        auto it = cellByKey.find(key);
        if (it == cellByKey.end()) {
            it = cellByKey.insert(key, static_cast<qsizetype>(out.cellSites.size()));
            out.cellSites.push_back(sites[i]);
        }
        out.cellOfSite[i] = it.value();
    }
    const qsizetype cellCount = static_cast<qsizetype>(out.cellSites.size());
    out.cells.resize(out.cellSites.size());

    const GEOSGeometry* regionGeom = geosOf(region);
    PreparedPtr preparedRegion(GEOSPrepare_r(ctx, regionGeom));
    if (cellCount == 1) {
        // One location owns the whole gemeente; GEOS returns no diagram for a single site.
        out.cells[0] = std::make_shared<const Geometry>(region.clone());
        feedback.setProgress(1.0);
        return out;
    }

    std::vector<GEOSGeometry*> points;
    points.reserve(out.cellSites.size());
    for (const QPointF& p : out.cellSites)
        points.push_back(GEOSGeom_createPointFromXY_r(ctx, p.x(), p.y()));
    GeomPtr multipoint(GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOINT, points.data(), static_cast<unsigned>(points.size())));
    GeomPtr diagram(GEOSVoronoiDiagram_r(ctx, multipoint.get(), regionGeom, 0.0, 0));
    if (!diagram)
        return geosError(tr("GEOS could not compute the nearest-school areas of %n school location(s).", nullptr,
                            static_cast<int>(cellCount)));

    // GEOS 3.11 does not keep the input order of the cells: find each cell's site with a tree of the sites.
    detail::GeosTree siteTree;
    for (qsizetype c = 0; c < cellCount; ++c)
        siteTree.insert(GEOSGetGeometryN_r(ctx, multipoint.get(), static_cast<int>(c)), c);
    const int diagramCells = GEOSGetNumGeometries_r(ctx, diagram.get());
    for (int k = 0; k < diagramCells; ++k) {
        if (feedback.isCanceled())
            return fail(ErrorCode::Canceled, tr("Canceled."));
        const GEOSGeometry* cell = GEOSGetGeometryN_r(ctx, diagram.get(), k);
        for (qsizetype c : siteTree.query(cell)) {
            if (out.cells[static_cast<size_t>(c)])
                continue;
            if (GEOSIntersects_r(ctx, cell, GEOSGetGeometryN_r(ctx, multipoint.get(), static_cast<int>(c))) != 1)
                continue;
            Geometry clipped = detail::clipToRegion(cell, regionGeom, preparedRegion.get());
            if (clipped.isNull())
                return geosError(tr("GEOS could not clip the nearest-school area around (%1, %2) to the gemeente boundary.")
                                     .arg(out.cellSites[static_cast<size_t>(c)].x(), 0, 'f', 0)
                                     .arg(out.cellSites[static_cast<size_t>(c)].y(), 0, 'f', 0));
            out.cells[static_cast<size_t>(c)] = std::make_shared<const Geometry>(std::move(clipped));
            break;
        }
        feedback.setProgress(static_cast<double>(k + 1) / diagramCells);
    }
    for (qsizetype c = 0; c < cellCount; ++c)
        if (!out.cells[static_cast<size_t>(c)])
            return fail(ErrorCode::Internal, tr("GEOS returned no nearest-school area for the location (%1, %2).")
                                                 .arg(out.cellSites[static_cast<size_t>(c)].x(), 0, 'f', 0)
                                                 .arg(out.cellSites[static_cast<size_t>(c)].y(), 0, 'f', 0));
    return out;
}

Result<VoronoiCatchments> VoronoiCatchmentBuilder::build(const QList<School>& schools, const Geometry& boundary,
                                                         Feedback& feedback, Diagnostics& diagnostics)
{
    std::vector<QPointF> sites;
    QList<qsizetype> placed;
    for (qsizetype i = 0; i < schools.size(); ++i) {
        if (schools[i].location) {
            sites.push_back(*schools[i].location);
            placed.append(i);
        } else {
            diagnostics.warning(tr("School %1 (%2) has no location and gets no nearest-school area.")
                                    .arg(schools[i].id, schools[i].name),
                                schools[i].id);
        }
    }
    auto part = partition(sites, boundary, feedback);
    if (!part)
        return part.error();
    std::vector<int> sharing(part->cells.size(), 0);
    for (qsizetype c : part->cellOfSite)
        ++sharing[static_cast<size_t>(c)];

    std::vector<QStringList> namesInCell(part->cells.size());
    for (qsizetype k = 0; k < placed.size(); ++k)
        namesInCell[static_cast<size_t>(part->cellOfSite[static_cast<size_t>(k)])].append(schools[placed[k]].id);
    for (const QStringList& names : namesInCell)
        if (names.size() > 1)
            diagnostics.info(tr("Schools %1 share one address and therefore one nearest-school area.")
                                 .arg(names.join(QStringLiteral(", "))),
                             names.first());

    VoronoiCatchments out;
    out.catchments.reserve(placed.size());
    for (qsizetype k = 0; k < placed.size(); ++k) {
        const School& school = schools[placed[k]];
        const qsizetype cell = part->cellOfSite[static_cast<size_t>(k)];
        Catchment c;
        c.schoolId = school.id;
        c.method = CatchmentMethod::Voronoi;
        c.geometry = part->cells[static_cast<size_t>(cell)];
        c.sharedWith = sharing[static_cast<size_t>(cell)];
        if (c.geometry->isEmpty())
            diagnostics.warning(tr("School %1 (%2) lies outside the gemeente and no part of the gemeente is nearest to it.")
                                    .arg(school.id, school.name),
                                school.id);
        out.catchments.append(std::move(c));
    }
    out.partition = std::move(*part);
    return out;
}

} // namespace Mk
