// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/mapsettings.h"

#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace Mk {

class MapOverlay;
class MapRenderJob;
class MapTool;
class MapWorkspace;

/**
 * The map view. Shows the last finished render and transforms it at once while panning or
 * zooming; refresh requests are coalesced (zero-timeout timer, as QGIS's mRefreshScheduled) and a
 * new render cancels the running one without blocking. Selection highlight, scale bar and north
 * arrow are painted on top on the GUI thread. Wheel zoom and keys follow QGIS.
 */
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit MapCanvas(MapWorkspace* workspace, QWidget* parent = nullptr);
    ~MapCanvas() override;

    MapWorkspace* workspace() const { return m_workspace; }
    void setMapTool(MapTool* tool);
    /** Draws `overlay` over the map from now on (it stays owned by its parent). */
    void addOverlay(MapOverlay* overlay);
    MapTool* mapTool() const;

    /** Settings of the current view (extent, size, device pixel ratio). */
    MapSettings mapSettings() const;
    QRectF extent() const { return m_extent; }
    void setExtent(const QRectF& extent);
    QPointF toMap(const QPointF& widgetPos) const { return mapSettings().toMap(widgetPos); }
    QPointF toWidget(const QPointF& mapPos) const { return mapSettings().toPixel(mapPos); }

    void zoomToFullExtent();
    void zoomToSelection();
    void zoomByFactor(double factor, const QPointF& anchorWidgetPos);
    void zoomIn();
    void zoomOut();
    void panByPixels(const QPointF& delta);

    bool isRendering() const;
    /** The last finished render (device pixels, devicePixelRatio set). */
    QImage renderedImage() const { return m_image; }
    qint64 lastRenderTimeMs() const { return m_lastRenderMs; }

public slots:
    void refresh();

signals:
    void extentChanged();
    void mouseMapPositionChanged(const QPointF& mapPos);
    void renderFinished();
    /** A right click the active tool does not use: a context menu for what lies at `mapPos`. */
    void contextMenuRequested(const QPointF& mapPos, const QPoint& globalPos);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void startRender();
    void jobFinished(MapRenderJob* job);
    void paintSelection(QPainter& painter) const;
    void paintDecorations(QPainter& painter) const;

    MapWorkspace* m_workspace;
    QPointer<MapTool> m_tool;
    QList<QPointer<MapOverlay>> m_overlays;
    QRectF m_extent;
    QTimer m_refreshTimer;
    MapRenderJob* m_job = nullptr;
    QImage m_image;
    MapSettings m_imageSettings;
    qint64 m_lastRenderMs = 0;
};

} // namespace Mk
