// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/maptool.h"

#include <QRectF>

namespace Mk {

/** Click to zoom in or out around a point, or drag a rectangle to zoom to it (QGIS "Zoom In/Out"). */
class ZoomTool : public MapTool
{
    Q_OBJECT
public:
    ZoomTool(MapCanvas* canvas, bool zoomOut);
    QCursor cursor() const override { return Qt::CrossCursor; }
    void pressEvent(QMouseEvent* event) override;
    void moveEvent(QMouseEvent* event) override;
    void releaseEvent(QMouseEvent* event) override;
    void paintOverlay(QPainter& painter) override;

private:
    bool m_zoomOut;
    bool m_dragging = false;
    QRectF m_band;
};

} // namespace Mk
