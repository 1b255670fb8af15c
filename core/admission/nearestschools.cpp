// SPDX-License-Identifier: GPL-3.0-or-later
#include "admission/nearestschools.h"

#include <algorithm>
#include <cmath>

namespace Mk {

void NearestSchools::build(std::span<const int> schools, std::span<const QPointF> locations, int k, const QRectF& area)
{
    m_k = std::max(0, k);
    m_schools.assign(schools.begin(), schools.end());
    m_locations.assign(locations.begin(), locations.end());
    m_area = area.normalized().adjusted(-1.0, -1.0, 1.0, 1.0);
    // About four cells per school keeps the lists short; building costs cells x schools, once per scenario.
    const double cells = std::clamp(4.0 * static_cast<double>(schools.size()), 1.0, 4096.0);
    m_columns = std::clamp(static_cast<int>(std::lround(std::sqrt(cells * m_area.width() / m_area.height()))), 1, 256);
    m_rows = std::clamp(static_cast<int>(std::lround(cells / m_columns)), 1, 256);
    m_cellWidth = m_area.width() / m_columns;
    m_cellHeight = m_area.height() / m_rows;
    m_cellOffsets.assign(1, 0);
    m_cellSchools.clear();
    m_cellX.clear();
    m_cellY.clear();
    const size_t n = schools.size();
    const size_t kth = std::min(static_cast<size_t>(m_k), n);
    std::vector<double> nearest(n), farthest(n), sorted(n);
    for (int row = 0; row < m_rows; ++row) {
        for (int column = 0; column < m_columns; ++column) {
            // A millimetre of slack keeps homes that rounding puts in the neighbouring cell inside this one's bounds.
            const double x0 = m_area.left() + column * m_cellWidth - 1e-3, x1 = x0 + m_cellWidth + 2e-3;
            const double y0 = m_area.top() + row * m_cellHeight - 1e-3, y1 = y0 + m_cellHeight + 2e-3;
            for (size_t i = 0; i < n; ++i) {
                const double x = locations[i].x(), y = locations[i].y();
                const double nx = std::max({x0 - x, 0.0, x - x1}), ny = std::max({y0 - y, 0.0, y - y1});
                const double fx = std::max(std::abs(x - x0), std::abs(x - x1)), fy = std::max(std::abs(y - y0), std::abs(y - y1));
                nearest[i] = nx * nx + ny * ny;
                farthest[i] = fx * fx + fy * fy;
            }
            double radius = -1.0;
            if (kth > 0) {
                sorted = farthest;
                std::nth_element(sorted.begin(), sorted.begin() + static_cast<qsizetype>(kth) - 1, sorted.end());
                radius = sorted[kth - 1];
            }
            for (size_t i = 0; i < n; ++i) {
                if (nearest[i] <= radius) {
                    m_cellSchools.push_back(m_schools[i]);
                    m_cellX.push_back(locations[i].x());
                    m_cellY.push_back(locations[i].y());
                }
            }
            m_cellOffsets.push_back(static_cast<int>(m_cellSchools.size()));
        }
    }
    // The last "cell": every school, for homes outside the area.
    m_cellSchools.insert(m_cellSchools.end(), m_schools.begin(), m_schools.end());
    for (const QPointF& p : locations) {
        m_cellX.push_back(p.x());
        m_cellY.push_back(p.y());
    }
    m_cellOffsets.push_back(static_cast<int>(m_cellSchools.size()));
}

bool NearestSchools::fits(std::span<const int> schools, std::span<const QPointF> locations, int k, const QRectF& homes) const
{
    return k == m_k && std::equal(schools.begin(), schools.end(), m_schools.begin(), m_schools.end())
           && std::equal(locations.begin(), locations.end(), m_locations.begin(), m_locations.end())
           && (homes.isNull() || m_area.contains(homes));
}

int NearestSchools::find(const QPointF& home, int* out)
{
    const int column = static_cast<int>(std::floor((home.x() - m_area.left()) / m_cellWidth));
    const int row = static_cast<int>(std::floor((home.y() - m_area.top()) / m_cellHeight));
    const bool inside = column >= 0 && column < m_columns && row >= 0 && row < m_rows;
    const auto cell = inside ? static_cast<size_t>(row * m_columns + column) : static_cast<size_t>(m_columns * m_rows);
    m_order.clear();
    for (auto i = static_cast<size_t>(m_cellOffsets[cell]); i < static_cast<size_t>(m_cellOffsets[cell + 1]); ++i) {
        const double dx = m_cellX[i] - home.x(), dy = m_cellY[i] - home.y();
        m_order.emplace_back(dx * dx + dy * dy, m_cellSchools[i]);
    }
    const auto k = static_cast<qsizetype>(std::min(m_order.size(), static_cast<size_t>(m_k)));
    if (k < static_cast<qsizetype>(m_order.size()))
        std::nth_element(m_order.begin(), m_order.begin() + k, m_order.end());
    std::sort(m_order.begin(), m_order.begin() + k);
    for (qsizetype i = 0; i < k; ++i)
        out[i] = m_order[static_cast<size_t>(i)].second;
    return static_cast<int>(k);
}

} // namespace Mk
