// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/geo (it exposes geos_c.h).

#include <geos_c.h>

namespace Mk::detail {

/**
 * A sufficient test of OGC validity for polygons, the fast path of Geometry::isValid(): true only when `g` is a Polygon
 * or MultiPolygon whose rings are closed, have at least three distinct points and finite coordinates, and whose
 * segments meet nowhere but where consecutive segments of one ring share their end point (without doubling back);
 * every hole then has a vertex inside its shell, no hole lies inside another and no part inside another part.
 * Such a polygon is valid by the OGC Simple Features rules (OGC 06-103r4, 6.1.11.1), as GEOS checks them: its rings
 * are simple and do not touch, so its interior is connected. False means "not shown", and GEOS decides.
 *
 * The segments are swept in x order (Shamos and Hoey 1976, "Geometric intersection problems", FOCS; the plain
 * sort-and-scan form), and the orientation tests are floating-point with a forward error bound (Shewchuk 1997,
 * "Adaptive precision floating-point arithmetic and fast robust geometric predicates", DCG 18): a sign the bound cannot
 * certify counts as touching, so rounding can only send a polygon to GEOS, never pass an invalid one.
 */
bool isProvablyValidPolygon(GEOSContextHandle_t context, const GEOSGeometry* g);

} // namespace Mk::detail
