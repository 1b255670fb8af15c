// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/geometry.h"

#include <memory>
#include <vector>

namespace Mk {

namespace detail { struct SpatialIndexPrivate; }

/**
 * An R-tree over item numbers (GEOS STRtree, Leutenegger et al. 1997's sort-tile-recursive packing): which items'
 * envelopes meet a query geometry's envelope. Items are stored as their number, so callers keep their own arrays
 * of geometries; an inserted geometry is not copied and must outlive the index. GEOS builds the tree on the first
 * query and it is read-only afterwards: query once on the owning thread before sharing it between threads.
 */
class SpatialIndex
{
public:
    SpatialIndex();
    ~SpatialIndex();
    SpatialIndex(const SpatialIndex&) = delete;
    SpatialIndex& operator=(const SpatialIndex&) = delete;

    /** Adds item `index` with the envelope of `geometry`. */
    void insert(const Geometry& geometry, qsizetype index);
    /** Items whose envelopes intersect the envelope of `geometry`, in ascending order. */
    std::vector<qsizetype> query(const Geometry& geometry) const;

private:
    std::unique_ptr<detail::SpatialIndexPrivate> d;
};

} // namespace Mk
