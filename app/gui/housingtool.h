// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/maptool.h"

#include <QList>
#include <QPointF>

namespace Mk {

/**
 * Map tool "New housing": click the corners of an area, double-click or right-click to finish (drawn); a
 * single click finished at once means a circle around that point. Escape-free: another tool discards it.
 */
class HousingTool : public MapTool
{
    Q_OBJECT
public:
    using MapTool::MapTool;
    QCursor cursor() const override { return Qt::CrossCursor; }
    void pressEvent(QMouseEvent* event) override;
    void moveEvent(QMouseEvent* event) override;
    void doubleClickEvent(QMouseEvent* event) override;
    void paintOverlay(QPainter& painter) override;
    void deactivate() override;
    bool usesRightButton() const override { return true; }

signals:
    /** `polygon` has three or more corners, or is empty for a circle around `center` (EPSG:28992). */
    void drawn(const QList<QPointF>& polygon, const QPointF& center);

private:
    void finish();

    QList<QPointF> m_points;
    QPointF m_cursor;
};

} // namespace Mk
