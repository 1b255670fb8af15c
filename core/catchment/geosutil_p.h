// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: only core/*.cpp include this header (it exposes geos_c.h).

#include "geo/geometry.h"
#include "geo/geoscontext_p.h"

namespace Mk::detail {

inline const GEOSGeometry* geosOf(const Geometry& g) { return static_cast<const GEOSGeometry*>(g.handle()); }

/**
 * The polygonal part of an overlay result as a Polygon or MultiPolygon: overlay of touching polygons
 * can add lines or points, which carry no area and do not fit a polygon layer. Takes ownership.
 */
Geometry polygonalPart(GEOSGeometry* geometry);

/** `cell` clipped to `region`, skipping the overlay when the prepared region contains the cell. */
Geometry clipToRegion(const GEOSGeometry* cell, const GEOSGeometry* region, const GEOSPreparedGeometry* preparedRegion);

} // namespace Mk::detail
