// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/maptool.h"
#include "scenario/scenarioedit.h"

#include <QPointF>

namespace Mk {

class ScenarioController;

/**
 * Map tool "Nieuwe school": a click chooses the site of a new school (siteChosen at the release, in EPSG:28992);
 * pressed and dragged, a new school of the default capacity follows the mouse with the live preview before it is
 * placed. A press on a new school of the current scenario drags it, with the live preview while the mouse moves
 * (ScenarioController::preview) and the move and the full run when it is released.
 */
class NewSchoolTool : public MapTool
{
    Q_OBJECT
public:
    static constexpr double kGrabPixels = 12.0; ///< how close to a new school's symbol a press grabs it

    NewSchoolTool(MapCanvas* canvas, ScenarioController* scenarios);
    QCursor cursor() const override { return Qt::CrossCursor; }
    void pressEvent(QMouseEvent* event) override;
    void moveEvent(QMouseEvent* event) override;
    void releaseEvent(QMouseEvent* event) override;
    void deactivate() override;

signals:
    void siteChosen(const QPointF& site);

private:
    /** The add-school edit of the current scenario drawn under `widgetPos`, or -1. */
    int newSchoolAt(const QPointF& widgetPos) const;

    /** The edit `index` (an add-school edit, or a new one at the end) at the widget position `widgetPos`. */
    ScenarioEdit schoolAt(int index, const QPointF& widgetPos) const;

    ScenarioController* m_scenarios;
    int m_dragged = -1;
    bool m_placing = false; ///< pressed on the map, not on a new school: a first site, chosen at the release
};

} // namespace Mk
