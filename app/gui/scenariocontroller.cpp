// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/scenariocontroller.h"

#include "gui/backgroundtask.h"
#include "project/projectdocument.h"
#include "scenario/scenariorunner.h"

#include <QPointer>

namespace Mk {

ScenarioController::ScenarioController(ProjectDocument* document, QObject* parent)
    : QObject(parent), m_document(document), m_task(new BackgroundTask(this)), m_previewTask(new BackgroundTask(this))
{
    connect(m_previewTask, &BackgroundTask::finished, this, &ScenarioController::startPreview);
    connect(m_previewTask, &BackgroundTask::failed, this, [this](const Error& e) {
        if (m_previewWaiting)
            startPreview(); // a newer request may well succeed
        else if (isPreviewing())
            emit failed(e.message);
    });
    connect(m_task, &BackgroundTask::progressChanged, this, &ScenarioController::progressChanged);
    connect(m_task, &BackgroundTask::failed, this, [this](const Error& e) { emit failed(e.message); });
    connect(document, &ProjectDocument::changed, this, [this](ProjectDocument::Part part) {
        if (part == ProjectDocument::Part::Everything) {
            m_task->cancel();
            cancelPreview();
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
    if (isPreviewing() && m_previewOutcome)
        return m_previewOutcome;
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
    const std::shared_ptr<const ScenarioBaseline> kept = baselineFor(dataset, scenario);
    QPointer<ScenarioController> self(this);
    m_task->start([dataset, scenario, kept, self](Feedback& feedback) -> Result<BackgroundTask::Continuation> {
        std::shared_ptr<const ScenarioBaseline> baseline = kept;
        auto outcome = ScenarioRunner::run(*dataset, scenario, baseline, 0, 0, feedback);
        if (!outcome)
            return outcome.error();
        auto shared = std::make_shared<const ScenarioOutcome>(std::move(*outcome));
        return BackgroundTask::Continuation([self, dataset, scenario, shared, baseline] {
            if (!self || self->m_document->project().dataset != dataset)
                return; // another project opened meanwhile
            self->keepBaseline(dataset, baseline);
            self->m_document->cacheOutcome(scenario, shared);
            emit self->outcomeChanged();
        });
    });
    emit started();
}

std::shared_ptr<const ScenarioBaseline> ScenarioController::baselineFor(const std::shared_ptr<const Dataset>& dataset,
                                                                        const Scenario& scenario) const
{
    return m_baseline && m_baselineDataset == dataset && m_baseline->fits(scenario) ? m_baseline : nullptr;
}

void ScenarioController::keepBaseline(const std::shared_ptr<const Dataset>& dataset, std::shared_ptr<const ScenarioBaseline> baseline)
{
    m_baselineDataset = dataset;
    m_baseline = std::move(baseline);
}

std::optional<Scenario> ScenarioController::withSiteMoved(int editIndex, const QPointF& site) const
{
    const Scenario* s = currentScenario();
    if (!s || editIndex < 0 || editIndex >= s->edits.size() || !std::holds_alternative<AddSchoolEdit>(s->edits[editIndex].change))
        return std::nullopt;
    Scenario moved = *s;
    std::get<AddSchoolEdit>(moved.edits[editIndex].change).location = site;
    return moved;
}

void ScenarioController::preview(int editIndex, const QPointF& site)
{
    if (!withSiteMoved(editIndex, site) || !m_document->project().dataset)
        return;
    if (m_dragEdit != editIndex)
        m_previewOutcome.reset();
    m_dragEdit = editIndex;
    m_dragSite = site;
    ++m_previewRequest;
    m_previewWaiting = true;
    emit previewChanged();
    startPreview();
}

void ScenarioController::startPreview()
{
    if (!m_previewWaiting || m_previewTask->isRunning() || !isPreviewing())
        return;
    const auto full = withSiteMoved(m_dragEdit, m_dragSite);
    if (!full)
        return;
    m_previewWaiting = false;
    const std::shared_ptr<const Dataset> dataset = m_document->project().dataset;
    // The full run's baseline (its runs calibrate it), the preview's few runs on it.
    const std::shared_ptr<const ScenarioBaseline> kept = baselineFor(dataset, *full);
    const quint64 request = m_previewRequest;
    QPointer<ScenarioController> self(this);
    m_previewTask->start([dataset, full = *full, kept, request, self](Feedback& feedback) -> Result<BackgroundTask::Continuation> {
        std::shared_ptr<const ScenarioBaseline> baseline = kept;
        auto outcome = ScenarioRunner::run(*dataset, full, baseline, ScenarioRunner::kPreviewRuns, 0, feedback);
        if (!outcome)
            return outcome.error();
        auto shared = std::make_shared<const ScenarioOutcome>(std::move(*outcome));
        return BackgroundTask::Continuation([self, dataset, baseline, shared, request] {
            if (!self || self->m_document->project().dataset != dataset)
                return;
            self->keepBaseline(dataset, baseline);
            if (!self->isPreviewing() || request != self->m_previewRequest)
                return; // a newer site was asked for meanwhile: this one is stale
            self->m_previewOutcome = shared;
            emit self->previewChanged();
            emit self->outcomeChanged();
        });
    });
}

void ScenarioController::finishPreview(int editIndex, const QPointF& site)
{
    const auto moved = withSiteMoved(editIndex, site);
    cancelPreview();
    if (!moved)
        return;
    m_document->setScenario(m_current, *moved, tr("Move the new school"));
    run();
}

void ScenarioController::cancelPreview()
{
    if (!isPreviewing())
        return;
    // A running preview is not cancelled: it ends soon, its result is dropped, and a baseline it prepared is kept.
    m_previewWaiting = false;
    m_dragEdit = -1;
    m_previewOutcome.reset();
    emit previewChanged();
    emit outcomeChanged();
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
