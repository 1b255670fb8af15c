// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/maptool.h"

#include <QPointF>

namespace Mk {

/** Drag to pan (QGIS "Pan Map"). */
class PanTool : public MapTool
{
    Q_OBJECT
public:
    using MapTool::MapTool;
    QCursor cursor() const override { return Qt::OpenHandCursor; }
    void pressEvent(QMouseEvent* event) override;
    void moveEvent(QMouseEvent* event) override;
    void releaseEvent(QMouseEvent* event) override;

private:
    bool m_dragging = false;
    QPointF m_last;
};

} // namespace Mk
