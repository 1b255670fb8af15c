// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/zoomtool.h"

#include "gui/mapcanvas.h"

#include <QMouseEvent>
#include <QPainter>

namespace Mk {

namespace {
constexpr double kMinimumBandPixels = 5.0; // smaller drags are clicks
}

ZoomTool::ZoomTool(MapCanvas* canvas, bool zoomOut)
    : MapTool(canvas), m_zoomOut(zoomOut)
{
}

void ZoomTool::pressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_band = QRectF(event->position(), QSizeF(0, 0));
}

void ZoomTool::moveEvent(QMouseEvent* event)
{
    if (!m_dragging)
        return;
    m_band.setBottomRight(event->position());
    canvas()->update();
}

void ZoomTool::releaseEvent(QMouseEvent* event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    const QRectF band = m_band.normalized();
    canvas()->update();
    if (band.width() < kMinimumBandPixels || band.height() < kMinimumBandPixels) {
        canvas()->zoomByFactor(m_zoomOut ? 2.0 : 0.5, event->position());
        return;
    }
    const QPointF a = canvas()->toMap(band.topLeft());
    const QPointF b = canvas()->toMap(band.bottomRight());
    const QRectF mapBand = QRectF(a, b).normalized();
    if (!m_zoomOut) {
        canvas()->setExtent(mapBand);
        return;
    }
    // Zoom out so that the current view fits into the dragged rectangle.
    const double factor = std::max(canvas()->width() / band.width(), canvas()->height() / band.height());
    canvas()->zoomByFactor(factor, band.center());
}

void ZoomTool::paintOverlay(QPainter& painter)
{
    if (!m_dragging)
        return;
    painter.save();
    painter.setPen(QPen(QColor(0x30, 0x30, 0x30), 1.0, Qt::DashLine));
    painter.setBrush(QColor(0x30, 0x60, 0xa0, 40));
    painter.drawRect(m_band.normalized());
    painter.restore();
}

} // namespace Mk
