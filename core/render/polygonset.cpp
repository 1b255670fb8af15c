// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/polygonset.h"

#include "geo/geometry.h"
#include "model/arealayer.h"

namespace Mk {

std::shared_ptr<const PolygonSet> PolygonSet::fromAreaLayer(const AreaLayer& layer)
{
    auto set = std::make_shared<PolygonSet>();
    set->m_paths.reserve(static_cast<size_t>(layer.units.size()));
    for (const AreaUnit& unit : layer.units)
        set->append(unit.geometry.get());
    return set;
}

std::shared_ptr<const PolygonSet> PolygonSet::fromGeometries(const std::vector<const Geometry*>& geometries)
{
    auto set = std::make_shared<PolygonSet>();
    for (const Geometry* g : geometries)
        set->append(g);
    return set;
}

void PolygonSet::append(const Geometry* geometry)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    if (geometry) {
        for (const auto& ring : geometry->rings()) {
            if (ring.size() < 3)
                continue;
            path.addPolygon(QPolygonF(QList<QPointF>(ring.begin(), ring.end())));
            path.closeSubpath();
        }
    }
    const QRectF b = path.boundingRect();
    m_paths.push_back(std::move(path));
    m_bounds.push_back(b);
    if (!b.isNull())
        m_extent = m_extent.isNull() ? b : m_extent.united(b);
}

qsizetype PolygonSet::featureAt(const QPointF& mapPoint) const
{
    for (qsizetype i = size() - 1; i >= 0; --i)
        if (bounds(i).contains(mapPoint) && path(i).contains(mapPoint))
            return i;
    return -1;
}

} // namespace Mk
