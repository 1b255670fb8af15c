// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/pantool.h"

#include "gui/mapcanvas.h"

#include <QMouseEvent>

namespace Mk {

void PanTool::pressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_last = event->position();
    canvas()->setCursor(Qt::ClosedHandCursor);
}

void PanTool::moveEvent(QMouseEvent* event)
{
    if (!m_dragging)
        return;
    canvas()->panByPixels(event->position() - m_last);
    m_last = event->position();
}

void PanTool::releaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    canvas()->setCursor(cursor());
}

} // namespace Mk
