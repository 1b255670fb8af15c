// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: shared by the point-table loaders (schools, VVE locations, PC4 centroids).

#include "geo/coordinatetransform.h"
#include "io/tablereader.h"

#include <QCoreApplication>
#include <QPointF>

#include <optional>

namespace Mk::detail {

/**
 * Where a table keeps its point location: the layer geometry, RD x/y columns or lon/lat
 * columns (WGS84, transformed with PROJ). Cells that are empty or not numbers give no point.
 */
class PointColumns
{
    Q_DECLARE_TR_FUNCTIONS(Mk::detail::PointColumns)

public:
    static PointColumns find(const TableReader& table);

    bool any() const { return m_geometry || (m_x >= 0 && m_y >= 0) || (m_lon >= 0 && m_lat >= 0); }
    /** The point in EPSG:28992, or nullopt; an implausible value adds a warning naming the row. */
    std::optional<QPointF> read(const TableReader& table, Diagnostics& diagnostics, const QString& subject) const;

private:
    bool m_geometry = false;
    int m_x = -1;
    int m_y = -1;
    int m_lon = -1;
    int m_lat = -1;
    std::optional<CoordinateTransform> m_fromWgs84;
};

} // namespace Mk::detail
