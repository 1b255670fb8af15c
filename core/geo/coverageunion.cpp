// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/coverageunion.h"

#include "base/librarymessages.h"
#include "geo/geometry_p.h"

#include <algorithm>
#include <cmath>
#include <memory>

namespace Mk {

Geometry coverageUnion(const std::vector<const Geometry*>& parts)
{
    GEOSContextHandle_t ctx = detail::GeosContext::handle();
    std::vector<GEOSGeometry*> clones;
    clones.reserve(parts.size());
    double summed = 0.0;
    for (const Geometry* p : parts)
        if (p && !p->isNull()) {
            clones.push_back(GEOSGeom_clone_r(ctx, detail::GeometryAccess::raw(*p)));
            summed += p->area();
        }
    GEOSGeometry* collection = GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, clones.data(), static_cast<unsigned>(clones.size()));
    const std::unique_ptr<GEOSGeometry, detail::GeosGeometryDeleter> owner(collection);
    {
        const LibraryMessages unheard; // what GEOS says about an input it refuses is not the user's concern: unionOf follows
        Geometry merged = detail::GeometryAccess::adopt(GEOSCoverageUnion_r(ctx, collection)); // null when GEOS refuses the input
        if (merged.isValid() && std::abs(merged.area() - summed) <= 1e-9 * std::max(1.0, summed))
            return merged;
    }
    return Geometry::unionOf(parts);
}

} // namespace Mk
