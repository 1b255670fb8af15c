// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/maptool.h"

#include <QPointF>

namespace Mk {

class ScenarioController;

/**
 * Map tool "Nieuwe school": a click chooses the site of a new school (siteChosen, in EPSG:28992); a press on a new
 * school of the current scenario drags it, with the live preview while the mouse moves
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

    ScenarioController* m_scenarios;
    int m_dragged = -1;
};

} // namespace Mk
