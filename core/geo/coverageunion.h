// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/geometry.h"

#include <vector>

namespace Mk {

/**
 * The union of polygons that tile without overlapping (a coverage, such as the CBS wijken or buurten of a gemeente),
 * by GEOS's coverage union (GEOSCoverageUnion_r), which only drops the edges two polygons share: several times faster
 * than Geometry::unionOf for the national wijken, with the same result. The result is kept only when it is valid and
 * its area is the parts' summed area (within 1e-9), which overlapping or badly noded parts fail; Geometry::unionOf()
 * gives the union then.
 */
Geometry coverageUnion(const std::vector<const Geometry*>& parts);

} // namespace Mk
