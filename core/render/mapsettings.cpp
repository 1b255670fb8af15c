// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/mapsettings.h"

#include <algorithm>
#include <cmath>

namespace Mk {

double MapSettings::mapUnitsPerPixel() const
{
    if (!isValid())
        return 1.0;
    return std::max(m_extent.width() / m_outputSize.width(), m_extent.height() / m_outputSize.height());
}

QRectF MapSettings::visibleExtent() const
{
    if (!isValid())
        return m_extent;
    const double upp = mapUnitsPerPixel();
    const double w = upp * m_outputSize.width();
    const double h = upp * m_outputSize.height();
    const QPointF c = m_extent.center();
    return QRectF(c.x() - w / 2, c.y() - h / 2, w, h);
}

double MapSettings::scaleDenominator() const
{
    constexpr double kMetresPerInch = 0.0254;
    return mapUnitsPerPixel() * m_outputDpi / kMetresPerInch;
}

QTransform MapSettings::mapToPixel() const
{
    const QRectF v = visibleExtent();
    const double s = 1.0 / mapUnitsPerPixel();
    // x' = (x - minX) * s, y' = (maxY - y) * s
    return QTransform(s, 0, 0, -s, -v.left() * s, v.bottom() * s);
}

QPointF MapSettings::toMap(const QPointF& pixel) const
{
    return mapToPixel().inverted().map(pixel);
}

QSize MapSettings::deviceSize() const
{
    return QSize(static_cast<int>(std::ceil(m_outputSize.width() * m_devicePixelRatio)),
                 static_cast<int>(std::ceil(m_outputSize.height() * m_devicePixelRatio)));
}

} // namespace Mk
