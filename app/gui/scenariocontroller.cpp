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
    connect(m_task, &BackgroundTask::failed, this, [this](const Error& e) {
        if (m_calibrating && isPreviewing())
            m_calibrationCanceled = true; // the next move would fail the same way
        endCalibration();
        emit failed(e.message);
    });
    connect(document, &ProjectDocument::changed, this, [this](ProjectDocument::Part part) {
        if (part == ProjectDocument::Part::Everything) {
            m_task->cancel();
            endCalibration();
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
    if (currentOutcome() && !isPreviewing()) {
        emit outcomeChanged();
        return;
    }
    // Value snapshots go to the worker (STYLE 8.1.2): the dataset is shared and immutable, the scenario a copy.
    const std::shared_ptr<const Dataset> dataset = m_document->project().dataset;
    const Scenario scenario = *s;
    if (m_calibrating && m_calibrationBasis && ScenarioRunner::sameCalibration(*m_calibrationBasis, scenario)) {
        m_runAfterCalibration = true; // the calibration under way is this run's first half
        emit started();
        return;
    }
    endCalibration();
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
            self->startPreview(); // a preview that waited for this calibration
        });
    });
    emit started();
}

void ScenarioController::calibrate()
{
    const Scenario* s = currentScenario();
    calibrateFor(s ? *s : Scenario{});
}

void ScenarioController::calibrateFor(const Scenario& basis)
{
    const std::shared_ptr<const Dataset> dataset = m_document->project().dataset;
    if (!dataset || m_task->isRunning() || baselineFor(dataset, basis))
        return;
    m_calibrating = true;
    m_calibrationBasis = basis;
    QPointer<ScenarioController> self(this);
    m_task->start([dataset, basis, self](Feedback& feedback) -> Result<BackgroundTask::Continuation> {
        auto prepared = ScenarioRunner::prepare(*dataset, basis, 0, feedback);
        if (!prepared)
            return prepared.error();
        auto baseline = std::make_shared<const ScenarioBaseline>(std::move(*prepared));
        return BackgroundTask::Continuation([self, dataset, baseline] {
            if (!self || self->m_document->project().dataset != dataset)
                return;
            const bool runNext = self->m_runAfterCalibration;
            self->endCalibration();
            self->keepBaseline(dataset, baseline);
            emit self->progressChanged(1.0, tr("The choice model is calibrated."));
            emit self->calibrated();
            self->startPreview();
            if (runNext)
                self->run();
        });
    });
    emit calibrationStarted();
}

void ScenarioController::endCalibration()
{
    m_calibrating = false;
    m_calibrationBasis.reset();
    m_runAfterCalibration = false;
}

std::shared_ptr<const ScenarioBaseline> ScenarioController::currentBaseline() const
{
    const Scenario* s = currentScenario();
    return s ? baselineFor(m_document->project().dataset, *s) : nullptr;
}

std::shared_ptr<const ScenarioBaseline> ScenarioController::baselineFor(const std::shared_ptr<const Dataset>& dataset,
                                                                        const Scenario& scenario) const
{
    return m_baseline && dataset && m_baselineDataset == dataset && m_baseline->fits(scenario) ? m_baseline : nullptr;
}

void ScenarioController::keepBaseline(const std::shared_ptr<const Dataset>& dataset, std::shared_ptr<const ScenarioBaseline> baseline)
{
    m_baselineDataset = dataset;
    m_baseline = std::move(baseline);
}

std::optional<Scenario> ScenarioController::withEdit(int editIndex, const ScenarioEdit& edit) const
{
    const Scenario* s = currentScenario();
    // Without a scenario, a first new school previews in the default one that its edit will create.
    Scenario changed = s ? *s : Scenario{};
    if (!s)
        changed.name = ProjectDocument::tr("Scenario"); // the name addScenario gives it
    if (editIndex < 0 || editIndex > changed.edits.size())
        return std::nullopt;
    if (editIndex == changed.edits.size())
        changed.edits.append(edit);
    else
        changed.edits[editIndex] = edit;
    return changed;
}

QPointF ScenarioController::previewSite() const
{
    const auto* add = isPreviewing() ? std::get_if<AddSchoolEdit>(&m_dragValue.change) : nullptr;
    return add ? add->location : QPointF();
}

void ScenarioController::preview(int editIndex, const ScenarioEdit& edit)
{
    if (!m_document->project().dataset)
        return;
    if (!withEdit(editIndex, edit))
        return;
    if (m_dragEdit != editIndex)
        m_previewOutcome.reset();
    m_dragEdit = editIndex;
    m_dragValue = edit;
    ++m_previewRequest;
    m_previewWaiting = true;
    emit previewChanged();
    startPreview();
}

void ScenarioController::startPreview()
{
    if (!m_previewWaiting || m_previewTask->isRunning() || !isPreviewing())
        return;
    auto full = withEdit(m_dragEdit, m_dragValue);
    if (!full)
        return;
    const std::shared_ptr<const Dataset> dataset = m_document->project().dataset;
    const std::shared_ptr<const ScenarioBaseline> kept = baselineFor(dataset, *full);
    if (!kept) {
        // The calibration is the slow part and is done once, with progress and cancel; the preview waits for it.
        if (!m_calibrationCanceled)
            calibrateFor(*full);
        return;
    }
    m_previewWaiting = false;
    full->runs = ScenarioRunner::kPreviewRuns; // only the Monte Carlo's: the baseline keeps the full run's calibration
    const quint64 request = m_previewRequest;
    QPointer<ScenarioController> self(this);
    m_previewTask->start([dataset, full = *full, kept, request, self](Feedback& feedback) -> Result<BackgroundTask::Continuation> {
        auto outcome = ScenarioRunner::run(*dataset, *kept, full, 0, feedback);
        if (!outcome)
            return outcome.error();
        auto shared = std::make_shared<const ScenarioOutcome>(std::move(*outcome));
        return BackgroundTask::Continuation([self, dataset, shared, request] {
            if (!self || self->m_document->project().dataset != dataset)
                return;
            if (!self->isPreviewing() || request != self->m_previewRequest)
                return; // a newer site was asked for meanwhile: this one is stale
            self->m_previewOutcome = shared;
            emit self->previewChanged();
            emit self->outcomeChanged();
        });
    });
}

void ScenarioController::setEdit(int editIndex, const ScenarioEdit& edit, ProjectDocument::Text text, const QString& mergeKey)
{
    const Scenario* s = currentScenario();
    if (editIndex == (s ? s->edits.size() : 0)) {
        addEdit(edit);
        return;
    }
    if (const auto changed = withEdit(editIndex, edit))
        m_document->setScenario(m_current, *changed, std::move(text), mergeKey);
}

void ScenarioController::finishPreview(int editIndex, const ScenarioEdit& edit, ProjectDocument::Text text, const QString& mergeKey)
{
    cancelPreview();
    if (!withEdit(editIndex, edit))
        return;
    setEdit(editIndex, edit, std::move(text), mergeKey);
    run();
}

void ScenarioController::cancelPreview()
{
    m_calibrationCanceled = false;
    if (!isPreviewing())
        return;
    // A running preview is not cancelled: it ends soon and its result is dropped.
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
    if (m_calibrating && isPreviewing()) {
        m_calibrationCanceled = true; // the drag goes on without a preview rather than calibrating again at the next move
        m_previewWaiting = false;
    }
    endCalibration();
    emit canceled();
}

bool ScenarioController::isRunning() const
{
    return m_task->isRunning() && (!m_calibrating || m_runAfterCalibration);
}

} // namespace Mk
