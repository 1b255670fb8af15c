// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPainter;

namespace Mk {

struct RenderContext;

/**
 * A snapshot of one layer, made on the GUI thread and painted on a worker (QGIS's
 * QgsMapLayerRenderer contract: copy what you need so painting touches no live object).
 * render() may run on any thread and must poll RenderContext::isCanceled() between features.
 */
class LayerRenderer
{
public:
    virtual ~LayerRenderer() = default;
    /** Paints in logical pixels with the painter's transform reset. */
    virtual void render(QPainter& painter, const RenderContext& context) = 0;
};

} // namespace Mk
