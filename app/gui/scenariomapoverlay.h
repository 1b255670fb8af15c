// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/mapoverlay.h"

namespace Mk {

class MapCanvas;
class ScenarioController;

/**
 * The current scenario's changes on the map: a new school as a magenta star with its name, closed schools
 * struck through, merged schools joined by a line, capacity changes marked, new housing as a hatched area.
 */
class ScenarioMapOverlay : public MapOverlay
{
    Q_OBJECT
public:
    ScenarioMapOverlay(ScenarioController* controller, MapCanvas* canvas);
    void paint(QPainter& painter) override;

    /** The colour of a new school's symbol (the results legend names it). */
    static QColor newSchoolColor();

private:
    ScenarioController* m_controller;
    MapCanvas* m_canvas;
};

} // namespace Mk
