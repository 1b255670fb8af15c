// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/identifytool.h"

#include "gui/mapcanvas.h"
#include "gui/mapworkspace.h"
#include "itemmodels/layertreemodel.h"
#include "render/maplayer.h"

#include <QMouseEvent>

namespace Mk {

void IdentifyTool::pressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    MapWorkspace* ws = canvas()->workspace();
    const QPointF map = canvas()->toMap(event->position());
    const double upp = canvas()->mapSettings().mapUnitsPerPixel();
    // Topmost visible layer first, like the eye reads the map. Outline-only layers are skipped:
    // clicking inside a wijk outline should still identify the buurt underneath.
    const auto order = ws->layers()->renderOrder();
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const MapLayer* layer = *it;
        if (layer->style().fill == LayerStyle::Fill::None)
            continue;
        const qsizetype i = layer->featureAt(map, upp);
        if (i >= 0) {
            ws->select(layer->id(), layer->featureId(i));
            return;
        }
    }
    ws->select({}, {});
}

} // namespace Mk
