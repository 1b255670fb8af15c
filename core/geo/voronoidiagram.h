// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/geometry.h"

#include <QPointF>

#include <vector>

namespace Mk {

/**
 * The Voronoi diagram of point sites (GEOS's incremental Delaunay triangulation, Guibas & Stolfi 1985, and its
 * dual): one cell per site, the part of the plane nearer to that site than to any other.
 */
class VoronoiDiagram
{
public:
    /**
     * The cells of `sites` (two or more, pairwise distinct), in the order of `sites`, extended at least to the
     * envelope of `envelope` (not clipped to it). Empty when GEOS fails (Geometry::takeLastError() says why); a null
     * Geometry marks a site GEOS gave no cell.
     */
    static std::vector<Geometry> cells(const std::vector<QPointF>& sites, const Geometry& envelope);
};

} // namespace Mk
