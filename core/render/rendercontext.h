// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/feedback.h"
#include "render/mapsettings.h"

#include <QRectF>
#include <QTransform>

namespace Mk {

/** What a LayerRenderer needs while painting on a worker: the settings, derived transforms, cancel. */
struct RenderContext {
    MapSettings settings;
    QTransform mapToPixel;
    QRectF visibleExtent;
    const Feedback* feedback = nullptr;

    explicit RenderContext(const MapSettings& s, const Feedback* fb = nullptr)
        : settings(s), mapToPixel(s.mapToPixel()), visibleExtent(s.visibleExtent()), feedback(fb)
    {
    }
    bool isCanceled() const { return feedback && feedback->isCanceled(); }
};

} // namespace Mk
