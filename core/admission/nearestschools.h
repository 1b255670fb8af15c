// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>

#include <span>
#include <vector>

namespace Mk {

/**
 * The k nearest schools (straight-line distance, ties to the lower index) of many homes. A uniform grid over an
 * area lists per cell only the schools that can be among the k nearest of a point in it: those whose nearest
 * distance to the cell is at most the k-th smallest farthest-corner distance; any other school is farther than k
 * listed schools from every point of the cell. A query measures its cell's few schools, selects the k nearest
 * (Hoare's selection, std::nth_element) and sorts them. Homes outside the area are measured against all schools.
 */
class NearestSchools
{
public:
    /** `schools` are the indexes reported, `locations` their places; `area` should hold the homes. */
    void build(std::span<const int> schools, std::span<const QPointF> locations, int k, const QRectF& area);
    /** Whether the grid was built for exactly these schools and k, over an area containing `homes`. */
    bool fits(std::span<const int> schools, std::span<const QPointF> locations, int k, const QRectF& homes) const;
    int k() const { return m_k; }

    /** Writes the k nearest of `home` (all, if there are fewer schools), nearest first, to out[0..count); returns count. */
    int find(const QPointF& home, int* out);

private:
    int m_k = 0;
    std::vector<int> m_schools;
    std::vector<QPointF> m_locations;
    QRectF m_area;
    int m_columns = 0, m_rows = 0;
    double m_cellWidth = 1.0, m_cellHeight = 1.0;
    std::vector<int> m_cellOffsets; ///< CSR over cells (row-major), then one last "cell" of all schools
    std::vector<int> m_cellSchools;
    std::vector<double> m_cellX, m_cellY;
    std::vector<std::pair<double, int>> m_order; ///< scratch of find(): (squared distance, school)
};

} // namespace Mk
