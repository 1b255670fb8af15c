// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointF>

#include <memory>
#include <optional>

namespace Mk {

class BackgroundTask;
class ProjectDocument;
struct Dataset;
struct Scenario;
struct ScenarioBaseline;
struct ScenarioEdit;
struct ScenarioOutcome;

/**
 * The scenario the officer works on (the current one of the project's scenarios) and its runs: a run goes
 * off the GUI thread (BackgroundTask) through the same ScenarioRunner the CLI calls, so the numbers are the
 * CLI's for the same seed; its result is cached on the document by the scenario's content, so switching
 * back to a scenario (or undoing back to a state) that ran shows its result at once.
 *
 * It keeps the last prepared baseline (population and calibrated model, ScenarioRunner::prepare): a run of a
 * scenario it fits skips the calibration, and the live preview (a new school dragged on the map) runs
 * ScenarioRunner::kPreviewRuns runs on it. Previews are coalesced: while one runs, only the newest request
 * waits; a result is shown only when no newer request came meanwhile.
 */
class ScenarioController : public QObject
{
    Q_OBJECT
public:
    explicit ScenarioController(ProjectDocument* document, QObject* parent = nullptr);
    ~ScenarioController() override;

    ProjectDocument* document() const { return m_document; }
    /** The current scenario's index in the project, -1 = none. */
    int current() const { return m_current; }
    void setCurrent(int index);
    /** The current scenario, or null. */
    const Scenario* currentScenario() const;
    /** The current scenario's index, creating a first scenario when the project has none (an edit needs one). */
    int ensureCurrent();
    /** Adds an edit to the current scenario (creating one first when there is none). */
    void addEdit(const ScenarioEdit& edit);

    /** The cached result of the current scenario as it stands, or null (it has not run in this state). */
    std::shared_ptr<const ScenarioOutcome> currentOutcome() const;
    /** Runs the current scenario; a running one is cancelled. The cache answers at once when it can. */
    void run();
    void cancel();
    bool isRunning() const;

    /**
     * The live preview: the current scenario with its edit `editIndex` (a new school) at `site`, a few runs on the
     * kept baseline (prepared first when there is none that fits). Nothing is edited yet.
     */
    void preview(int editIndex, const QPointF& site);
    /** Ends the preview: the edit moves to `site` (one undo step) and the full run starts. */
    void finishPreview(int editIndex, const QPointF& site);
    /** Ends the preview without editing. */
    void cancelPreview();
    bool isPreviewing() const { return m_dragEdit >= 0; }
    /** While previewing: the edit dragged and where it is. */
    int previewEdit() const { return m_dragEdit; }
    QPointF previewSite() const { return m_dragSite; }

signals:
    void currentChanged(int index);
    /** The current scenario's result changed: a run finished, or another scenario (or state) became current. */
    void outcomeChanged();
    void started();
    void progressChanged(double fraction, const QString& step);
    void failed(const QString& message);
    void canceled();
    /** The dragged site moved, or the newest preview's result arrived (then outcomeChanged follows). */
    void previewChanged();

private:
    /** The current scenario with its edit `editIndex` (a new school) at `site`. */
    std::optional<Scenario> withSiteMoved(int editIndex, const QPointF& site) const;
    /** The kept baseline when it belongs to `dataset` and fits `scenario`, else null. */
    std::shared_ptr<const ScenarioBaseline> baselineFor(const std::shared_ptr<const Dataset>& dataset, const Scenario& scenario) const;
    void keepBaseline(const std::shared_ptr<const Dataset>& dataset, std::shared_ptr<const ScenarioBaseline> baseline);
    /** Starts the waiting preview request, if any and none runs. */
    void startPreview();

    ProjectDocument* m_document;
    BackgroundTask* m_task;
    int m_current = -1;

    BackgroundTask* m_previewTask;
    std::shared_ptr<const Dataset> m_baselineDataset;
    std::shared_ptr<const ScenarioBaseline> m_baseline;
    int m_dragEdit = -1;
    QPointF m_dragSite;
    quint64 m_previewRequest = 0; ///< numbers the requests: only the newest one's result is shown
    bool m_previewWaiting = false;
    std::shared_ptr<const ScenarioOutcome> m_previewOutcome;
};

} // namespace Mk
