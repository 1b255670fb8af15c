// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchment/geostree_p.h"

#include <algorithm>

namespace Mk::detail {

namespace {
void collect(void* item, void* userdata)
{
    static_cast<std::vector<qsizetype>*>(userdata)->push_back(*static_cast<const qsizetype*>(item));
}
} // namespace

GeosTree::GeosTree()
    : m_tree(GEOSSTRtree_create_r(GeosContext::handle(), 10))
{
}

GeosTree::~GeosTree()
{
    GEOSSTRtree_destroy_r(GeosContext::handle(), m_tree);
}

void GeosTree::insert(const GEOSGeometry* geometry, qsizetype index)
{
    m_items.push_back(index);
    GEOSSTRtree_insert_r(GeosContext::handle(), m_tree, geometry, &m_items.back());
}

std::vector<qsizetype> GeosTree::query(const GEOSGeometry* geometry) const
{
    std::vector<qsizetype> hits;
    GEOSSTRtree_query_r(GeosContext::handle(), m_tree, geometry, collect, &hits);
    std::sort(hits.begin(), hits.end());
    return hits;
}

} // namespace Mk::detail
