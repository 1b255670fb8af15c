// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/newschooltool.h"

#include "gui/mapcanvas.h"

#include <QMouseEvent>

namespace Mk {

void NewSchoolTool::pressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        emit siteChosen(canvas()->toMap(event->position()));
}

} // namespace Mk
