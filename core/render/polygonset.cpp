// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/polygonset.h"

#include "geo/geometry.h"
#include "model/arealayer.h"

namespace Mk {

std::shared_ptr<const PolygonSet> PolygonSet::fromAreaLayer(const AreaLayer& layer)
{
    auto set = std::make_shared<PolygonSet>();
    set->m_rings.reserve(static_cast<size_t>(layer.units.size()));
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
    std::vector<QPolygonF> rings;
    QRectF b;
    if (geometry) {
        for (const auto& ring : geometry->rings()) {
            if (ring.size() < 3)
                continue;
            QPolygonF polygon(QList<QPointF>(ring.begin(), ring.end()));
            b = b.isNull() ? polygon.boundingRect() : b.united(polygon.boundingRect());
            rings.push_back(std::move(polygon));
        }
    }
    m_rings.push_back(std::move(rings));
    m_bounds.push_back(b);
    if (!b.isNull())
        m_extent = m_extent.isNull() ? b : m_extent.united(b);
}

QPainterPath PolygonSet::path(qsizetype i) const
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const QPolygonF& ring : rings(i)) {
        path.addPolygon(ring);
        path.closeSubpath();
    }
    return path;
}

qsizetype PolygonSet::featureAt(const QPointF& mapPoint) const
{
    for (qsizetype i = size() - 1; i >= 0; --i) {
        if (!bounds(i).contains(mapPoint))
            continue;
        // Odd-even over all rings: inside an outer ring and not inside a hole.
        int crossings = 0;
        for (const QPolygonF& ring : rings(i))
            crossings += ring.containsPoint(mapPoint, Qt::OddEvenFill) ? 1 : 0;
        if (crossings % 2 == 1)
            return i;
    }
    return -1;
}

} // namespace Mk
