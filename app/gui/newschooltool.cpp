// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/newschooltool.h"

#include "gui/mapcanvas.h"
#include "gui/scenariocontroller.h"
#include "gui/scenarioeditdialogs.h"
#include "scenario/scenario.h"

#include <QLineF>
#include <QMouseEvent>

#include <utility>

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

ScenarioEdit NewSchoolTool::schoolAt(int index, const QPointF& widgetPos) const
{
    const Scenario* s = m_scenarios->currentScenario();
    AddSchoolEdit school;
    if (s && index < s->edits.size())
        school = std::get<AddSchoolEdit>(s->edits[index].change);
    else
        school.capacity = NewSchoolDialog::kDefaultCapacity;
    school.location = canvas()->toMap(widgetPos);
    return ScenarioEdit{school};
}

void NewSchoolTool::pressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragged = newSchoolAt(event->position());
    m_placing = m_dragged < 0;
}

void NewSchoolTool::moveEvent(QMouseEvent* event)
{
    if (m_dragged >= 0) {
        m_scenarios->preview(m_dragged, schoolAt(m_dragged, event->position()));
    } else if (m_placing) {
        const Scenario* s = m_scenarios->currentScenario();
        const int added = s ? static_cast<int>(s->edits.size()) : 0;
        m_scenarios->preview(added, schoolAt(added, event->position()));
    }
}

void NewSchoolTool::releaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (std::exchange(m_placing, false)) {
        m_scenarios->cancelPreview(); // the dialog asks name and capacity; the edit it makes is the one to run
        emit siteChosen(canvas()->toMap(event->position()));
        return;
    }
    if (m_dragged < 0)
        return;
    const int dragged = std::exchange(m_dragged, -1);
    m_scenarios->finishPreview(dragged, schoolAt(dragged, event->position()), [] { return ScenarioController::tr("Move the new school"); });
}

void NewSchoolTool::deactivate()
{
    m_dragged = -1;
    m_placing = false;
    m_scenarios->cancelPreview();
}

} // namespace Mk
