// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/spatialindex.h"

#include "geo/geometry_p.h"

#include <algorithm>
#include <deque>

namespace Mk {

namespace detail {
struct SpatialIndexPrivate {
    GEOSSTRtree* tree = nullptr;
    // GEOS stores void* items; a deque keeps their addresses stable while it grows.
    std::deque<qsizetype> items;
};
} // namespace detail

using detail::GeometryAccess;
using detail::GeosContext;

namespace {
void collect(void* item, void* userdata)
{
    static_cast<std::vector<qsizetype>*>(userdata)->push_back(*static_cast<const qsizetype*>(item));
}
} // namespace

SpatialIndex::SpatialIndex() : d(std::make_unique<detail::SpatialIndexPrivate>())
{
    d->tree = GEOSSTRtree_create_r(GeosContext::handle(), 10);
}

SpatialIndex::~SpatialIndex()
{
    GEOSSTRtree_destroy_r(GeosContext::handle(), d->tree);
}

void SpatialIndex::insert(const Geometry& geometry, qsizetype index)
{
    if (geometry.isNull())
        return;
    d->items.push_back(index);
    GEOSSTRtree_insert_r(GeosContext::handle(), d->tree, GeometryAccess::raw(geometry), &d->items.back());
}

std::vector<qsizetype> SpatialIndex::query(const Geometry& geometry) const
{
    std::vector<qsizetype> hits;
    if (geometry.isNull())
        return hits;
    GEOSSTRtree_query_r(GeosContext::handle(), d->tree, GeometryAccess::raw(geometry), collect, &hits);
    std::sort(hits.begin(), hits.end());
    return hits;
}

} // namespace Mk
