// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/housingtool.h"

#include "gui/mapcanvas.h"

#include <QMouseEvent>
#include <QPainter>

namespace Mk {

void HousingTool::pressEvent(QMouseEvent* event)
{
    const QPointF map = canvas()->toMap(event->position());
    if (event->button() == Qt::RightButton) {
        if (m_points.isEmpty())
            m_points.append(map);
        finish();
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    m_points.append(map);
    m_cursor = map;
    canvas()->update();
}

void HousingTool::moveEvent(QMouseEvent* event)
{
    if (m_points.isEmpty())
        return;
    m_cursor = canvas()->toMap(event->position());
    canvas()->update();
}

void HousingTool::doubleClickEvent(QMouseEvent*)
{
    // The double click's first press added a corner already; its second adds nothing.
    finish();
}

void HousingTool::finish()
{
    QList<QPointF> points = std::exchange(m_points, {});
    canvas()->update();
    if (points.isEmpty())
        return;
    // Two presses at one spot (a double click) are one corner.
    for (qsizetype i = points.size() - 1; i > 0; --i)
        if (QLineF(points[i], points[i - 1]).length() < 1e-6)
            points.removeAt(i);
    if (points.size() >= 3)
        emit drawn(points, {});
    else
        emit drawn({}, points.first());
}

void HousingTool::deactivate()
{
    m_points.clear();
    canvas()->update();
}

void HousingTool::paintOverlay(QPainter& painter)
{
    if (m_points.isEmpty())
        return;
    QPolygonF ring;
    for (const QPointF& p : m_points)
        ring << canvas()->toWidget(p);
    ring << canvas()->toWidget(m_cursor);
    painter.save();
    painter.setBrush(QColor(0xff, 0x8c, 0x00, 60));
    painter.setPen(QPen(QColor(0xd0, 0x5a, 0x00), 2.0, Qt::DashLine));
    painter.drawPolygon(ring);
    painter.restore();
}

} // namespace Mk
