// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/maptool.h"

#include <QList>
#include <QPointF>

namespace Mk {

/**
 * Measures a polyline distance in metres (RD New is a projected CRS, so planar lengths are
 * accurate to the RD scale factor, below 0.01 %). Left click adds a vertex, right click or
 * double click ends the line; the next click starts a new one.
 */
class MeasureTool : public MapTool
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
    /** Length of the line in metres including the rubber-band segment to the cursor. */
    double length() const;

signals:
    void measured(double metres, bool finished);
    /** The tool was left: its line is gone, and so must be what was said about it. */
    void cleared();

private:
    QList<QPointF> m_points; // map units
    QPointF m_cursor;        // map units
    bool m_finished = false;
};

} // namespace Mk
