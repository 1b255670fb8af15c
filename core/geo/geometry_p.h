// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/geo: the one place where a Geometry's GEOS handle is reached (it exposes geos_c.h).

#include "geo/geometry.h"
#include "geo/geoscontext_p.h"

namespace Mk::detail {

/** Access to the GEOSGeometry* inside a Geometry for the GEOS code of core/geo. */
struct GeometryAccess {
    /** The geometry's GEOS handle; null for a null Geometry. */
    static const GEOSGeometry* raw(const Geometry& g);
    /** A Geometry owning `geometry` (may be null: GEOS failed). */
    static Geometry adopt(GEOSGeometry* geometry);
};

} // namespace Mk::detail
