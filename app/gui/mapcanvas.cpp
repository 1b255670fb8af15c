// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mapcanvas.h"

#include "gui/mapoverlay.h"
#include "gui/maptool.h"
#include "gui/mapworkspace.h"
#include "model/dataset.h"
#include "itemmodels/layertreemodel.h"
#include "render/layerfactory.h"
#include "render/layerrenderer.h"
#include "render/legendrenderer.h"
#include "render/maplayer.h"
#include "render/maprenderjob.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QContextMenuEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace Mk {

namespace {
constexpr double kWheelZoomFactor = 2.0; // QGIS default: one wheel notch doubles or halves the scale
constexpr double kKeyPanFraction = 0.25;
} // namespace

MapCanvas::MapCanvas(MapWorkspace* workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 200);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MapCanvas::startRender);
    connect(workspace->layers(), &LayerTreeModel::layersChanged, this, &MapCanvas::refresh);
    connect(workspace, &MapWorkspace::datasetChanged, this, &MapCanvas::zoomToFullExtent);
    connect(workspace, &MapWorkspace::selectionChanged, this, qOverload<>(&QWidget::update));
}

MapCanvas::~MapCanvas()
{
    if (m_job)
        m_job->cancel();
}

void MapCanvas::setMapTool(MapTool* tool)
{
    if (m_tool && m_tool != tool)
        m_tool->deactivate();
    m_tool = tool;
    setCursor(tool ? tool->cursor() : QCursor(Qt::ArrowCursor));
    update();
}

MapTool* MapCanvas::mapTool() const
{
    return m_tool;
}

MapSettings MapCanvas::mapSettings() const
{
    MapSettings s;
    s.setExtent(m_extent);
    s.setOutputSize(size());
    s.setDevicePixelRatio(devicePixelRatioF());
    return s;
}

void MapCanvas::setExtent(const QRectF& extent)
{
    if (extent.isEmpty())
        return;
    m_extent = extent.normalized();
    emit extentChanged();
    update();
    refresh();
}

void MapCanvas::zoomToFullExtent()
{
    QRectF full;
    if (const MapLayer* gemeente = m_workspace->layers()->layer(LayerFactory::kGemeenteId))
        full = gemeente->extent();
    if (full.isEmpty())
        for (const MapLayer* l : m_workspace->layers()->allLayersBottomFirst())
            full = full.isEmpty() ? l->extent() : full.united(l->extent());
    if (full.isEmpty())
        return;
    // A small margin so the outline does not touch the window edge.
    const double m = std::max(full.width(), full.height()) * 0.04;
    setExtent(full.adjusted(-m, -m, m, m));
}

void MapCanvas::zoomToSelection()
{
    const MapLayer* layer = m_workspace->layers()->layer(m_workspace->selectedLayer());
    if (!layer)
        return;
    const qsizetype i = layer->indexOf(m_workspace->selectedFeature());
    if (i < 0)
        return;
    QRectF r = layer->featureShape(i, mapSettings().mapUnitsPerPixel()).boundingRect();
    // Points and tiny buurten: keep at least a neighbourhood-sized view around them.
    constexpr double kMinimumSpan = 800.0;
    if (r.width() < kMinimumSpan || r.height() < kMinimumSpan)
        r = QRectF(r.center() - QPointF(kMinimumSpan / 2, kMinimumSpan / 2), QSizeF(kMinimumSpan, kMinimumSpan));
    setExtent(r.adjusted(-r.width() * 0.1, -r.height() * 0.1, r.width() * 0.1, r.height() * 0.1));
}

void MapCanvas::zoomByFactor(double factor, const QPointF& anchorWidgetPos)
{
    const MapSettings s = mapSettings();
    if (!s.isValid())
        return;
    const QRectF v = s.visibleExtent();
    const QPointF anchor = s.toMap(anchorWidgetPos);
    // Keep the map point under the anchor fixed while scaling the extent around it.
    const QRectF next(anchor.x() - (anchor.x() - v.left()) * factor, anchor.y() - (anchor.y() - v.top()) * factor,
                      v.width() * factor, v.height() * factor);
    setExtent(next);
}

void MapCanvas::zoomIn()
{
    zoomByFactor(1.0 / kWheelZoomFactor, rect().center());
}

void MapCanvas::zoomOut()
{
    zoomByFactor(kWheelZoomFactor, rect().center());
}

void MapCanvas::panByPixels(const QPointF& delta)
{
    const double upp = mapSettings().mapUnitsPerPixel();
    setExtent(mapSettings().visibleExtent().translated(-delta.x() * upp, delta.y() * upp));
}

bool MapCanvas::isRendering() const
{
    return m_job != nullptr;
}

