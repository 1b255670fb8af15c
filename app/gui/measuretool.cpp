// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/measuretool.h"
#include "render/valueformat.h"

#include "gui/mapcanvas.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace Mk {

double MeasureTool::length() const
{
    double sum = 0;
    for (qsizetype i = 1; i < m_points.size(); ++i)
        sum += std::hypot(m_points[i].x() - m_points[i - 1].x(), m_points[i].y() - m_points[i - 1].y());
    if (!m_finished && !m_points.isEmpty())
        sum += std::hypot(m_cursor.x() - m_points.back().x(), m_cursor.y() - m_points.back().y());
    return sum;
}

void MeasureTool::pressEvent(QMouseEvent* event)
{
    const QPointF map = canvas()->toMap(event->position());
    if (event->button() == Qt::RightButton) {
        m_finished = true;
        emit measured(length(), true);
        canvas()->update();
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    if (m_finished) {
        m_points.clear();
        m_finished = false;
    }
    m_points.append(map);
    m_cursor = map;
    emit measured(length(), false);
    canvas()->update();
}

void MeasureTool::moveEvent(QMouseEvent* event)
{
    if (m_points.isEmpty() || m_finished)
        return;
    m_cursor = canvas()->toMap(event->position());
    emit measured(length(), false);
    canvas()->update();
}

void MeasureTool::doubleClickEvent(QMouseEvent*)
{
    m_finished = true;
    emit measured(length(), true);
    canvas()->update();
}

void MeasureTool::deactivate()
{
    m_points.clear();
    m_finished = false;
    canvas()->update();
    emit cleared();
}

void MeasureTool::paintOverlay(QPainter& painter)
{
    if (m_points.isEmpty())
        return;
    QPolygonF line;
    for (const QPointF& p : m_points)
        line << canvas()->toWidget(p);
    if (!m_finished)
        line << canvas()->toWidget(m_cursor);
    painter.save();
    painter.setPen(QPen(QColor(255, 255, 255, 220), 4.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(line);
    painter.setPen(QPen(QColor(0xd0, 0x1c, 0x8b), 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(line);
    painter.setBrush(Qt::white);
    for (const QPointF& p : line)
        painter.drawEllipse(p, 3.0, 3.0);
    const double metres = length();
    const QString text = metres >= 1000 ? tr("%1 km").arg(formatDecimal(metres / 1000.0, 2))
                                        : tr("%1 m").arg(formatDecimal(metres, 0));
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.drawText(line.back() + QPointF(8, -8), text);
    painter.restore();
}

} // namespace Mk
