// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Mk {

class MapCanvas;
class MapWorkspace;

/**
 * The view a project remembers (Project::view): the map extent, what the buurt choropleth shows and
 * which layers are visible. JSON keys: extent [x, y, width, height] in EPSG:28992 metres,
 * area_value {kind: field|group_share, field, characteristic, groups}, area_style {method: quantile|equal_interval|
 * natural_breaks, classes, ramp, invert_ramp}, layers {layer id: visible}.
 */
class ProjectViewState
{
public:
    static QJsonObject capture(const MapWorkspace& workspace, const MapCanvas& canvas);
    /**
     * Restores what exists now; returns the visibility of layers that are not on the map yet (the
     * catchment layer arrives when its analysis finishes), for applyVisibility() to set later.
     */
    static QHash<QString, bool> apply(const QJsonObject& view, MapWorkspace& workspace, MapCanvas& canvas);
    /** Sets the visibility of those layers of `pending` that are on the map now and removes them from it. */
    static void applyVisibility(QHash<QString, bool>& pending, MapWorkspace& workspace);
};

} // namespace Mk
