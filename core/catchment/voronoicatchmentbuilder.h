// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/diagnostics.h"
#include "base/result.h"
#include "catchment/catchment.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>

#include <memory>
#include <vector>

namespace Mk {

class Feedback;
class Geometry;
struct School;

/** A region split into nearest-site cells; sites at one location share a cell. */
struct VoronoiPartition {
    std::vector<std::shared_ptr<const Geometry>> cells; ///< one per distinct location, clipped to the region
    std::vector<QPointF> cellSites;                      ///< the location of each cell
    std::vector<qsizetype> cellOfSite;                   ///< for every input site: the index of its cell
};

/** Nearest-school catchments with the partition they come from (partition.cellOfSite[i] is catchments[i]'s cell). */
struct VoronoiCatchments {
    QList<Catchment> catchments;
    VoronoiPartition partition;
};

/**
 * Nearest-school areas: the Voronoi diagram (Dirichlet tessellation) of the school locations,
 * clipped to the gemeente. Every point of the gemeente lies in the cell of the school closest to it
 * in straight-line distance, so the cells cover the gemeente exactly once. This is the geometry behind
 * the Inspectie's counterfactual "als elke leerling naar de dichtstbijzijnde school zou gaan"
 * (Staat van het Onderwijs 2018; Boterman 2019, Urban Studies 56(15)).
 *
 * Schools whose RD coordinates agree to the centimetre (two schools in one building, as 09BJ and
 * 17WX in Baarn) share one cell: a Voronoi diagram has one cell per distinct point, and splitting
 * a shared cell geometrically would invent a boundary that does not exist.
 */
class VoronoiCatchmentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Mk::VoronoiCatchmentBuilder)
public:
    /** Locations closer than this (metres) count as one address. */
    static constexpr double kSameLocation = 0.01;

    /**
     * Cells of `sites` clipped to `region` (polygonal, EPSG:28992). Sites outside the region still get
     * their (possibly empty) clipped cell. Fails on an empty site list, an empty region or a GEOS error.
     */
    static Result<VoronoiPartition> partition(const std::vector<QPointF>& sites, const Geometry& region, Feedback& feedback);

    /**
     * One catchment per placed school; co-located schools get the same shared geometry and
     * `sharedWith` > 1. Unplaced schools are skipped and reported in `diagnostics`.
     */
    static Result<VoronoiCatchments> build(const QList<School>& schools, const Geometry& boundary, Feedback& feedback,
                                           Diagnostics& diagnostics);
};

} // namespace Mk
