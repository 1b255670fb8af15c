// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCursor>
#include <QObject>

class QMouseEvent;
class QPainter;

namespace Mk {

class MapCanvas;

/**
 * An interaction mode of the canvas (pan, zoom, identify, measure), as QGIS's QgsMapTool.
 * The canvas forwards mouse events to the active tool and lets it paint an overlay.
 */
class MapTool : public QObject
{
    Q_OBJECT
public:
    explicit MapTool(MapCanvas* canvas);

    virtual QCursor cursor() const { return Qt::ArrowCursor; }
    virtual void pressEvent(QMouseEvent* event) = 0;
    virtual void moveEvent(QMouseEvent* event) { Q_UNUSED(event); }
    virtual void releaseEvent(QMouseEvent* event) { Q_UNUSED(event); }
    virtual void doubleClickEvent(QMouseEvent* event) { Q_UNUSED(event); }
    /** Paints on top of the map in widget coordinates. */
    virtual void paintOverlay(QPainter& painter) { Q_UNUSED(painter); }
    /** The tool takes right clicks itself (finishing a line): the canvas then shows no context menu. */
    virtual bool usesRightButton() const { return false; }
    /** Called when another tool takes over. */
    virtual void deactivate() {}

protected:
    MapCanvas* canvas() const { return m_canvas; }

private:
    MapCanvas* m_canvas;
};

} // namespace Mk
