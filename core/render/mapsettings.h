// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace Mk {

/**
 * What to render: the map extent in EPSG:28992 metres (QRectF with left = min x, top = min y),
 * the output size in logical pixels, the device pixel ratio and the logical DPI used for the
 * scale. A value type: the canvas copies it into each render job.
 */
class MapSettings
{
public:
    /** Requested extent; the visible extent grows it to the output's aspect ratio around its centre. */
    void setExtent(const QRectF& extent) { m_extent = extent.normalized(); }
    QRectF extent() const { return m_extent; }
    void setOutputSize(const QSize& logicalSize) { m_outputSize = logicalSize; }
    QSize outputSize() const { return m_outputSize; }
    void setDevicePixelRatio(double ratio) { m_devicePixelRatio = ratio > 0 ? ratio : 1.0; }
    double devicePixelRatio() const { return m_devicePixelRatio; }
    /** Logical dots per inch used for the scale denominator (96 on screens, 72 in PDF points). */
    void setOutputDpi(double dpi) { m_outputDpi = dpi; }
    double outputDpi() const { return m_outputDpi; }
    void setBackgroundColor(const QColor& color) { m_background = color; }
    QColor backgroundColor() const { return m_background; }

    bool isValid() const { return !m_extent.isEmpty() && !m_outputSize.isEmpty(); }
    QRectF visibleExtent() const;
    double mapUnitsPerPixel() const;
    /** The "N" of scale 1:N: ground metres per metre on the output. */
    double scaleDenominator() const;
    /** Map (y up) to logical pixels (y down). */
    QTransform mapToPixel() const;
    QPointF toPixel(const QPointF& map) const { return mapToPixel().map(map); }
    QPointF toMap(const QPointF& pixel) const;
    /** The image size in device pixels. */
    QSize deviceSize() const;

private:
    QRectF m_extent;
    QSize m_outputSize;
    double m_devicePixelRatio = 1.0;
    double m_outputDpi = 96.0;
    QColor m_background = QColor(0xf4, 0xf3, 0xef);
};

} // namespace Mk
