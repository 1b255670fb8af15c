// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/scenariocontroller.h"

#include "gui/backgroundtask.h"
#include "project/projectdocument.h"
#include "scenario/scenariorunner.h"

#include <QPointer>

namespace Mk {

ScenarioController::ScenarioController(ProjectDocument* document, QObject* parent)
    : QObject(parent), m_document(document), m_task(new BackgroundTask(this))
{
    connect(m_task, &BackgroundTask::progressChanged, this, &ScenarioController::progressChanged);
    connect(m_task, &BackgroundTask::failed, this, [this](const Error& e) { emit failed(e.message); });
    connect(document, &ProjectDocument::changed, this, [this](ProjectDocument::Part part) {
        if (part == ProjectDocument::Part::Everything) {
            m_task->cancel();
            m_current = -1;
            setCurrent(m_document->project().scenarios.isEmpty() ? -1 : 0);
            emit outcomeChanged();
            return;
        }
        if (part != ProjectDocument::Part::Scenarios)
            return;
        const int count = static_cast<int>(m_document->project().scenarios.size());
        if (m_current >= count)
            setCurrent(count - 1);
        else if (m_current < 0 && count > 0)
            setCurrent(0);
        // The edit changed what the current scenario is: its result is another one (or none yet).
        emit outcomeChanged();
    });
}

ScenarioController::~ScenarioController() = default;

void ScenarioController::setCurrent(int index)
{
    if (index < -1 || index >= m_document->project().scenarios.size() || index == m_current)
        return;
    m_current = index;
    emit currentChanged(index);
    emit outcomeChanged();
}

const Scenario* ScenarioController::currentScenario() const
{
    return m_current >= 0 && m_current < m_document->project().scenarios.size() ? &m_document->project().scenarios[m_current] : nullptr;
}

int ScenarioController::ensureCurrent()
{
    if (!currentScenario())
        setCurrent(m_document->addScenario(Scenario{}));
    return m_current;
}

void ScenarioController::addEdit(const ScenarioEdit& edit)
{
    m_document->addEdit(ensureCurrent(), edit);
}

std::shared_ptr<const ScenarioOutcome> ScenarioController::currentOutcome() const
{
    const Scenario* s = currentScenario();
    return s ? m_document->cachedOutcome(*s) : nullptr;
}

void ScenarioController::run()
{
    const Scenario* s = currentScenario();
    if (!s || !m_document->project().dataset)
        return;
    if (currentOutcome()) {
        emit outcomeChanged();
        return;
    }
    // Value snapshots go to the worker (STYLE 8.1.2): the dataset is shared and immutable, the scenario a copy.
    const std::shared_ptr<const Dataset> dataset = m_document->project().dataset;
    const Scenario scenario = *s;
    QPointer<ScenarioController> self(this);
    m_task->start([dataset, scenario, self](Feedback& feedback) -> Result<BackgroundTask::Continuation> {
        auto outcome = ScenarioRunner::run(*dataset, scenario, 0, feedback);
        if (!outcome)
            return outcome.error();
        auto shared = std::make_shared<const ScenarioOutcome>(std::move(*outcome));
        return BackgroundTask::Continuation([self, dataset, scenario, shared] {
            if (!self || self->m_document->project().dataset != dataset)
                return; // another project opened meanwhile
            self->m_document->cacheOutcome(scenario, shared);
            emit self->outcomeChanged();
        });
    });
    emit started();
}

void ScenarioController::cancel()
{
    if (!m_task->isRunning())
        return;
    m_task->cancel();
    emit canceled();
}

bool ScenarioController::isRunning() const
{
    return m_task->isRunning();
}

} // namespace Mk
