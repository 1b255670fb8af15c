// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/maptool.h"

#include "gui/mapcanvas.h"

namespace Mk {

MapTool::MapTool(MapCanvas* canvas)
    : QObject(canvas), m_canvas(canvas)
{
}

} // namespace Mk
