// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/pointcolumns_p.h"

#include "io/sourceschema.h"
namespace Mk::detail {

PointColumns PointColumns::find(const TableReader& t)
{
    PointColumns p;
    p.m_geometry = t.hasGeometry();
    p.m_x = t.column(SourceSchema::candidates(SourceColumn::RdX));
    p.m_y = t.column(SourceSchema::candidates(SourceColumn::RdY));
    p.m_lon = t.column(SourceSchema::candidates(SourceColumn::Longitude));
    p.m_lat = t.column(SourceSchema::candidates(SourceColumn::Latitude));
    if (p.m_lon >= 0 && p.m_lat >= 0) {
        auto wgs84 = CoordinateTransform::create(QStringLiteral("EPSG:4326"));
        if (wgs84)
            p.m_fromWgs84 = std::move(wgs84.value());
    }
    return p;
}

std::optional<QPointF> PointColumns::read(const TableReader& t, Diagnostics& diagnostics, const QString& subject) const
{
    if (m_geometry) {
        if (const auto centroid = t.centroid()) {
            const QPointF p = *centroid;
            if (CoordinateTransform::isPlausibleRd(p)) // false for NaN too
                return p;
            diagnostics.warning(tr("%1, %2: the point (%3, %4 in RD New metres) lies outside the Netherlands; it was ignored. Check "
                                   "its position, or the layer's coordinate reference system, in a GIS.")
                                    .arg(t.displayName(), t.location()).arg(p.x(), 0, 'f', 0).arg(p.y(), 0, 'f', 0),
                                subject);
        }
    }
    auto pair = [&](int a, int b) -> std::optional<QPointF> {
        if (a < 0 || b < 0)
            return std::nullopt;
        const auto va = t.number(a);
        const auto vb = t.number(b);
        if (!va || !vb || !va->hasValue() || !vb->hasValue())
            return std::nullopt;
        return QPointF(va->number, vb->number);
    };
    if (auto rd = pair(m_x, m_y)) {
        if (CoordinateTransform::isPlausibleRd(*rd))
            return rd;
        diagnostics.warning(tr("%1, %2: the coordinates (%3, %4) in columns \"%5\"/\"%6\" are not RD New metres in the Netherlands; "
                               "they were ignored.")
                                .arg(t.displayName(), t.location()).arg(rd->x()).arg(rd->y())
                                .arg(t.columns()[m_x], t.columns()[m_y]),
                            subject);
    }
    if (auto ll = pair(m_lon, m_lat); ll && m_fromWgs84) {
        if (CoordinateTransform::isPlausibleLonLatNl(*ll))
            return m_fromWgs84->transform(*ll);
        diagnostics.warning(tr("%1, %2: longitude/latitude (%3, %4) lie outside the Netherlands (are the columns swapped?); "
                               "they were ignored.")
                                .arg(t.displayName(), t.location()).arg(ll->x()).arg(ll->y()),
                            subject);
    }
    return std::nullopt;
}

} // namespace Mk::detail
