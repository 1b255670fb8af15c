// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: only core/*.cpp include this header (it exposes geos_c.h).

#include "geo/geoscontext_p.h"

#include <QRectF>

#include <deque>
#include <vector>

namespace Mk::detail {

/**
 * A GEOS STRtree over item numbers (RAII; built lazily on the first query, read-only afterwards).
 * Items are stored as their index, so callers keep their own arrays of geometries. GEOS builds the
 * tree on the first query: call query() once on the owning thread before sharing it between threads.
 */
class GeosTree
{
public:
    GeosTree();
    ~GeosTree();
    GeosTree(const GeosTree&) = delete;
    GeosTree& operator=(const GeosTree&) = delete;

    /** Adds item `index` with the envelope of `geometry` (not copied; must outlive the tree's use). */
    void insert(const GEOSGeometry* geometry, qsizetype index);
    /** Indices whose envelopes intersect the envelope of `geometry`, in ascending order. */
    std::vector<qsizetype> query(const GEOSGeometry* geometry) const;

private:
    GEOSSTRtree* m_tree = nullptr;
    // GEOS stores void* items; a deque keeps their addresses stable while it grows.
    std::deque<qsizetype> m_items;
};

} // namespace Mk::detail
