// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/textlanguage.h"
#include "render/legenditem.h"

#include <QList>
#include <QRectF>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QPainter;

namespace Mk {

class BriefingDocument;
class MapLayer;
class MapSettings;

/**
 * A vector map on a briefing page, for the map part and the scenario parts alike: map layers painted with
 * their LayerRenderer straight onto the page (vectors and text, not an image), an optional overlay in map
 * coordinates, a north arrow, a scale bar, the data attribution under the frame and the legend in columns
 * under the map.
 */
class BriefingMapFrame
{
public:
    /** Paints on top of the layers; the painter is in the frame's pixels, `settings` maps EPSG:28992 to them. */
    using Overlay = std::function<void(QPainter& painter, const MapSettings& settings)>;

    /**
     * Draws the map at the document's cursor across the page width, as high as `extent` (grown by 3 % on each
     * side) needs but at most `maxHeight`, with `legend` under it, and moves the cursor below.
     */
    static void draw(BriefingDocument& document, const std::vector<std::unique_ptr<MapLayer>>& layers, QRectF extent,
                     double maxHeight, const QList<LegendGroup>& legend, const Overlay& overlay = {});
    /** The legend of every layer in order, with "no data" and "suppressed" always explained for the area choropleth. */
    static QList<LegendGroup> layerLegend(const std::vector<std::unique_ptr<MapLayer>>& layers, const TextLanguage& language);
    /** "Source: CBS, DUO, …; map: Mengkaart" from the publishers named in the dataset's sources. */
    static QString attribution(const QStringList& sources, const TextLanguage& language);
};

} // namespace Mk
