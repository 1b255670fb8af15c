// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/projectdocument.h"
#include "scenario/scenarioedit.h"

#include <QObject>
#include <QPointF>

#include <memory>
#include <optional>

namespace Mk {

class BackgroundTask;
struct Dataset;
struct Scenario;
struct ScenarioBaseline;
struct ScenarioOutcome;

/**
 * The scenario the officer works on (the current one of the project's scenarios) and its runs: a run goes
 * off the GUI thread (BackgroundTask) through the same ScenarioRunner the CLI calls, so the numbers are the
 * CLI's for the same seed; its result is cached on the document by the scenario's content, so switching
 * back to a scenario (or undoing back to a state) that ran shows its result at once.
 *
 * It keeps the last prepared baseline (population and calibrated model, ScenarioRunner::prepare): a run of a
 * scenario it fits skips the calibration, and the live preview (a new school dragged on the map, a capacity
 * slider moved) runs ScenarioRunner::kPreviewRuns runs on it. Previews never calibrate themselves: a preview
 * without a fitting baseline starts calibrate() (with progress and cancel, as a run) and waits for it, and the
 * tools that preview call calibrate() as soon as they are chosen, so the first move previews at once.
 * Previews are coalesced: while one runs, only the newest request waits; a result is shown only when no newer
 * request came meanwhile.
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
    /**
     * Runs the current scenario; a running one is cancelled. The cache answers at once when it can. While the
     * calibration this scenario needs is under way, the run follows it instead of starting again.
     */
    void run();
    /** Cancels the run or the calibration under way. */
    void cancel();
    /** A run is under way (or waits for the calibration). */
    bool isRunning() const;

    /**
     * Calibrates the choice model of the current scenario (of a first, default one when there is none) in the
     * background, with progress and cancel: calibrationStarted(), progressChanged(), calibrated(). Nothing
     * happens when the kept baseline fits already or a run or calibration is under way.
     */
    void calibrate();
    bool isCalibrating() const { return m_calibrating; }
    /** The kept calibration when it fits the current scenario, else null. */
    std::shared_ptr<const ScenarioBaseline> currentBaseline() const;

    /**
     * The live preview: the current scenario with its edit `editIndex` replaced by `edit` (editIndex = the number
     * of edits: `edit` added, a new school before its first release), a few runs on the kept baseline. Nothing is
     * edited yet.
     */
    void preview(int editIndex, const ScenarioEdit& edit);
    /** Ends the preview: the edit becomes `edit` (one undo step, merged by `mergeKey` as setEdit) and the full run starts. */
    void finishPreview(int editIndex, const ScenarioEdit& edit, ProjectDocument::Text text, const QString& mergeKey = {});
    /** Ends the preview without editing. */
    void cancelPreview();
    /** Replaces edit `editIndex` of the current scenario (undoable; `mergeKey` merges consecutive changes, a slider's). */
    void setEdit(int editIndex, const ScenarioEdit& edit, ProjectDocument::Text text, const QString& mergeKey = {});
    bool isPreviewing() const { return m_dragEdit >= 0; }
    /** While previewing: the index of the edit previewed, and the edit as previewed (null when not previewing). */
    int previewEdit() const { return m_dragEdit; }
    const ScenarioEdit* previewedEdit() const { return isPreviewing() ? &m_dragValue : nullptr; }
    /** While previewing a new school: where it is. */
    QPointF previewSite() const;

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
    void calibrationStarted();
    /** The calibration finished: the kept baseline fits the current scenario (previews are quick from now on). */
    void calibrated();

private:
    /** The current scenario with its edit `editIndex` replaced by (or, at the end, added as) `edit`. */
    std::optional<Scenario> withEdit(int editIndex, const ScenarioEdit& edit) const;
    /** Starts preparing the baseline of `basis` (see calibrate()). */
    void calibrateFor(const Scenario& basis);
    /** The calibration ended, finished or not: clears its state. */
    void endCalibration();
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
    ScenarioEdit m_dragValue;
    bool m_calibrating = false;
    std::optional<Scenario> m_calibrationBasis; ///< what the calibration under way prepares for
    bool m_runAfterCalibration = false;
    bool m_calibrationCanceled = false; ///< the officer cancelled it: this preview waits no more for one
    quint64 m_previewRequest = 0; ///< numbers the requests: only the newest one's result is shown
    bool m_previewWaiting = false;
    std::shared_ptr<const ScenarioOutcome> m_previewOutcome;
};

} // namespace Mk