void MapCanvas::refresh()
{
    m_refreshTimer.start();
}

void MapCanvas::startRender()
{
    const MapSettings settings = mapSettings();
    if (!settings.isValid())
        return;
    if (m_job) {
        // The old job finishes in the background and deletes itself; its image is dropped.
        disconnect(m_job, nullptr, this, nullptr);
        connect(m_job, &MapRenderJob::finished, m_job, &QObject::deleteLater);
        m_job->cancelWithoutBlocking();
        m_job = nullptr;
    }
    std::vector<std::unique_ptr<LayerRenderer>> renderers;
    for (const MapLayer* layer : m_workspace->layers()->renderOrder())
        renderers.push_back(layer->createRenderer(settings));
    auto* job = new MapRenderJob(settings, std::move(renderers), this);
    m_job = job;
    connect(job, &MapRenderJob::finished, this, [this, job] { jobFinished(job); });
    job->start();
}

void MapCanvas::jobFinished(MapRenderJob* job)
{
    if (job == m_job) {
        if (!job->isCanceled()) {
            m_image = job->image();
            m_imageSettings = job->settings();
            m_lastRenderMs = job->renderTimeMs();
        }
        m_job = nullptr;
        update();
        emit renderFinished();
    }
    job->deleteLater();
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const MapSettings now = mapSettings();
    painter.fillRect(rect(), now.backgroundColor());
    if (!m_image.isNull() && now.isValid()) {
        // Place the last image where its extent lies in the current view: instant pan/zoom feedback.
        const QRectF old = m_imageSettings.visibleExtent();
        const QPointF topLeft = now.toPixel(QPointF(old.left(), old.bottom()));
        const QPointF bottomRight = now.toPixel(QPointF(old.right(), old.top()));
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QRectF(topLeft, bottomRight), m_image);
    }
    painter.setRenderHint(QPainter::Antialiasing);
    paintSelection(painter);
    for (const QPointer<MapOverlay>& overlay : m_overlays)
        if (overlay)
            overlay->paint(painter);
    paintDecorations(painter);
    if (m_tool)
        m_tool->paintOverlay(painter);
}

void MapCanvas::addOverlay(MapOverlay* overlay)
{
    m_overlays.append(overlay);
    update();
}

void MapCanvas::contextMenuEvent(QContextMenuEvent* event)
{
    if (m_tool && m_tool->usesRightButton())
        return;
    emit contextMenuRequested(toMap(event->pos()), event->globalPos());
}

void MapCanvas::paintSelection(QPainter& painter) const
{
    const MapLayer* layer = m_workspace->layers()->layer(m_workspace->selectedLayer());
    if (!layer || !layer->isVisible())
        return;
    const qsizetype i = layer->indexOf(m_workspace->selectedFeature());
    if (i < 0)
        return;
    const MapSettings s = mapSettings();
    const QPainterPath shape = s.mapToPixel().map(layer->featureShape(i, s.mapUnitsPerPixel()));
    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(255, 255, 255, 230), 5.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(shape);
    painter.setPen(QPen(QColor(0xd0, 0x1c, 0x8b), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(shape);
    painter.restore();
}

void MapCanvas::paintDecorations(QPainter& painter) const
{
    if (!m_workspace->hasDataset())
        return;
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    LegendRenderer::drawScaleBar(painter, mapSettings(), QPointF(16, height() - 16), 140, font);
    LegendRenderer::drawNorthArrow(painter, QRectF(width() - 40, 12, 24, 40), font);
}

void MapCanvas::resizeEvent(QResizeEvent*)
{
    refresh();
}

void MapCanvas::mousePressEvent(QMouseEvent* event)
{
    if (m_tool)
        m_tool->pressEvent(event);
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    emit mouseMapPositionChanged(toMap(event->position()));
    if (m_tool)
        m_tool->moveEvent(event);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_tool)
        m_tool->releaseEvent(event);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (m_tool)
        m_tool->doubleClickEvent(event);
}

void MapCanvas::wheelEvent(QWheelEvent* event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0.0)
        return;
    zoomByFactor(std::pow(kWheelZoomFactor, -notches), event->position());
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent* event)
{
    const double dx = width() * kKeyPanFraction, dy = height() * kKeyPanFraction;
    switch (event->key()) {
    case Qt::Key_Left:
        panByPixels({dx, 0});
        break;
    case Qt::Key_Right:
        panByPixels({-dx, 0});
        break;
    case Qt::Key_Up:
        panByPixels({0, dy});
        break;
    case Qt::Key_Down:
        panByPixels({0, -dy});
        break;
    case Qt::Key_PageUp:
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_PageDown:
    case Qt::Key_Minus:
        zoomOut();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace Mk
