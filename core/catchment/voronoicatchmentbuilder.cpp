// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/voronoicatchmentbuilder.h"

#include "base/feedback.h"
#include "geo/geometry.h"
#include "geo/preparedgeometry.h"
#include "geo/voronoidiagram.h"
#include "model/school.h"

#include <QHash>

#include <cmath>

namespace Mk {

namespace {

/** Snaps a location to the kSameLocation grid so co-located sites compare equal. */
QPair<qint64, qint64> locationKey(const QPointF& p)
{
    const double grid = VoronoiCatchmentBuilder::kSameLocation;
    return {static_cast<qint64>(std::llround(p.x() / grid)), static_cast<qint64>(std::llround(p.y() / grid))};
}

Error geosError(const QString& message)
{
    return fail(ErrorCode::GeometryInvalid, message, Geometry::takeLastError());
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

    if (cellCount == 1) {
        // One location owns the whole gemeente; GEOS returns no diagram for a single site.
        out.cells[0] = std::make_shared<const Geometry>(region.clone());
        feedback.setProgress(1.0);
        return out;
    }

    std::vector<Geometry> cells = VoronoiDiagram::cells(out.cellSites, region);
    if (cells.empty())
        return geosError(tr("GEOS could not compute the nearest-school areas of %n school location(s).", nullptr,
                            static_cast<int>(cellCount)));
    const PreparedGeometry preparedRegion(region);
    for (qsizetype c = 0; c < cellCount; ++c) {
        if (feedback.isCanceled())
            return fail(ErrorCode::Canceled, tr("Canceled."));
        const Geometry& cell = cells[static_cast<size_t>(c)];
        if (cell.isNull())
            continue;
        Geometry clipped = preparedRegion.clip(cell);
        if (clipped.isNull())
            return geosError(tr("GEOS could not clip the nearest-school area around (%1, %2) to the gemeente boundary.")
                                 .arg(out.cellSites[static_cast<size_t>(c)].x(), 0, 'f', 0)
                                 .arg(out.cellSites[static_cast<size_t>(c)].y(), 0, 'f', 0));
        out.cells[static_cast<size_t>(c)] = std::make_shared<const Geometry>(std::move(clipped));
        feedback.setProgress(static_cast<double>(c + 1) / static_cast<double>(cellCount));
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
