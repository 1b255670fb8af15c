// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/newschooltool.h"

#include "gui/mapcanvas.h"
#include "gui/scenariocontroller.h"
#include "scenario/scenario.h"

#include <QLineF>
#include <QMouseEvent>

namespace Mk {

NewSchoolTool::NewSchoolTool(MapCanvas* canvas, ScenarioController* scenarios) : MapTool(canvas), m_scenarios(scenarios) {}

int NewSchoolTool::newSchoolAt(const QPointF& widgetPos) const
{
    const Scenario* s = m_scenarios->currentScenario();
    if (!s)
        return -1;
    int best = -1;
    double nearest = kGrabPixels;
    for (qsizetype i = 0; i < s->edits.size(); ++i) {
        const auto* add = std::get_if<AddSchoolEdit>(&s->edits[i].change);
        if (!add)
            continue;
        const double d = QLineF(canvas()->toWidget(add->location), widgetPos).length();
        if (d <= nearest) {
            nearest = d;
            best = static_cast<int>(i);
        }
    }
    return best;
}

void NewSchoolTool::pressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragged = newSchoolAt(event->position());
    if (m_dragged < 0)
        emit siteChosen(canvas()->toMap(event->position()));
}

void NewSchoolTool::moveEvent(QMouseEvent* event)
{
    if (m_dragged >= 0)
        m_scenarios->preview(m_dragged, canvas()->toMap(event->position()));
}

void NewSchoolTool::releaseEvent(QMouseEvent* event)
{
    if (m_dragged < 0 || event->button() != Qt::LeftButton)
        return;
    const int dragged = m_dragged;
    m_dragged = -1;
    m_scenarios->finishPreview(dragged, canvas()->toMap(event->position()));
}

void NewSchoolTool::deactivate()
{
    m_dragged = -1;
    m_scenarios->cancelPreview();
}

} // namespace Mk
